import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Snel weg',
  hint: 'Ga nu naar een neutrale site (of druk twee keer op Esc als je niet aan het typen bent).',
  tip: 'Met ‘Snel weg’ ga je meteen naar een neutrale site, en met Terug kom je niet meer op deze pagina. Je geschiedenis wordt daarmee niet gewist: doe dat daarna in de instellingen van je browser (Ctrl+Shift+Delete op de meeste computers), of gebruik een privévenster.',
  tipDismiss: 'Begrepen',
};
