/** Strings of the quick exit (`src/core/quick-exit.ts`), shared by every widget that shows one. */
export const quickExit = {
  label: 'Quick exit',
  hint: 'Leave this page at once for a neutral site. Pressing Escape twice also works when you are not typing.',
  tip: 'Quick exit takes you to a neutral site at once, and Back will not show this page again. It cannot erase your browser’s history: to hide this visit, clear your history afterwards (Ctrl+Shift+Delete in most browsers on a computer; in your browser’s settings under Privacy on a phone), or use a private window.',
  tipDismiss: 'Got it',
};
export type QuickExitStrings = typeof quickExit;
