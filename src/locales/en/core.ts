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
  cancel: 'Cancel',
  // What is kept on this device (src/core/device.ts)
  forget: 'Forget this device',
  forgetIntro:
    'This clears what this site’s question, story, meeting and service tools saved in this browser: unsent drafts, receipt and withdrawal codes, and copies of what you already sent. Anything still waiting to be sent stays until it is sent.',
  forgetFavourites: 'Also forget my saved meetings and services',
  forgetNow: 'Forget now',
  forgotten: (favourites: boolean): string =>
    favourites ? 'Done. Nothing these tools saved is left in this browser.' : 'Done. Everything else is gone; your saved meetings and services, if you have any, are still here.',
  forgetFailed: 'This browser would not let us clear everything. Clearing your browsing data removes it too.',
  draftRestored: 'What you wrote here last time was kept on this device, and is back below.',
  discardDraft: 'Discard draft',
  codeForVisit:
    'This code disappears when you leave or reload this page: copy it or save it as a note. On a device nobody else uses, you can keep it here.',
  keepCode: 'Keep the code on this device',
};
export type CoreStrings = typeof core;
