/**
 * Addresses as feeds write them, shared by the meeting and directory adapters: one-line addresses
 * joined without stray commas ("20811 Washington St," + "Lynwood" is not "…St,, Lynwood"), a
 * country code written as the country's name ("CA" next to a Canadian town is Canada, not
 * California), and whether an address is only a city or region (no street), which for a meeting
 * means its place is approximate.
 */

/** A part of an address without leading or trailing commas, semicolons and spaces; undefined when empty. */
export function addressPart(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = /^[\s,;]|[\s,;]$/.test(s) ? s.replace(/^[\s,;]+|[\s,;]+$/g, '') : s;
  return t || undefined;
}

/** The parts joined with ", ", each tidied, empty ones left out; undefined when nothing is left. */
export function joinAddress(parts: readonly (string | undefined)[]): string | undefined {
  let out = '';
  for (const p of parts) {
    const t = addressPart(p);
    if (t) out = out ? `${out}, ${t}` : t;
  }
  return out || undefined;
}

/** A one-line address with repeated or trailing commas removed ("1 Main St,, Town," → "1 Main St, Town"). */
export function tidyAddress(s: string): string {
  // Plain character checks first: the adapters call this for every record of a 10,000-meeting feed.
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first !== 44 && first !== 32 && last !== 44 && last !== 32 && s.indexOf(',,') < 0 && s.indexOf(', ,') < 0) return s;
  return joinAddress(s.split(',')) ?? '';
}

let regions: Intl.DisplayNames | null | undefined;
const countryCache = new Map<string, string>();
/**
 * The country's English name for an ISO 3166 two-letter code ("CA" → "Canada", "us" → "United
 * States"); anything else ("USA", "Canada", "Deutschland") as given.
 */
export function countryName(value: string): string {
  const code = value.trim();
  if (!/^[a-z]{2}$/i.test(code)) return code;
  let name = countryCache.get(code);
  if (name === undefined) {
    if (regions === undefined) {
      try {
        regions = new Intl.DisplayNames(['en'], {type: 'region', fallback: 'none'});
      } catch {
        regions = null;
      }
    }
    try {
      name = regions?.of(code.toUpperCase()) ?? code;
    } catch {
      name = code;
    }
    countryCache.set(code, name);
  }
  return name;
}

/** A house number ("8318 104 Street", "1-30 Main Street", "20811a …") or a street word in a part. */
const HOUSE_NUMBER = /^\d+[a-z]?(?:[-–/]\d+[a-z]?)?\s+\S/i;
const STREET_WORD =
  /\b(?:st|street|ave?|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|hwy|highway|pkwy|parkway|court|pl|place|sq|square|ter|terrace|cir|circle|trl|trail|pike|route|rte|calle|avenida|av|camino|carrera|rue|chemin|via)\b|(?:stra(?:ss|ß)e|weg|gasse|platz)\b/i;
const approximateCache = new Map<string, boolean>();

/**
 * Whether a one-line address names no street: only a city, region and country ("Philadelphia, PA,
 * USA", "Springfield, IL 62701, USA"). Four or more comma parts, a part starting with a house number
 * or a part with a street word ("Main St & Oak Ave") is a street address. ("Ct" is left out: it is
 * also Connecticut.)
 */
export function isApproximateAddress(address: string): boolean {
  // Most addresses start with a house number: no need to split them.
  const c = address.charCodeAt(0);
  if (c >= 48 && c <= 57 && HOUSE_NUMBER.test(address)) return false;
  let hit = approximateCache.get(address);
  if (hit === undefined) {
    const parts = address.split(',');
    hit = parts.length < 4 && !parts.some((p) => HOUSE_NUMBER.test(p.trim()) || STREET_WORD.test(p));
    if (approximateCache.size > 10_000) approximateCache.clear();
    approximateCache.set(address, hit);
  }
  return hit;
}
