/**
 * Several feeds, one list: the same meeting listed by two feeds (a district's and an area's) is
 * shown once. Pure: it takes the merged meetings (and their occurrences) and returns new lists.
 *
 * Two records are the same meeting when they come from DIFFERENT feeds (within one feed a repeated
 * slug is already skipped, and two slugs are two meetings) and have:
 * - the same name, normalised (`nameKey`: case, accents, punctuation, `&`/"and", and the noise
 *   words "the", "group", "meeting", "grupo", "reunión" … ignored);
 * - the same days and start time (and the same zone when both name one);
 * - the same place: the same street address (`addressKey`: "Street"/"St", "Avenue"/"Ave" …, the
 *   first part with a house number, so "123 Main Street, Springfield" and "123 Main St., Springfield,
 *   IL 62701, USA" agree), or coordinates within 50 m, or the same join link (`conferenceKey`:
 *   scheme, `www.`, Zoom's regional host, its query and a trailing slash ignored), or the same dial
 *   string (`phoneKey`: its digits, at least 10). Approximate locations are no place.
 *
 * Which one is kept: the richer record (more fields with a value), the earlier feed on a tie. Its
 * where-and-how fields (place, links, attendance) stay as they are, as one unit; fields it lacks
 * that describe the meeting (notes, group, contacts, provider, website, 7th Tradition links, …)
 * are filled from the others; its types gain the others' (except TC and ONL, which decide
 * attendance and stay the kept record's). Its id stays, so its deep links and stars work; the
 * others' ids no longer resolve.
 *
 * Time: one pass, bucketed by name + days + start (then by place key inside a bucket): a
 * 10,000 + 10,000 merge is linear, not quadratic.
 */
import type {Meeting, MergedMeeting, Occurrence} from './meeting.js';
import {ONLINE_TYPE, TEMPORARILY_CLOSED} from './meeting-type-codes.js';
import {distance} from './geo.js';
import {fold} from './text.js';

/** Words a feed may add to or leave out of a name without naming another meeting. */
const NOISE = new Set(['the', 'group', 'groups', 'grp', 'meeting', 'meetings', 'mtg', 'grupo', 'groupe', 'gruppe', 'reunion']);

/** A name for comparing: folded, `&` as "and", punctuation as spaces, noise words out (unless nothing else is left). */
export function nameKey(name: string): string {
  const words = fold(name)
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = words.filter((w) => !NOISE.has(w));
  return (kept.length ? kept : words).join(' ');
}

const STREET_WORDS: Readonly<Record<string, string>> = {
  street: 'st', avenue: 'ave', av: 'ave', avda: 'ave', road: 'rd', drive: 'dr', boulevard: 'blvd', lane: 'ln', court: 'ct', place: 'pl',
  highway: 'hwy', parkway: 'pkwy', terrace: 'ter', square: 'sq', circle: 'cir', suite: 'ste', saint: 'st', mount: 'mt', fort: 'ft',
  north: 'n', south: 's', east: 'e', west: 'w', northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw',
};

/**
 * An address for comparing: its street part (the first comma-separated part that starts with a
 * number, else the first part), folded, punctuation out, street words abbreviated. Undefined when empty.
 */
export function addressKey(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const parts = address.split(',').map((p) => p.trim()).filter(Boolean);
  const street = parts.find((p) => /^\d/.test(p)) ?? parts[0];
  if (!street) return undefined;
  const words = fold(street)
    .replace(/['’`.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => STREET_WORDS[w] ?? w);
  return words.length ? words.join(' ') : undefined;
}

/**
 * A join link for comparing: host (lower case, `www.` and Zoom's regional prefix gone) and path
 * (no trailing slash); Zoom meetings by their number alone (`zoom.us/j/81234567890`, whatever the
 * passcode parameter); other links keep their query. Undefined when it is not an http(s) URL.
 */
export function conferenceKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  let host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '');
  if (/(^|\.)zoom\.us$/.test(host)) {
    host = 'zoom.us';
    const id = /^\/(?:j|w|s|wc(?:\/join)?)\/(\d{9,12})\b/.exec(path)?.[1];
    if (id) return `zoom.us/j/${id}`;
    return `${host}${path.toLowerCase()}`;
  }
  return `${host}${path}${u.search}`;
}

/** A dial string for comparing: its digits (the number, meeting id and passcode), when at least 10. */
export function phoneKey(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length >= 10 ? digits : undefined;
}

/** How many fields of a meeting hold a value (the richer record is kept). */
function richness(m: Meeting): number {
  let n = 0;
  for (const v of Object.values(m)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    if (Array.isArray(v) && !v.length) continue;
    n++;
  }
  return n;
}

/** Fields filled from a duplicate when the kept record has none: they describe the meeting, not where or how to attend. */
const FILLED = [
  'notes',
  'locationNotes',
  'group',
  'groupNotes',
  'url',
  'feedbackUrl',
  'venmo',
  'square',
  'paypal',
  'homegroupOnline',
  'entity',
  'email',
  'phone',
  'website',
  'contacts',
  'updated',
] as const satisfies readonly (keyof Meeting)[];

const feedOf = (m: Meeting) => m.id.slice(0, m.id.indexOf(':'));
const FIFTY_METRES_KM = 0.05;

interface Cluster {
  members: Meeting[];
  feeds: Set<string>;
}

