import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Sortie rapide',
  hint: 'Quittez tout de suite ce site pour un site neutre (ou appuyez deux fois sur Échap quand vous n’êtes pas en train d’écrire).',
  tip: 'La sortie rapide vous emmène immédiatement vers un site neutre, et le bouton Retour n’affichera pas cette page. Elle ne peut pas effacer votre historique : effacez-le ensuite dans les paramètres de votre navigateur (Ctrl+Maj+Suppr sur la plupart des ordinateurs) ou utilisez une fenêtre de navigation privée.',
  tipDismiss: 'J’ai compris',
};
