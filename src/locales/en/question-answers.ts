/** Strings of <peer-question-box>'s answer views ("check my answer", the published list): the lazy chunk `question-box/answers.ts`. */
export const questionAnswers = {
  lookupTitle: 'Check my answer',
  lookupLabel: 'Your receipt code',
  lookupHint: 'For example K7QH-M3XD-9TRV-2PWA. Spaces, dashes and small letters are fine.',
  lookupSubmit: 'Check',
  lookupChecking: 'Checking…',
  lookupEmpty: 'Please type your receipt code.',
  lookupNotFound: 'We couldn’t find that code. Please check each character and try again.',
  /** The browser refused the lookup while the server answers reads (the server does not accept this site's pages). */
  lookupBlocked: 'This site cannot check answers with its server yet; please tell the site. Keep your code: it will work once this is fixed.',
  status: {
    pending: 'Waiting for an answer. Please check again in a few days.',
    answered: 'Your question has been answered.',
    published: 'Your question has been answered and published anonymously.',
    declined: 'We are sorry: we could not answer this question. If you need help now, please use the resources on this page.',
  },
  statusLabel: 'Status',
  answerLabel: 'Answer',
  answeredBy: {peer: 'Answered by a peer supporter', clinician: 'Answered by a clinician'},
  answeredOn: (date: string) => `Answered on ${date}`,
  listEmpty: 'No published questions yet.',
  listNoMatch: (q: string) => `No published questions match “${q}”.`,
  resultCount: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
  question: 'Question',
  answer: 'Answer',
  role: {peer: 'Peer answer', clinician: 'Clinician answer'},
  publishedOn: (date: string) => `Published ${date}`,
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
};
export type QuestionAnswersStrings = typeof questionAnswers;
