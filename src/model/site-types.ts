/**
 * A site's own words for meeting types: `type-names` and `type-descriptions` on the finder, both
 * `{"CODE": {"en": "Name", "es": "Nombre"}}` or `{"CODE": "Name"}` (that text in every language).
 * Validated here (a wrong shape is rejected whole, so the element warns once and ignores it), and
 * looked up with the fallbacks the finder documents: the site's text in the visitor's language
 * (`es-MX`, then `es`), then the site's `en`, then whatever the caller has built in.
 */
import {canonicalType} from './meeting-type-codes.js';

/** Code → text in every language, or code → {language tag → text}. */
export type SiteTypeText = Readonly<Record<string, string | Readonly<Record<string, string>>>>;

const TAG_RE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const MAX = 2000;

/**
 * The site's table if `value` has the shape (a JSON string or an object), else `undefined` (the
 * caller warns). Codes are normalised like a feed's (`lit` → `LIT`); empty texts are dropped.
 */
export function parseSiteTypeText(value: unknown): SiteTypeText | undefined {
  let json = value;
  if (typeof value === 'string') {
    try {
      json = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const out: Record<string, string | Record<string, string>> = {};
  for (const [key, v] of Object.entries(json as Record<string, unknown>)) {
    const code = canonicalType(key);
    if (!code) return undefined;
    if (typeof v === 'string') {
      if (v.trim()) out[code] = v.trim().slice(0, MAX);
      continue;
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const langs: Record<string, string> = {};
    for (const [tag, text] of Object.entries(v as Record<string, unknown>)) {
      if (!TAG_RE.test(tag) || typeof text !== 'string') return undefined;
      if (text.trim()) langs[tag.toLowerCase()] = text.trim().slice(0, MAX);
    }
    if (Object.keys(langs).length) out[code] = langs;
  }
  return out;
}

/** The site's text for `code` in `tag` (`es-MX`, then `es`, then `en`); undefined when it has none. */
export function siteText(site: SiteTypeText | undefined, code: string, tag: string): string | undefined {
  const entry = site?.[code];
  if (entry === undefined) return undefined;
  if (typeof entry === 'string') return entry;
  const lower = tag.toLowerCase();
  const parts = lower.split('-');
  for (let i = parts.length; i > 0; i--) {
    const t = entry[parts.slice(0, i).join('-')];
    if (t) return t;
  }
  return entry.en;
}

/**
 * The description of `code` in `tag`: the site's (visitor's language, then its `en`), else the
 * built-in one (`builtIn`: the descriptions table in the visitor's language), else undefined.
 */
export function typeDescription(code: string, tag: string, site: SiteTypeText | undefined, builtIn: Readonly<Record<string, string>>): string | undefined {
  return siteText(site, code, tag) ?? (Object.hasOwn(builtIn, code) ? builtIn[code] : undefined);
}

/**
 * A code's name in `tag`: the site's, else `builtIn(code)` (the table's name in the visitor's
 * language, else a name the feed gave), else `fallback(code)` ("Other type (XYZ)"): never the bare code.
 */
export function siteTypeName(code: string, tag: string, site: SiteTypeText | undefined, builtIn: (code: string) => string | undefined, fallback: (code: string) => string): string {
  return siteText(site, code, tag) ?? builtIn(code) ?? fallback(code.replace(/^BMLT-/, ''));
}