/** Whether two records of one bucket (same name, days and start) are the same meeting. */
function samePlace(a: Meeting, b: Meeting, keys: Map<Meeting, string[]>): boolean {
  if (!a.timezoneUnknown && !b.timezoneUnknown && a.timezone !== b.timezone) return false;
  const ka = keys.get(a)!;
  const kb = keys.get(b)!;
  for (const k of ka) if (kb.includes(k)) return true;
  if (a.latitude !== undefined && a.longitude !== undefined && b.latitude !== undefined && b.longitude !== undefined && !a.approximate && !b.approximate) {
    return distance({lat: a.latitude, lng: a.longitude}, {lat: b.latitude, lng: b.longitude}, 'km') <= FIFTY_METRES_KM;
  }
  return false;
}

function placeKeys(m: Meeting): string[] {
  const keys: string[] = [];
  const a = m.approximate ? undefined : addressKey(m.address);
  if (a) keys.push(`a:${a}`);
  const u = conferenceKey(m.conferenceUrl);
  if (u) keys.push(`u:${u}`);
  const p = phoneKey(m.conferencePhone);
  if (p) keys.push(`p:${p}`);
  return keys;
}

/** The kept record with what it lacks filled from the others (a new object, same field order), or itself. */
function combine(kept: Meeting, others: readonly Meeting[]): Meeting {
  let out: Meeting | undefined;
  const copy = () => (out ??= {...kept});
  for (const field of FILLED) {
    if (kept[field] !== undefined) continue;
    const from = others.find((o) => o[field] !== undefined);
    if (from) (copy() as unknown as Record<string, unknown>)[field] = from[field];
  }
  if (!kept.feedbackEmails.length) {
    const from = others.find((o) => o.feedbackEmails.length);
    if (from) copy().feedbackEmails = from.feedbackEmails;
  }
  if (!kept.regions.length) {
    const from = others.find((o) => o.regions.length);
    if (from) copy().regions = from.regions;
  }
  const extra = others.flatMap((o) => o.types.filter((t) => t !== TEMPORARILY_CLOSED && t !== ONLINE_TYPE && !kept.types.includes(t)));
  if (extra.length) {
    copy().types = Object.freeze([...kept.types, ...new Set(extra)]) as string[];
    const names = others.filter((o) => o.extraTypeNames).map((o) => o.extraTypeNames!);
    if (names.length) copy().extraTypeNames = Object.assign({}, ...names, kept.extraTypeNames);
  }
  return out ?? kept;
}

export interface DedupedMeetings {
  meetings: Meeting[];
  /** The occurrences given, without the left-out meetings' and pointing at the combined records. */
  occurrences?: Occurrence[];
  /** Every record left out, with the one shown instead. */
  merged: MergedMeeting[];
}

/**
 * Shows each meeting once across feeds (see the module comment). `occurrences`, when given, are
 * the meetings' occurrences: returned without those of left-out meetings, and with the kept ones
 * pointing at the combined records. The order of the lists is kept.
 */
export function mergeDuplicateMeetings(meetings: readonly Meeting[], occurrences?: readonly Occurrence[]): DedupedMeetings {
  const buckets = new Map<string, Cluster[]>();
  const keys = new Map<Meeting, string[]>();
  const clusters: Cluster[] = [];
  for (const m of meetings) {
    const feed = feedOf(m);
    const bucketKey = `${nameKey(m.name)}|${m.days.join(',')}|${m.start ?? ''}`;
    keys.set(m, placeKeys(m));
    let bucket = buckets.get(bucketKey);
    if (!bucket) buckets.set(bucketKey, (bucket = []));
    // A bucket holds the records sharing a name and a time: a handful, even in a 10,000-meeting feed.
    const cluster = bucket.find((c) => !c.feeds.has(feed) && c.members.some((x) => samePlace(m, x, keys)));
    if (cluster) {
      cluster.members.push(m);
      cluster.feeds.add(feed);
    } else {
      const c = {members: [m], feeds: new Set([feed])};
      bucket.push(c);
      clusters.push(c);
    }
  }
  const merged: MergedMeeting[] = [];
  /** Each record → the record shown for it (itself, its combined copy), or null when left out. */
  const shown = new Map<Meeting, Meeting | null>();
  for (const c of clusters) {
    if (c.members.length === 1) continue;
    let kept = c.members[0];
    let best = richness(kept);
    for (const m of c.members.slice(1)) {
      const r = richness(m);
      if (r > best) [kept, best] = [m, r];
    }
    const others = c.members.filter((m) => m !== kept);
    shown.set(kept, combine(kept, others));
    for (const o of others) {
      shown.set(o, null);
      merged.push({feed: o.feed, slug: o.slug, keptFeed: kept.feed, keptSlug: kept.slug});
    }
  }
  if (!shown.size) return {meetings: [...meetings], ...(occurrences ? {occurrences: [...occurrences]} : {}), merged};
  const out: Meeting[] = [];
  for (const m of meetings) {
    const s = shown.get(m);
    if (s !== null) out.push(s ?? m);
  }
  let occ: Occurrence[] | undefined;
  if (occurrences) {
    occ = [];
    for (const o of occurrences) {
      const s = shown.get(o.meeting);
      if (s === null) continue;
      occ.push(s && s !== o.meeting ? {...o, meeting: s} : o);
    }
  }
  return {meetings: out, ...(occ ? {occurrences: occ} : {}), merged};
}
