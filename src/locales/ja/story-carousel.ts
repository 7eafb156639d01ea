/** <peer-story-carousel> の文言（投稿・取り下げフォームの文言は story-share.ts）。 */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: '回復中の人たちの体験談',
  previous: '前の体験談',
  next: '次の体験談',
  stopRotation: '自動スライドショーを停止',
  startRotation: '自動スライドショーを開始',
  position: (n, total, title) => `${formatNumber(total, 'ja')}件中${formatNumber(n, 'ja')}件目：${title}`,
  showAll: 'すべての体験談を表示',
  showCarousel: '1件ずつ表示',
  empty: 'ここにはまだ体験談が寄せられていません。',
  errorNoSource: '体験談のアドレスが指定されていません（api または src 属性を設定してください）。',
  allHidden: 'ここにある体験談には、どれも非表示に設定した内容の注意書きがついています。',
  hiddenCount: (n) => plural(n, 'ja', {other: '表示設定により、{n}件の体験談を非表示にしています。'}),
  settings: '表示設定',
  settingsHint: '次の内容に触れる体験談を非表示にする：',
  warning: {
    'suicide-self-harm': '自殺・自傷',
    'substance-use': '薬物・アルコールの使用',
    relapse: '再発',
    overdose: '過量摂取',
    abuse: '虐待',
  },
  warningIntro: '内容に関する注意：',
  openStory: 'この体験談を表示',
  readMore: '続きを読む',
  readLess: '折りたたむ',
  inRecovery: (duration) => `回復して${duration}`,
  newInRecovery: '回復して1か月未満',
  shared: (date) => `${date}に投稿`,
  by: (name) => `――${name}`,
  share: '体験談を投稿する',
  withdraw: '体験談を取り下げる',
  loadingForm: 'フォームを開いています…',
  formLoadFailed: 'フォームを開けませんでした。接続を確認して、もう一度お試しください。',
};
