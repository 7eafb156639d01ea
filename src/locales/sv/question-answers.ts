import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

const count = (n: number) => formatNumber(n, 'sv');

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Se mitt svar',
  lookupLabel: 'Din svarskod',
  lookupHint: 'Till exempel K7QH-M3XD-9TRV-2PWA. Mellanslag, bindestreck och små bokstäver går bra.',
  lookupSubmit: 'Visa',
  lookupChecking: 'Söker…',
  lookupEmpty: 'Skriv in din svarskod.',
  lookupNotFound: 'Vi hittade inte den koden. Kontrollera varje tecken och försök igen.',
  lookupBlocked: 'Webbplatsen kan ännu inte hämta svar från sin server; säg gärna till webbplatsen. Spara din kod: den fungerar när felet är åtgärdat.',
  status: {
    pending: 'Väntar på svar. Titta in igen om några dagar.',
    answered: 'Din fråga har besvarats.',
    published: 'Din fråga har besvarats och publicerats anonymt.',
    declined: 'Vi beklagar: vi kunde inte besvara den här frågan. Om du behöver hjälp nu, använd stödet som finns på den här sidan.',
  },
  statusLabel: 'Status',
  answerLabel: 'Svar',
  answeredBy: {peer: 'Besvarad av en kamratstödjare', clinician: 'Besvarad av en behandlare'},
  answeredOn: (date) => `Besvarad ${date}`,
  listEmpty: 'Inga publicerade frågor än.',
  listNoMatch: (q) => `Inga publicerade frågor matchar ”${q}”.`,
  resultCount: (n) => plural(n, 'sv', {one: '{n} fråga', other: '{n} frågor'}),
  question: 'Fråga',
  answer: 'Svar',
  role: {peer: 'Svar från kamratstödjare', clinician: 'Svar från behandlare'},
  publishedOn: (date) => `Publicerad ${date}`,
  previous: 'Föregående sida',
  next: 'Nästa sida',
  pageOf: (page, pages) => `Sida ${count(page)} av ${count(pages)}`,
};
