/** Strings of "Forget this device" (src/core/device-forget.ts, a lazy chunk). The button's own label is `core.forget`. */
export const device = {
  title: 'Forget this device',
  intro:
    'This clears what this site’s question, story, meeting and service tools saved in this browser: unsent drafts, receipt and withdrawal codes, and copies of what you already sent. Anything still waiting to be sent stays until it is sent.',
  favourites: 'Also forget my saved meetings and services',
  now: 'Forget now',
  cancel: 'Cancel',
  done: (favourites: boolean): string =>
    favourites ? 'Done. Nothing these tools saved is left in this browser.' : 'Done. Everything else is gone; your saved meetings and services, if you have any, are still here.',
  failed: 'This browser would not let us clear everything. Clearing your browsing data removes it too.',
};
export type DeviceStrings = typeof device;
