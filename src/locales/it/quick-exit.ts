import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Uscita rapida',
  hint: 'Esci subito verso un sito neutro (oppure premi Esc due volte quando non stai scrivendo).',
  tip: 'L’uscita rapida ti porta subito su un sito neutro, e il tasto Indietro non mostrerà questa pagina. Non può cancellare la cronologia: cancellala dopo nelle impostazioni del browser (Ctrl+Maiusc+Canc sulla maggior parte dei computer) oppure usa una finestra privata.',
  tipDismiss: 'Ho capito',
};
