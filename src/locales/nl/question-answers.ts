import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

const count = (n: number) => formatNumber(n, 'nl');

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Mijn antwoord bekijken',
  lookupLabel: 'Je ophaalcode',
  lookupHint: 'Bijvoorbeeld K7QH-M3XD-9TRV-2PWA. Spaties, streepjes en kleine letters mogen.',
  lookupSubmit: 'Bekijken',
  lookupChecking: 'Bezig met zoeken…',
  lookupEmpty: 'Typ je ophaalcode.',
  lookupNotFound: 'We konden die code niet vinden. Controleer elk teken en probeer het opnieuw.',
  lookupBlocked: 'Deze site kan nog geen antwoorden opvragen bij de eigen server; laat het de site alsjeblieft weten. Bewaar je code: die werkt zodra dit is opgelost.',
  status: {
    pending: 'Wacht op antwoord. Kijk over een paar dagen nog eens.',
    answered: 'Je vraag is beantwoord.',
    published: 'Je vraag is beantwoord en anoniem gepubliceerd.',
    declined: 'Het spijt ons: we konden deze vraag niet beantwoorden. Heb je nu hulp nodig, gebruik dan de hulpbronnen op deze pagina.',
  },
  statusLabel: 'Status',
  answerLabel: 'Antwoord',
  answeredBy: {peer: 'Beantwoord door een ervaringsdeskundige', clinician: 'Beantwoord door een zorgprofessional'},
  answeredOn: (date) => `Beantwoord op ${date}`,
  listEmpty: 'Nog geen gepubliceerde vragen.',
  listNoMatch: (q) => `Geen gepubliceerde vragen die passen bij ‘${q}’.`,
  resultCount: (n) => plural(n, 'nl', {one: '{n} vraag', other: '{n} vragen'}),
  question: 'Vraag',
  answer: 'Antwoord',
  role: {peer: 'Antwoord van een ervaringsdeskundige', clinician: 'Antwoord van een zorgprofessional'},
  publishedOn: (date) => `Gepubliceerd op ${date}`,
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
  pageOf: (page, pages) => `Pagina ${count(page)} van ${count(pages)}`,
};
