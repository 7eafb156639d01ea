import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Sprawdź odpowiedź',
  lookupLabel: 'Twój kod potwierdzenia',
  lookupHint: 'Na przykład K7QH-M3XD-9TRV-2PWA. Spacje, myślniki i małe litery nie przeszkadzają.',
  lookupSubmit: 'Sprawdź',
  lookupChecking: 'Sprawdzanie…',
  lookupEmpty: 'Wpisz swój kod potwierdzenia.',
  lookupNotFound: 'Nie znaleźliśmy tego kodu. Sprawdź każdy znak i spróbuj ponownie.',
  lookupBlocked: 'Ta strona nie może jeszcze sprawdzać odpowiedzi na swoim serwerze; daj znać osobom, które ją prowadzą. Zachowaj swój kod: zadziała, gdy problem zostanie naprawiony.',
  status: {
    pending: 'Czeka na odpowiedź. Zajrzyj tu ponownie za kilka dni.',
    answered: 'Na twoje pytanie jest już odpowiedź.',
    published: 'Na twoje pytanie jest już odpowiedź; zostało też anonimowo opublikowane.',
    declined: 'Przykro nam: nie mogliśmy odpowiedzieć na to pytanie. Jeśli potrzebujesz pomocy teraz, skorzystaj z informacji na tej stronie.',
  },
  statusLabel: 'Status',
  answerLabel: 'Odpowiedź',
  answeredBy: {peer: 'Odpowiedź osoby z własnym doświadczeniem zdrowienia', clinician: 'Odpowiedź specjalisty'},
  answeredOn: (date) => `Odpowiedziano ${date}`,
  listEmpty: 'Nie ma jeszcze opublikowanych pytań.',
  listNoMatch: (q) => `Żadne opublikowane pytanie nie pasuje do „${q}”.`,
  resultCount: (n) => plural(n, 'pl', {one: '{n} pytanie', few: '{n} pytania', many: '{n} pytań', other: '{n} pytania'}),
  question: 'Pytanie',
  answer: 'Odpowiedź',
  role: {peer: 'Odpowiedź z doświadczenia', clinician: 'Odpowiedź specjalisty'},
  publishedOn: (date) => `Opublikowano ${date}`,
  previous: 'Poprzednia strona',
  next: 'Następna strona',
  pageOf: (page, pages) => `Strona ${formatNumber(page, 'pl')} z ${formatNumber(pages, 'pl')}`,
};
