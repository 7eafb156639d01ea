/** Strings of the quick exit (`src/core/quick-exit.ts`), shared by every widget that shows one. */
export const quickExit = {
  label: 'Quick exit',
  hint: 'Leave now for a neutral site (or press Escape twice when not typing).',
  tip: 'Quick exit leaves at once for a neutral site, and Back will not show this page. It cannot erase your history: clear it afterwards in your browser’s settings (Ctrl+Shift+Delete on most computers), or use a private window.',
  tipDismiss: 'Got it',
};
export type QuickExitStrings = typeof quickExit;
