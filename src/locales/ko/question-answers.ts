import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: '답변 확인',
  lookupLabel: '접수 코드',
  lookupHint: '예: K7QH-M3XD-9TRV-2PWA. 띄어쓰기, 하이픈, 소문자가 있어도 괜찮아요.',
  lookupSubmit: '확인',
  lookupChecking: '확인하는 중…',
  lookupEmpty: '접수 코드를 입력해 주세요.',
  lookupNotFound: '이 코드를 찾을 수 없어요. 한 글자씩 확인하고 다시 시도해 주세요.',
  lookupBlocked: '이 사이트는 아직 서버에서 답변을 확인할 수 없어요. 사이트 운영 측에 알려 주세요. 코드는 잘 보관해 두세요. 문제가 해결되면 사용할 수 있어요.',
  status: {
    pending: '답변을 기다리고 있어요. 며칠 뒤에 다시 확인해 주세요.',
    answered: '질문에 답변이 달렸어요.',
    published: '질문에 답변이 달렸고, 익명으로 게시되었어요.',
    declined: '죄송해요. 이 질문에는 답변해 드리지 못했어요. 지금 도움이 필요하다면 이 페이지의 도움 정보를 이용해 주세요.',
  },
  statusLabel: '상태',
  answerLabel: '답변',
  answeredBy: {peer: '동료 지원가의 답변', clinician: '임상 전문가의 답변'},
  answeredOn: (date: string) => `답변일: ${date}`,
  listEmpty: '아직 게시된 질문이 없어요.',
  listNoMatch: (q: string) => `게시된 질문 중 “${q}”에 맞는 질문이 없어요.`,
  resultCount: (n: number) => plural(n, 'ko', {other: '질문 {n}개'}),
  question: '질문',
  answer: '답변',
  role: {peer: '동료 지원가 답변', clinician: '임상 전문가 답변'},
  publishedOn: (date: string) => `게시일: ${date}`,
  previous: '이전 페이지',
  next: '다음 페이지',
  pageOf: (page: number, pages: number) => `${formatNumber(pages, 'ko')}페이지 중 ${formatNumber(page, 'ko')}페이지`,
};
