import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Lämna sidan',
  hint: 'Gå direkt till en neutral webbplats (eller tryck Esc två gånger när du inte skriver).',
  tip: '”Lämna sidan” tar dig direkt till en neutral webbplats, och Bakåt visar inte den här sidan. Din historik raderas inte: rensa den efteråt i webbläsarens inställningar (Ctrl+Skift+Delete på de flesta datorer), eller använd ett privat fönster.',
  tipDismiss: 'Jag förstår',
};
