/**
 * Online-meeting helpers shared by every meeting source: the video provider named on the join
 * button, and the dial string of a conference phone (what `tel:` gets, one-tap pauses kept).
 */

const PROVIDERS: [RegExp, string][] = [
  [/(^|\.)zoom\.us$|(^|\.)zoomgov\.com$|(^|\.)zoom\.com$/, 'Zoom'],
  [/^meet\.google\.com$/, 'Google Meet'],
  [/^teams\.(microsoft|live)\.com$|(^|\.)teams\.microsoft\.us$/, 'Microsoft Teams'],
  [/(^|\.)webex\.com$/, 'Webex'],
  [/(^|\.)jit\.si$|(^|\.)jitsi\./, 'Jitsi'],
  [/(^|\.)skype\.com$/, 'Skype'],
  [/(^|\.)gotomeeting\.com$|(^|\.)gotomeet\.me$|(^|\.)goto\.com$/, 'GoToMeeting'],
  [/(^|\.)discord\.(gg|com)$/, 'Discord'],
  [/(^|\.)freeconferencecall\.com$/, 'FreeConferenceCall'],
  [/(^|\.)whereby\.com$/, 'Whereby'],
  [/(^|\.)bluejeans\.com$/, 'BlueJeans'],
  [/(^|\.)chime\.aws$/, 'Amazon Chime'],
  [/(^|\.)ringcentral\.com$/, 'RingCentral'],
  [/(^|\.)dialpad\.com$|(^|\.)uberconference\.com$/, 'Dialpad'],
  [/^chat\.whatsapp\.com$|(^|\.)whatsapp\.com$/, 'WhatsApp'],
  [/(^|\.)signal\.(org|group)$/, 'Signal'],
  [/(^|\.)(facebook|messenger)\.com$/, 'Messenger'],
  [/(^|\.)youtube\.com$|^youtu\.be$/, 'YouTube'],
  [/(^|\.)zoho\.(com|eu|in)$/, 'Zoho Meeting'],
  [/(^|\.)8x8\.vc$/, '8x8'],
];

/** "Zoom", "Google Meet", "Microsoft Teams", … from a join URL's host; undefined when unknown. */
export function conferenceProvider(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url.trim());
  if (!m) return undefined;
  const host = m[1].toLowerCase().replace(/\.$/, '');
  for (const [re, name] of PROVIDERS) if (re.test(host)) return name;
  return undefined;
}

/**
 * A dial string from a feed's phone text: digits, a leading `+`, and the one-tap characters
 * `,` (pause), `*` and `#`. Letters and punctuation are dropped. Undefined when no digit is left.
 */
export function dialString(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  if (!s) return undefined;
  const plus = s.startsWith('+');
  const body = s.replace(/[^\d,*#]/g, '').replace(/^[,*#]+(?=\d)/, '');
  if (!/\d/.test(body)) return undefined;
  return (plus ? '+' : '') + body;
}

/** A dial string taken apart for dialling by hand: the number, then the codes its pauses lead to. */
export interface DialParts {
  /** What to dial: `+13126266799`. */
  number: string;
  /** The meeting id (the first code after a pause), digits only. */
  meetingId?: string;
  /** A passcode or participant code after it (Zoom's `,,,,*123456#`), digits only. */
  passcode?: string;
}

/**
 * `+13126266799,,81234567890#,,,,*123456#` → number `+13126266799`, meeting id `81234567890`,
 * passcode `123456`. Undefined without a number.
 */
export function dialParts(dial: string | undefined): DialParts | undefined {
  if (!dial) return undefined;
  const [number, ...rest] = dial.split(',').map((x) => x.trim());
  if (!number || !/\d/.test(number)) return undefined;
  const codes = rest.map((c) => c.replace(/[^\d]/g, '')).filter(Boolean);
  return {number: number.replace(/[*#]+$/, ''), ...(codes[0] ? {meetingId: codes[0]} : {}), ...(codes[1] ? {passcode: codes[1]} : {})};
}

/** Digits in a phone text: online needs at least 10 (a plausible full number). */
export function dialableDigits(value: string | undefined): number {
  if (!value) return 0;
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The minimum number of digits of a conference phone that makes a meeting "online". */
export const MIN_CONFERENCE_PHONE_DIGITS = 10;
