/**
 * Links a meeting's details offer: directions (Apple Maps on Apple devices, Google Maps elsewhere),
 * one-tap dial-in (`tel:` with the pauses and codes kept), the join URL, 7th Tradition links,
 * "report a problem", and the deep link to a meeting.
 *
 * DEEP LINKS (the contract with the element): a meeting is addressed by the URL fragment
 * `#meeting=<encodeURIComponent(meeting.id)>`, e.g. `https://example.org/meetings#meeting=0%3Anight-owls`.
 * With several finders on one page, each finder prefixes the key with its own namespace (the
 * element uses `<id>-`, default `mf-`): `#mf-meeting=0%3Anight-owls`. The prefix is used as given.
 * Use `meetingHash()` / `meetingIdFromHash()` / `shareUrl()`.
 */
import type {Meeting} from './meeting.js';
import {safeUrl} from './text.js';

// ---------------------------------------------------------------------------------------------
// Directions.

/** Whether directions should open Apple Maps: iPhone, iPad (also when it reports itself as a Mac), Mac. */
export function isAppleDevice(userAgent: string = typeof navigator === 'undefined' ? '' : navigator.userAgent): boolean {
  return /iPhone|iPad|iPod|Macintosh|Mac OS X/i.test(userAgent);
}

/**
 * A directions URL to the meeting: its coordinates when known, else its address. Undefined when the
 * meeting cannot be attended in person (online only, approximate location, temporarily closed) or has no place.
 */
export function directionsUrl(m: Pick<Meeting, 'inPerson' | 'latitude' | 'longitude' | 'address' | 'approximate' | 'name'>, apple = isAppleDevice()): string | undefined {
  if (!m.inPerson || m.approximate) return undefined;
  const coords = m.latitude !== undefined && m.longitude !== undefined ? `${m.latitude},${m.longitude}` : undefined;
  const destination = coords ?? m.address;
  if (!destination) return undefined;
  if (apple) {
    const p = new URLSearchParams({daddr: destination});
    if (coords && m.address) p.set('q', m.address);
    return `https://maps.apple.com/?${p}`;
  }
  return `https://www.google.com/maps/dir/?${new URLSearchParams({api: '1', destination})}`;
}

// ---------------------------------------------------------------------------------------------
// Online.

/**
 * A one-tap `tel:` link: digits, a leading `+`, `,` (pause) and `*` kept as they are; `#` is
 * percent-encoded (`%23`), as a URL requires, and dialled as `#`. Undefined without digits.
 */
export function telUrl(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const plus = phone.trim().startsWith('+');
  const body = phone.replace(/[^\d,*#]/g, '');
  if (!/\d/.test(body)) return undefined;
  return `tel:${plus ? '+' : ''}${body.replace(/#/g, '%23')}`;
}

/** The join URL (http/https only). */
export function joinUrl(m: Pick<Meeting, 'conferenceUrl'>): string | undefined {
  const url = safeUrl(m.conferenceUrl);
  return url && /^https?:/.test(url) ? url : undefined;
}

// ---------------------------------------------------------------------------------------------
// 7th Tradition and feedback.

const handle = (v: string, sigil: string) => v.trim().replace(new RegExp(`^\\${sigil}`), '');
const asUrl = (v: string) => (/^https?:\/\//i.test(v.trim()) ? safeUrl(v) : undefined);

export interface TraditionLink {
  kind: 'venmo' | 'square' | 'paypal' | 'homegroup';
  /** What to show ("@Handle", "$Cashtag", …). */
  label: string;
  url: string;
}

/** 7th Tradition (contribution) links: Venmo `@handle`, Cash App `$cashtag`, PayPal.me name, or URLs. */
export function traditionLinks(m: Pick<Meeting, 'venmo' | 'square' | 'paypal' | 'homegroupOnline'>): TraditionLink[] {
  const out: TraditionLink[] = [];
  const ok = (s: string) => /^[\w.-]{1,64}$/.test(s);
  if (m.venmo) {
    const h = handle(m.venmo, '@');
    const url = asUrl(m.venmo) ?? (ok(h) ? `https://venmo.com/u/${h}` : undefined);
    if (url) out.push({kind: 'venmo', label: asUrl(m.venmo) ? m.venmo : `@${h}`, url});
  }
  if (m.square) {
    const h = handle(m.square, '$');
    const url = asUrl(m.square) ?? (ok(h) ? `https://cash.app/$${h}` : undefined);
    if (url) out.push({kind: 'square', label: asUrl(m.square) ? m.square : `$${h}`, url});
  }
  if (m.paypal) {
    const h = m.paypal.trim().replace(/^(https?:\/\/)?(www\.)?paypal\.me\//i, '');
    const url = /^https?:\/\//i.test(m.paypal) && !/paypal\.me\//i.test(m.paypal) ? asUrl(m.paypal) : ok(h) ? `https://www.paypal.me/${h}` : undefined;
    if (url) out.push({kind: 'paypal', label: ok(h) ? h : m.paypal, url});
  }
  if (m.homegroupOnline) {
    const url = asUrl(m.homegroupOnline);
    if (url) out.push({kind: 'homegroup', label: m.homegroupOnline, url});
  }
  return out;
}

/**
 * "Report a problem": the feed's `feedback_url` (http(s) or mailto), else a `mailto:` to the
 * feedback emails with a subject naming the meeting. Undefined when the feed gives neither.
 */
export function feedbackLink(m: Pick<Meeting, 'feedbackUrl' | 'feedbackEmails' | 'name'>, subject = `Meeting update: ${m.name}`): string | undefined {
  const url = safeUrl(m.feedbackUrl);
  if (url && /^(https?|mailto):/.test(url)) return url;
  const emails = m.feedbackEmails.filter((e) => /^[^\s@,;?&]+@[^\s@,;?&]+$/.test(e));
  if (!emails.length) return undefined;
  return `mailto:${emails.join(',')}?subject=${encodeURIComponent(subject)}`;
}

// ---------------------------------------------------------------------------------------------
// Deep links: their own module (the finder's first load reads a deep link; the rest of this
// module comes with the details).

export {meetingHash, meetingIdFromHash, shareUrl} from './meeting-hash.js';
