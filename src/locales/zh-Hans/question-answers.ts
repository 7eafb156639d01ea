import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: '查看回答',
  lookupLabel: '您的回执码',
  lookupHint: '例如 K7QH-M3XD-9TRV-2PWA。可以包含空格、连字符和小写字母。',
  lookupSubmit: '查看',
  lookupChecking: '正在查询…',
  lookupEmpty: '请输入您的回执码。',
  lookupNotFound: '找不到这个回执码。请逐个字符核对后重试。',
  lookupBlocked: '本网站暂时无法通过服务器查询回答，请告知网站管理方。请保留您的回执码：问题解决后仍然有效。',
  status: {
    pending: '正在等待回答。请过几天再来查看。',
    answered: '您的问题已经得到回答。',
    published: '您的问题已经得到回答，并已匿名发布。',
    declined: '很抱歉，我们无法回答这个问题。如果您现在就需要帮助，请使用本页上的资源。',
  },
  statusLabel: '状态',
  answerLabel: '回答',
  answeredBy: {peer: '由同伴支持者回答', clinician: '由临床专业人员回答'},
  answeredOn: (date: string) => `回答于${date}`,
  listEmpty: '还没有已发布的问题。',
  listNoMatch: (q: string) => `没有与“${q}”相符的已发布问题。`,
  resultCount: (n: number) => plural(n, 'zh-Hans', {other: '{n}个问题'}),
  question: '问题',
  answer: '回答',
  role: {peer: '同伴的回答', clinician: '临床专业人员的回答'},
  publishedOn: (date: string) => `发布于${date}`,
  previous: '上一页',
  next: '下一页',
  pageOf: (page: number, pages: number) => `第${formatNumber(page, 'zh-Hans')}页，共${formatNumber(pages, 'zh-Hans')}页`,
};
