import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

/** "il 25 nov 2026", but "l’8 nov 2026", "l’11…", "l’1…": the article elides before a day said with a vowel. */
const onDay = (d: string) => (/^(1|8|11)(?!\d)/.test(d) ? `l’${d}` : `il ${d}`);

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Vedi la mia risposta',
  lookupLabel: 'Il tuo codice di ricevuta',
  lookupHint: 'Per esempio K7QH-M3XD-9TRV-2PWA. Vanno bene spazi, trattini e lettere minuscole.',
  lookupSubmit: 'Controlla',
  lookupChecking: 'Controllo in corso…',
  lookupEmpty: 'Scrivi il tuo codice di ricevuta.',
  lookupNotFound: 'Non abbiamo trovato questo codice. Controlla ogni carattere e riprova.',
  lookupBlocked: 'Questo sito non riesce ancora a controllare le risposte sul suo server; per favore segnalalo al sito. Conserva il tuo codice: funzionerà quando il problema sarà risolto.',
  status: {
    pending: 'In attesa di risposta. Ricontrolla tra qualche giorno.',
    answered: 'La tua domanda ha ricevuto una risposta.',
    published: 'La tua domanda ha ricevuto una risposta ed è stata pubblicata in forma anonima.',
    declined: 'Ci dispiace: non siamo riusciti a rispondere a questa domanda. Se hai bisogno di aiuto adesso, usa le risorse di questa pagina.',
  },
  statusLabel: 'Stato',
  answerLabel: 'Risposta',
  answeredBy: {peer: 'Risposta di un operatore tra pari', clinician: 'Risposta di un professionista sanitario'},
  answeredOn: (date) => `Risposta data ${onDay(date)}`,
  listEmpty: 'Ancora nessuna domanda pubblicata.',
  listNoMatch: (q) => `Nessuna domanda pubblicata corrisponde a «${q}».`,
  resultCount: (n) => plural(n, 'it', {one: '{n} domanda', many: '{n} di domande', other: '{n} domande'}),
  question: 'Domanda',
  answer: 'Risposta',
  role: {peer: 'Risposta tra pari', clinician: 'Risposta di un professionista'},
  publishedOn: (date) => `Pubblicata ${onDay(date)}`,
  previous: 'Pagina precedente',
  next: 'Pagina successiva',
  pageOf: (page, pages) => `Pagina ${formatNumber(page, 'it')} di ${formatNumber(pages, 'it')}`,
};
