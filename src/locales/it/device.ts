import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Dimentica questo dispositivo',
  intro:
    'Cancella ciò che gli strumenti di questo sito per domande, storie, riunioni e servizi hanno salvato in questo browser: bozze non inviate, codici di ricevuta e di ritiro, e copie di ciò che hai già inviato. Ciò che è ancora in attesa di invio resta finché non viene inviato.',
  favourites: 'Dimentica anche le riunioni e i servizi che ho salvato',
  now: 'Dimentica ora',
  cancel: 'Annulla',
  done: (favourites) =>
    favourites
      ? 'Fatto. In questo browser non resta nulla di ciò che questi strumenti avevano salvato.'
      : 'Fatto. Tutto il resto è stato cancellato; le riunioni e i servizi che hai salvato, se ce ne sono, sono ancora qui.',
  failed: 'Questo browser non ci ha permesso di cancellare tutto. Se cancelli i dati di navigazione, viene eliminato anche il resto.',
};
