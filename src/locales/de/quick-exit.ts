import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Schnell verlassen',
  hint: 'Sofort zu einer neutralen Website wechseln (oder zweimal Esc drücken, wenn Sie gerade nicht tippen).',
  tip: '„Schnell verlassen“ wechselt sofort zu einer neutralen Website, und „Zurück“ zeigt diese Seite nicht mehr an. Ihren Verlauf kann die Funktion nicht löschen: Löschen Sie ihn danach in den Einstellungen Ihres Browsers (auf den meisten Computern Strg+Umschalt+Entf) oder nutzen Sie ein privates Fenster.',
  tipDismiss: 'Verstanden',
};
