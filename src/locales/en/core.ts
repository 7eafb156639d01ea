/** Strings shared by every element. */
export const core = {
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  errorNetwork: 'We could not reach the server. Check your connection and try again.',
  errorTimeout: 'The server took too long to answer. Please try again.',
  errorHttp: (status: number) => `The server could not give us this information (error ${status}).`,
  errorParse: 'The information we received could not be read.',
  errorUnknown: 'Something went wrong. Please try again.',
  skippedRecords: (n: number) => (n === 1 ? '1 record could not be read and was skipped.' : `${n} records could not be read and were skipped.`),
  // The button of "Forget this device" (src/core/device.ts; the rest is in locales/*/device.ts)
  forget: 'Forget this device',
  /** When no record of a feed could be read (then `skippedRecords` and the first reasons follow). */
  unreadableTitle: 'This list could not be read.',
  /** Before the first reasons, which are in English: they are for whoever runs the site. */
  unreadableReasons: 'The first problems found (for the people who run this site):',
};
export type CoreStrings = typeof core;
