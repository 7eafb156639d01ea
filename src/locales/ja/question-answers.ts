import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: '回答を確認',
  lookupLabel: '受付コード',
  lookupHint: '例：K7QH-M3XD-9TRV-2PWA。スペース、ハイフン、小文字が入っていても大丈夫です。',
  lookupSubmit: '確認',
  lookupChecking: '確認しています…',
  lookupEmpty: '受付コードを入力してください。',
  lookupNotFound: 'このコードが見つかりませんでした。1文字ずつ確認して、もう一度お試しください。',
  lookupBlocked: 'このサイトは、まだサーバーで回答を確認できない状態です。お手数ですが、サイトにお知らせください。コードは保管しておいてください。問題が直れば使えます。',
  status: {
    pending: '回答をお待ちください。数日後にもう一度確認してください。',
    answered: 'ご質問への回答が届いています。',
    published: 'ご質問に回答し、匿名で公開しました。',
    declined: '申し訳ありません。この質問にはお答えできませんでした。今すぐ助けが必要な場合は、このページの相談先をご利用ください。',
  },
  statusLabel: '状態',
  answerLabel: '回答',
  answeredBy: {peer: 'ピアサポーターによる回答', clinician: '医療専門職による回答'},
  answeredOn: (date: string) => `${date}に回答`,
  listEmpty: '公開された質問はまだありません。',
  listNoMatch: (q: string) => `「${q}」に一致する公開済みの質問はありません。`,
  resultCount: (n: number) => plural(n, 'ja', {other: '{n}件の質問'}),
  question: '質問',
  answer: '回答',
  role: {peer: 'ピアサポーターの回答', clinician: '医療専門職の回答'},
  publishedOn: (date: string) => `${date}に公開`,
  previous: '前のページ',
  next: '次のページ',
  pageOf: (page: number, pages: number) => `${formatNumber(pages, 'ja')}ページ中${formatNumber(page, 'ja')}ページ目`,
};
