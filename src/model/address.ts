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
    if (name !== code) countryCodes.set(name, code.toUpperCase());
  }
  return name;
}

/** Country names `countryName` wrote out → their codes, to write them again in the visitor's language. */
const countryCodes = new Map<string, string>();
const displayNames = new Map<string, Intl.DisplayNames | null>();
/**
 * An address for display in language `tag`: a country `countryName` wrote out from a code
 * ("…, IL 62704, United States") is named in that language ("…, IL 62704, アメリカ合衆国"); anything
 * else, and an address a feed wrote in full, as it is.
 */
export function localAddress(address: string, tag: string): string {
  if (!countryCodes.size) return address;
  const at = address.lastIndexOf(', ');
  const code = countryCodes.get(at < 0 ? address : address.slice(at + 2));
  if (!code) return address;
  let names = displayNames.get(tag);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([tag], {type: 'region', fallback: 'none'});
    } catch {
      names = null;
    }
    displayNames.set(tag, names);
  }
  const local = names?.of(code);
  return local ? address.slice(0, at + 2) + local : address;
}

/** A house number ("8318 104 Street", "1-30 Main Street", "20811a …") or a street word in a part. */
const HOUSE_NUMBER = /^\d+[a-z]?(?:[-–/]\d+[a-z]?)?\s+\S/i;
const STREET_WORD =
  /\b(?:st|street|ave?|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|hwy|highway|pkwy|parkway|court|pl|place|plaza|sq|square|ter|terrace|cir|circle|trl|trail|pike|route|rte|calle|avenida|av|camino|carrera|rua|pra[cç]a|rue|chemin|via|viale|piazza|corso|largo)\b|(?:stra(?:ss|ß)e|str\.|straat|gracht|laan|plein|weg|gasse|platz|allee)(?=[\s,.]|$)/i;
/** A building a meeting is held in ("Alano Club, Edmonton" is a place, not a town). */
const VENUE_WORD =
  /\b(?:church|chapel|cathedral|parish|temple|synagogue|mosque|hall|club|cent(?:er|re)|hospital|clinic|school|college|university|library|building|suite|room|floor|unit|iglesia|parroquia|capilla|kirche|gemeindehaus|[ée]glise|igreja|chiesa|kerk)\b/i;
/** A town's region as a code, maybe with its postal code ("PA", "PA 19103", "AB T6E 4E8", "USA"), or a postal code alone. */
const REGION_CODE = /^(?:[A-Z]{2,3}(?:\s+[\dA-Z][\dA-Z -]*)?|\d[\dA-Z -]*)$/;
/** Countries feeds write after a town and its region ("Tweed, Ontario, Canada"). */
const COUNTRY =
  /^(?:usa|u\.s\.a\.?|u\.s\.|united states(?: of america)?|canada|m[eé]xico|uk|u\.k\.|united kingdom|great britain|england|scotland|wales|northern ireland|ireland|australia|new zealand|south africa|india|philippines|puerto rico|germany|deutschland|france|spain|espa[nñ]a|portugal|italy|italia|netherlands|nederland|belgium|switzerland|austria|sweden|norway|denmark|finland|poland|brazil|brasil|argentina|chile|colombia|per[uú]|japan)$/i;
const approximateCache = new Map<string, boolean>();

/**
 * Whether a one-line address names no street: only a town, its region and its country
 * ("Philadelphia, PA, USA", "St. Louis, MO 63101, USA", "Tweed, Ontario, Canada", "Edmonton,
 * Alberta"). Anything that may name a place is a street address, so that no meeting someone can go
 * to loses its place: four or more comma parts; a house number, at the start of a part or after the
 * street's name ("Kerkstraat 5, Amsterdam"); three parts that are not a town with its region code or
 * its country ("First Baptist Church, Springfield, IL": a place, its town and state); one or two
 * parts with a street word or a building ("Rua Augusta, Lisboa", "Alano Club, Edmonton").
 */
export function isApproximateAddress(address: string): boolean {
  // Most addresses start with a house number: no need to split them.
  const c = address.charCodeAt(0);
  if (c >= 48 && c <= 57 && HOUSE_NUMBER.test(address)) return false;
  let hit = approximateCache.get(address);
  if (hit === undefined) {
    hit = townOnly(address.split(',').map((p) => p.trim()).filter(Boolean));
    if (approximateCache.size > 10_000) approximateCache.clear();
    approximateCache.set(address, hit);
  }
  return hit;
}

function townOnly(parts: string[]): boolean {
  if (parts.length > 3) return false;
  if ((parts.length > 1 && /\d/.test(parts[0])) || parts.some((p) => HOUSE_NUMBER.test(p))) return false;
  // A town and its region's code: "Falls Church, VA, USA", "St. Louis, MO" (whatever words the town's name has).
  if (parts.length > 1 && REGION_CODE.test(parts[1])) return true;
  if (parts.length === 3) return COUNTRY.test(parts[2]);
  return !parts.some((p) => STREET_WORD.test(p) || VENUE_WORD.test(p));
}
