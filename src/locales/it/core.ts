import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'Caricamento…',
  retry: 'Riprova',
  close: 'Chiudi',
  errorNetwork: 'Non riusciamo a raggiungere il server. Controlla la connessione e riprova.',
  errorTimeout: 'Il server ha impiegato troppo tempo a rispondere. Riprova.',
  errorHttp: (status) => `Il server non è riuscito a darci queste informazioni (errore ${status}).`,
  errorParse: 'Non è stato possibile leggere le informazioni ricevute.',
  errorUnknown: 'Qualcosa è andato storto. Riprova.',
  skippedRecords: (n) =>
    plural(n, 'it', {
      one: 'Non è stato possibile leggere {n} voce, che è stata saltata.',
      many: 'Non è stato possibile leggere {n} di voci, che sono state saltate.',
      other: 'Non è stato possibile leggere {n} voci, che sono state saltate.',
    }),
  forget: 'Dimentica questo dispositivo',
  unreadableTitle: 'Non è stato possibile leggere questo elenco.',
  unreadableReasons: 'I primi problemi trovati (per chi gestisce questo sito, in inglese):',
};
