import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Meine Antwort abrufen',
  lookupLabel: 'Ihr Abrufcode',
  lookupHint: 'Zum Beispiel K7QH-M3XD-9TRV-2PWA. Leerzeichen, Bindestriche und Kleinbuchstaben sind kein Problem.',
  lookupSubmit: 'Abrufen',
  lookupChecking: 'Wird geprüft…',
  lookupEmpty: 'Bitte geben Sie Ihren Abrufcode ein.',
  lookupNotFound: 'Wir konnten diesen Code nicht finden. Bitte prüfen Sie jedes Zeichen und versuchen Sie es erneut.',
  lookupBlocked: 'Diese Website kann Antworten noch nicht über ihren Server abrufen; bitte geben Sie der Website Bescheid. Bewahren Sie Ihren Code auf: Er funktioniert, sobald das behoben ist.',
  status: {
    pending: 'Wartet auf eine Antwort. Bitte schauen Sie in ein paar Tagen wieder vorbei.',
    answered: 'Ihre Frage wurde beantwortet.',
    published: 'Ihre Frage wurde beantwortet und anonym veröffentlicht.',
    declined: 'Es tut uns leid: Wir konnten diese Frage nicht beantworten. Wenn Sie jetzt Hilfe brauchen, nutzen Sie bitte die Angebote auf dieser Seite.',
  },
  statusLabel: 'Status',
  answerLabel: 'Antwort',
  answeredBy: {peer: 'Beantwortet von einem Peer aus der Selbsthilfe', clinician: 'Beantwortet von einer Fachkraft'},
  answeredOn: (date) => `Beantwortet am ${date}`,
  listEmpty: 'Noch keine veröffentlichten Fragen.',
  listNoMatch: (q) => `Keine veröffentlichte Frage passt zu „${q}“.`,
  resultCount: (n) => plural(n, 'de', {one: '{n} Frage', other: '{n} Fragen'}),
  question: 'Frage',
  answer: 'Antwort',
  role: {peer: 'Antwort aus der Selbsthilfe', clinician: 'Antwort einer Fachkraft'},
  publishedOn: (date) => `Veröffentlicht am ${date}`,
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageOf: (page, pages) => `Seite ${formatNumber(page, 'de')} von ${formatNumber(pages, 'de')}`,
};
