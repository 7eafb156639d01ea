/**
 * Handing a list over: the text a visitor sends to their own phone (`sms:`) or email (`mailto:`)
 * from their device, for one service or their saved list. Nothing passes through any server: the
 * links open the visitor's own messages or mail app with the text filled in.
 *
 * The text is bounded (an SMS over a few segments is split, turned into MMS or cut by some apps; a
 * long `mailto:` URL is cut by some mail clients), and the list's share link is always in it: when
 * not every service fits, the text says so ("…and 3 more in the link") before the link.
 */

/** One service as the text shows it (already in the visitor's language). */
export interface HandoverEntry {
  name: string;
  phones: readonly string[];
  address?: string;
  /** This week's hours in short ("Mon–Fri 9:00 AM – 5:00 PM"), dropped first when the text is too long. */
  hours?: string;
}

export interface HandoverOptions {
  /** Whether a text fits the channel (`smsFits`, `mailFits`). */
  fits: (text: string) => boolean;
  /** "…and 3 more in the link". */
  more: (n: number) => string;
  /** The visitor reads right to left: phone numbers are isolated left to right. */
  rtl?: boolean;
}

export interface HandoverText {
  text: string;
  /** Services written out in full (the rest are only in the link). */
  shown: number;
  /** Whether their hours are in. */
  hours: boolean;
}

/** SMS body limit, in characters: three GSM segments, or seven of a non-Latin (UCS-2) message. */
export const SMS_MAX = 450;
/** `mailto:` URL limit, in encoded characters (the shortest limit of the common mail clients is about 2000). */
export const MAILTO_MAX = 1900;

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

/** A feed's field on one line, without lone surrogates (they would break `encodeURIComponent`). */
function clean(s: string | undefined): string {
  return (s ?? '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u001F\u007F\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Bidirectional text stays readable in a plain-text message: a field holding right-to-left letters
 * is isolated (FSI…PDI), and in a right-to-left message phone numbers read left to right (LRI…PDI:
 * `856 555 0100` would show its groups reversed). The link stays bare on a line of its own (its
 * first letter makes that line left to right; a mark inside it could end up in the tapped URL). Nothing is added to a message that has no right-to-left text: one such character would
 * make a Latin SMS a UCS-2 one (70 characters a segment instead of 160).
 */
function words(s: string): string {
  return RTL.test(s) ? FSI + s + PDI : s;
}
function ltr(s: string, rtl: boolean): string {
  return rtl ? LRI + s + PDI : s;
}

/** `s` cut to at most `n` characters (code points, never half a pair), with "…" when cut. */
function cut(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length <= n ? s : cps.slice(0, Math.max(0, n - 1)).join('') + '…';
}

function block(e: HandoverEntry, hours: boolean, rtl: boolean): string {
  const phones = e.phones.map(clean).filter(Boolean);
  return [
    words(clean(e.name)),
    phones.length ? phones.map((p) => ltr(p, rtl)).join(', ') : '',
    e.address ? words(clean(e.address)) : '',
    hours && e.hours ? words(clean(e.hours)) : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The services, one block each (name, phones, address, hours), then the share link. Everything with
 * hours if it fits, else without hours, else as many services as fit and "…and N more in the link";
 * a single service too long for the channel is cut ("…"). The link is always there, whole.
 */
export function handoverText(entries: readonly HandoverEntry[], link: string, o: HandoverOptions): HandoverText {
  const rtl = !!o.rtl;
  const url = clean(link);
  const compose = (blocks: string[], rest: number) => [...blocks, [rest ? o.more(rest) : '', url].filter(Boolean).join('\n')].join('\n\n');
  const all = entries.length;
  for (const hours of [true, false]) {
    const blocks = entries.map((e) => block(e, hours, rtl));
    const text = compose(blocks, 0);
    if (o.fits(text)) return {text, shown: all, hours: hours && entries.some((e) => e.hours)};
  }
  const blocks = entries.map((e) => block(e, false, rtl));
  for (let n = all - 1; n >= 1; n--) {
    const text = compose(blocks.slice(0, n), all - n);
    if (o.fits(text)) return {text, shown: n, hours: false};
  }
  if (all) {
    // Not even the first service fits: its block cut to what does (the longest prefix that fits).
    const first = blocks[0];
    let lo = 0;
    let hi = Array.from(first).length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (o.fits(compose([cut(first, mid)], all - 1))) lo = mid;
      else hi = mid - 1;
    }
    if (lo > 1) return {text: compose([cut(first, lo)], all - 1), shown: 1, hours: false};
  }
  return {text: compose([], all), shown: 0, hours: false};
}

/** Characters of an SMS body (code points, as a phone counts them). */
export function smsFits(text: string): boolean {
  return Array.from(text).length <= SMS_MAX;
}

/**
 * `sms:?&body=…`: no recipient (the visitor picks themselves), the body percent-encoded. RFC 5724's
 * form is `sms:?body=` (Android); iOS 8 and later read the body only after `&` (`sms:&body=`). With
 * `?&body=`, Android reads an empty first parameter and then `body`, and iOS finds `&body=`: one link
 * that fills the message on both.
 */
export function smsHref(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}

/** `mailto:?subject=…&body=…` (RFC 6068): line breaks as CRLF, everything percent-encoded. */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(clean(subject))}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}

/** Whether a mail body fits in a `mailto:` URL (with its subject). */
export function mailFits(subject: string): (text: string) => boolean {
  return (text) => mailtoHref(subject, text).length <= MAILTO_MAX;
}

/** A day's hours as the weekly table shows them (`day`: 0 = Sunday). */
export interface DayHours {
  day: number;
  text: string;
  /** No opening that day. */
  closed: boolean;
}

/**
 * This week's hours in short: days with the same hours grouped ("Mon–Fri 9:00 AM – 5:00 PM;
 * Sat 10:00 AM – 2:00 PM"), closed days left out; empty when closed every day or unknown.
 * `rows` in the week's order (as the table shows them); `short(day)` names a day.
 */
export function shortHours(rows: readonly DayHours[], short: (day: number) => string): string {
  const groups: {from: number; to: number; text: string}[] = [];
  rows.forEach((r, i) => {
    if (r.closed) return;
    const g = groups.at(-1);
    if (g && g.text === r.text && g.to === i - 1) g.to = i;
    else groups.push({from: i, to: i, text: r.text});
  });
  return groups
    .map((g) => {
      const days = g.from === g.to ? short(rows[g.from].day) : `${short(rows[g.from].day)}${g.to === g.from + 1 ? ', ' : '–'}${short(rows[g.to].day)}`;
      return `${days} ${g.text}`;
    })
    .join('; ');
}
