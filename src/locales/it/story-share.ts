/** Testi dei moduli per condividere e ritirare una storia (caricati con il modulo). */
import type {StoryShareStrings} from '../en/story-share.js';
import type {DraftField} from '../../model/story-draft.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'it');

export const storyShare: StoryShareStrings = {
  shareHeading: 'Condividi la tua storia',
  close: 'Chiudi',
  guidanceHeading: 'Prima di scrivere',
  guidance: [
    'Usa solo il tuo nome o un nome inventato. Niente cognomi, luoghi di lavoro o altri dettagli che potrebbero far riconoscere te o altre persone.',
    'Non devi nominare nessun gruppo di auto-aiuto né alcun programma. Molte persone preferiscono non nominarli; basta «un gruppo di auto-aiuto».',
    'Raccontaci come sono cambiate le cose per te. Per favore non descrivere come qualcuno usava sostanze, si faceva del male o ha avuto un’overdose: sono dettagli che possono ferire chi sta attraversando un momento difficile.',
    'Una persona legge ogni storia prima che venga pubblicata. Niente compare su questo sito senza il tuo consenso qui sotto.',
  ],
  title: 'Titolo',
  titleHint: (min, max) => `Da ${num(min)} a ${num(max)} caratteri, per esempio «Il giorno in cui ho chiesto aiuto».`,
  body: 'La tua storia',
  bodyHint: (min, max) => `Da ${num(min)} a ${num(max)} caratteri.`,
  counter: (n, max) => `${num(n)} di ${num(max)} caratteri`,
  name: 'Nome o pseudonimo',
  nameHint: 'Compare con la tua storia. Va benissimo un nome inventato.',
  pseudonymSuggestion: 'Sei in recupero da meno di un anno. Ti consigliamo un nome inventato, nel caso più avanti volessi tenere privata la tua storia.',
  fellowshipNote: 'Nella tua storia compare il nome di un gruppo di auto-aiuto. Puoi farlo, ma molte persone preferiscono non nominarli; va bene anche «un gruppo di auto-aiuto».',
  recovery: 'Da quanto tempo sei in recupero (facoltativo)',
  years: 'Anni',
  months: 'Mesi',
  warningsLegend: 'Avvisi sui contenuti',
  warningsHint: 'Seleziona quelli che valgono per la tua storia, così chi legge può scegliere se aprirla.',
  consentLegend: 'Il tuo consenso',
  consentPublish: 'Accetto che questa storia venga pubblicata su questo sito, dopo la revisione di una persona.',
  durationLegend: 'Per quanto tempo?',
  duration: {
    '1y': 'Per 1 anno',
    '3y': 'Per 3 anni',
    'until-withdrawn': 'Finché non la ritiro',
  },
  consentNote: 'Puoi ritirare la tua storia in qualsiasi momento con il codice che riceverai dopo l’invio.',
  photo: 'Foto (facoltativa)',
  photoHint: 'Scegli una foto che ti fa piacere condividere. La rimpiccioliamo prima dell’invio.',
  photoAlt: 'Descrivi la foto',
  photoAltHint: 'Per chi non può vederla, per esempio «Un’alba su un lago».',
  photoPreview: 'La tua foto',
  removePhoto: 'Rimuovi la foto',
  photoFailed: 'Non è stato possibile leggere questa foto. Prova con un altro file immagine.',
  fax: 'Lascia vuoto questo campo',
  submit: 'Invia la mia storia per la revisione',
  sending: 'Invio…',
  problems: (n) =>
    plural(n, 'it', {
      one: 'Correggi {n} problema prima di inviare:',
      many: 'Correggi {n} di problemi prima di inviare:',
      other: 'Correggi {n} problemi prima di inviare:',
    }),
  problem: (field, problem) => {
    const names: Record<DraftField, string> = {
      title: 'Titolo',
      body: 'La tua storia',
      name: 'Nome o pseudonimo',
      recovery: 'Tempo in recupero',
      consentPublish: 'Consenso',
      duration: 'Per quanto tempo',
      photo: 'Foto',
      photoAlt: 'Descrizione della foto',
    };
    if (field === 'consentPublish') return 'Consenso: seleziona la casella se accetti la pubblicazione.';
    if (field === 'duration') return 'Per quanto tempo: scegli per quanto tempo la tua storia può restare pubblicata.';
    if (field === 'recovery') return 'Tempo in recupero: usa anni interi e da 0 a 11 mesi.';
    if (field === 'photo') return 'Foto: questo file non può essere inviato. Prova con un’altra foto.';
    const what = {required: 'campo obbligatorio.', tooShort: 'testo troppo corto.', tooLong: 'testo troppo lungo.', invalid: 'valore non valido.'}[problem];
    return `${names[field]}: ${what}`;
  },
  queued: 'La tua storia è salvata su questo dispositivo. La invieremo appena torna la connessione; nel frattempo puoi chiudere questa pagina.',
  sendNow: 'Prova a inviare ora',
  draftRestored: 'Quello che avevi scritto qui l’ultima volta è stato conservato su questo dispositivo ed è di nuovo qui sotto.',
  discardDraft: 'Elimina la bozza',
  codeForVisit: 'Questo codice scompare quando lasci o ricarichi questa pagina: copialo o salvalo come nota. Su un dispositivo che usi solo tu, puoi conservarlo qui.',
  keepCode: 'Conserva il codice su questo dispositivo',
  blockedHeading: 'La tua storia non è stata inviata',
  blocked: 'Questo sito non riesce ancora a inviare storie al suo server; per favore segnalalo al sito.',
  blockedKept: 'Per ora la tua storia resta salvata su questo dispositivo, così non si perde nulla se il sito risolve il problema. Fino ad allora non verrà inviata. Puoi anche eliminarla.',
  deleteQueued: 'Elimina la mia storia da questo dispositivo',
  refused: (message) => `Il server non ha accettato la tua storia: ${message}`,
  refusedGeneric: 'Il server non ha accettato la tua storia. Controllala e riprova.',
  editAgain: 'Modifica e invia di nuovo',
  thanksHeading: 'Grazie per aver condiviso la tua storia',
  thanks: 'Una persona la leggerà prima che venga pubblicata. Per ora non c’è niente di pubblico.',
  codeLabel: 'Il tuo codice di ritiro',
  codePromise: 'Tieni questo codice per te. Se lo inserisci in «Ritira una storia», in qualsiasi momento la tua storia viene tolta subito da questo sito, con testo e foto.',
  copy: 'Copia il codice',
  copied: 'Codice copiato.',
  copyFailed: 'Copia non riuscita. Seleziona il codice e copialo tu.',
  saveNote: 'Salva come nota',
  noteText: (code, url) => `Codice di ritiro della mia storia: ${code}\n\nInseriscilo in «Ritira una storia» su ${url} per togliere subito la storia.\n`,
  noteFile: 'codice-ritiro-storia.txt',
  done: 'Ho salvato il mio codice',
  withdrawHeading: 'Ritira una storia',
  withdrawIntro: 'Inserisci il codice di ritiro che hai ricevuto quando hai condiviso la tua storia. La storia viene tolta subito.',
  codeInput: 'Codice di ritiro',
  codeHint: 'Per esempio K7QH-M3XD-9TRV-2PWA',
  withdrawSubmit: 'Ritira la mia storia',
  withdrawing: 'Ritiro in corso…',
  withdrawConfirm: 'Ritirare definitivamente questa storia? Viene tolta subito da questo sito e il suo testo e la sua foto vengono eliminati. Non si può annullare.',
  withdrawConfirmYes: 'Sì, ritirala',
  withdrawConfirmNo: 'No, tieni la mia storia',
  withdrawn: 'La tua storia è stata tolta da questo sito. Il testo e la foto sono stati eliminati.',
  notFound: 'Nessuna storia ha questo codice. Controllalo e riprova; forse è già stata ritirata.',
  codeIncomplete: 'Codice di ritiro: inserisci tutti i 16 caratteri.',
  withdrawBlocked: 'Questo sito non riesce ancora a ritirare storie tramite il suo server; per favore segnalalo al sito. Conserva il tuo codice: funzionerà quando il problema sarà risolto.',
  noApi: 'La condivisione delle storie non è configurata in questa pagina.',
};
