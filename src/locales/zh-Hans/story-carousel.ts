/** <peer-story-carousel> 的文字（分享和撤回表单的文字在 story-share.ts 中）。 */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: '正在康复的人们分享的故事',
  previous: '上一个故事',
  next: '下一个故事',
  stopRotation: '停止自动轮播',
  startRotation: '开始自动轮播',
  position: (n, total, title) => `第${formatNumber(n, 'zh-Hans')}个故事，共${formatNumber(total, 'zh-Hans')}个：${title}`,
  showAll: '显示全部故事',
  showCarousel: '逐个显示',
  empty: '这里还没有人分享故事。',
  errorNoSource: '未提供故事地址（请设置 api 或 src 属性）。',
  allHidden: '这里的每个故事都带有您选择隐藏的内容提示。',
  hiddenCount: (n) => plural(n, 'zh-Hans', {other: '根据您的内容设置，已隐藏{n}个故事。'}),
  settings: '内容设置',
  settingsHint: '隐藏提及以下内容的故事：',
  warning: {
    'suicide-self-harm': '自杀或自伤',
    'substance-use': '毒品或酒精使用',
    relapse: '复发',
    overdose: '用药过量',
    abuse: '虐待',
  },
  warningIntro: '内容提示：',
  openStory: '显示这个故事',
  readMore: '展开阅读',
  readLess: '收起',
  inRecovery: (duration) => `康复${duration}`,
  newInRecovery: '康复不到一个月',
  shared: (date) => `分享于${date}`,
  by: (name) => `——${name}`,
  share: '分享您的故事',
  withdraw: '撤回故事',
  loadingForm: '正在打开表单…',
  formLoadFailed: '表单无法打开。请检查网络连接，然后重试。',
};
