import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Umalis agad',
  hint: 'Umalis ngayon papunta sa isang karaniwang site (o pindutin ang Esc nang dalawang beses kapag hindi ka nagta-type).',
  tip: 'Agad kang dadalhin ng “Umalis agad” sa isang karaniwang site, at hindi na lalabas ang pahinang ito kapag pinindot mo ang Back. Hindi nito mabubura ang iyong kasaysayan (history) sa browser: burahin ito pagkatapos sa mga setting ng iyong browser (Ctrl+Shift+Delete sa karamihan ng computer), o gumamit ng private o incognito window.',
  tipDismiss: 'Sige',
};
