/**
 * Localisation: typed string tables (one object per language, `es` typed against `en`), the locale
 * resolved from the element, its nearest `lang` ancestor (across shadow roots), or `<html lang>`,
 * and `Intl` helpers for days, times, lists, numbers and plurals.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** A string table for every supported language. */
export type Tables<S> = Record<Lang, S>;

/** The resolved locale of an element: the table language and the full BCP 47 tag for `Intl`. */
export interface Locale {
  lang: Lang;
  /** e.g. `es-MX`; only a tag whose primary language is `lang`. */
  tag: string;
}

/** Maps a BCP 47 tag to a supported table language, or undefined. */
export function supportedLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : undefined;
}

/** The `lang` attribute of `el` or of its nearest ancestor, crossing shadow roots. */
export function inheritedLangTag(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value) return value;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return undefined;
}

/**
 * Resolves the locale from candidate tags in priority order. The first tag naming a supported
 * language wins; an unsupported tag (say `fr`) falls through to the next candidate, and the
 * default is English.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const tag of candidates) {
    const lang = supportedLang(tag);
    if (lang) return {lang, tag: safeTag(tag!, lang)};
  }
  return {lang: DEFAULT_LANG, tag: DEFAULT_LANG};
}

function safeTag(tag: string, lang: Lang): string {
  try {
    return Intl.getCanonicalLocales(tag.replace('_', '-'))[0] ?? lang;
  } catch {
    return lang;
  }
}

// ---------------------------------------------------------------------------------------------
// Intl helpers. Formatters are cached: constructing them is the expensive part.

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let v = cache.get(key) as T | undefined;
  if (!v) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`dt|${tag}|${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(tag, options);
    } catch {
      // An unknown time zone must not break rendering: fall back to the visitor's zone.
      const {timeZone: _ignored, ...rest} = options;
      return new Intl.DateTimeFormat(tag, rest);
    }
  });
}

/** "Monday" / "lunes" for day 0–6 (0 = Sunday). */
export function dayName(day: number, tag: string, style: 'long' | 'short' = 'long'): string {
  // 2023-01-01 was a Sunday.
  return dateTimeFormat(tag, {weekday: style, timeZone: 'UTC'}).format(Date.UTC(2023, 0, 1 + day));
}

/** "7:30 PM" / "19:30" for a wall-clock time given as minutes after midnight. */
export function wallTime(minutes: number, tag: string): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return dateTimeFormat(tag, {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'}).format(Date.UTC(2023, 0, 1, h, m));
}

/**
 * A time of an instant in a time zone, optionally with the zone's name: the short one where the
 * locale has it ("7:30 PM CST"); where it has only an offset (Spanish outside the US says
 * "GMT-6"), the generic name instead ("19:30 hora central").
 */
export function timeIn(instant: Date | number, tag: string, timeZone?: string, withZone = false): string {
  const options: Intl.DateTimeFormatOptions = {hour: 'numeric', minute: '2-digit', timeZone};
  const text = dateTimeFormat(tag, withZone ? {...options, timeZoneName: 'short'} : options).format(instant);
  return withZone && /(GMT|UTC)[+\-\u2212]/.test(text) ? dateTimeFormat(tag, {...options, timeZoneName: 'longGeneric'}).format(instant) : text;
}

/** A calendar date ("25 Nov 2026"). */
export function dateOf(instant: Date | number | string, tag: string, style: 'medium' | 'long' = 'medium'): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return dateTimeFormat(tag, {dateStyle: style}).format(d);
}

export function formatList(items: string[], tag: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`list|${tag}|${type}`, () => new Intl.ListFormat(tag, {style: 'long', type})).format(items);
}

export function formatNumber(n: number, tag: string, options: Intl.NumberFormatOptions = {}): string {
  return cached(`num|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options)).format(n);
}

export function pluralCategory(n: number, tag: string): Intl.LDMLPluralRule {
  return cached(`pl|${tag}`, () => new Intl.PluralRules(tag)).select(n);
}

/** Picks `one` or `other` (and any other CLDR category given) for `n`. */
export function plural(n: number, tag: string, forms: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}): string {
  return (forms[pluralCategory(n, tag)] ?? forms.other).replace('{n}', formatNumber(n, tag));
}

/**
 * String tables whose English table is bundled and whose other languages are lazy chunks, loaded
 * the first time an element renders in that language (a page in English never downloads Spanish).
 * Use through `PeerElement.lazyT()`; a language whose chunk cannot be loaded falls back to English.
 */
export class LazyTables<S> {
  private readonly tables: Partial<Record<Lang, S>>;
  private readonly loading = new Map<Lang, Promise<unknown>>();

  constructor(
    readonly en: S,
    private readonly loaders: Record<Exclude<Lang, 'en'>, () => Promise<S>>,
  ) {
    this.tables = {en};
  }

  /** The table for `lang`, or undefined while it is not loaded. */
  get(lang: Lang): S | undefined {
    return this.tables[lang];
  }

  /** Loads the table for `lang` (once); settles when `get(lang)` returns it. */
  load(lang: Lang): Promise<unknown> {
    if (this.tables[lang]) return Promise.resolve();
    let p = this.loading.get(lang);
    if (!p) {
      p = this.loaders[lang as Exclude<Lang, 'en'>]().then(
        (table) => (this.tables[lang] = table),
        () => (this.tables[lang] = this.en),
      );
      this.loading.set(lang, p);
    }
    return p;
  }
}
