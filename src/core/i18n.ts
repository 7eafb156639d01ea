/**
 * Localisation: typed string tables (one folder per language under `src/locales/`, each table typed
 * against English), the locale resolved from the element, `<peer-config lang>`, the nearest `lang`
 * ancestor (across shadow roots, up to `<html lang>`) and the browser's preferred languages, the
 * writing direction, and `Intl` helpers for days, times, lists, numbers and plurals. How to add a
 * language: docs/TRANSLATING.md.
 */
export const LANGS = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'sv', 'ar', 'fa', 'zh-Hans', 'vi', 'tl', 'ko', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** The languages written right to left: the element's `dir` follows them. */
const RTL: ReadonlySet<string> = new Set<Lang>(['ar', 'fa']);

/** `rtl` for Arabic and Persian, else `ltr`. */
export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/**
 * Primary subtags that read another table: Filipino is written with the Tagalog table, Dari with the
 * Persian one. Every Chinese tag reads Simplified Chinese (`zh-Hans`), Traditional ones (`zh-Hant`,
 * `zh-TW`, `zh-HK`, `zh-MO`) too: no Traditional table ships yet, and Simplified is far closer than
 * English for those readers; a site can reword any string (the `strings` attribute).
 */
const ALIASES: Record<string, Lang> = {fil: 'tl', prs: 'fa', zh: 'zh-Hans'};

/** The supported table languages, by lower-case tag. */
const BY_LOWER = new Map<string, Lang>(LANGS.map((l) => [l.toLowerCase(), l]));

/** Maps a BCP 47 tag to a supported table language, or undefined (`pt-PT` → `pt`, `zh-TW` → `zh-Hans`). */
export function supportedLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const primary = lower.split('-')[0];
  return BY_LOWER.get(lower) ?? ALIASES[primary] ?? BY_LOWER.get(primary);
}

/** The `lang` attributes above `el`, nearest first (crossing shadow roots), up to `<html lang>`. */
export function ancestorLangTags(el: Element): string[] {
  const tags: string[] = [];
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof ShadowRoot) node = node.host;
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value) tags.push(value);
    }
    node = node.parentNode;
  }
  return tags;
}

/** The visitor's preferred languages (`navigator.languages`), most preferred first. */
export function preferredLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The resolved locale of an element: the table language, the full BCP 47 tag for `Intl`, and the direction. */
export interface Locale {
  lang: Lang;
  /** e.g. `es-MX`; only a tag whose table is `lang`. */
  tag: string;
  dir: 'ltr' | 'rtl';
}

/**
 * Resolves the locale from candidate tags in priority order. The first tag naming a supported
 * language wins; an unsupported tag (say `hi`) falls through to the next candidate, and the
 * default is English.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const tag of candidates) {
    const lang = supportedLang(tag);
    if (lang) return {lang, tag: safeTag(tag!, lang), dir: dirOf(lang)};
  }
  return {lang: DEFAULT_LANG, tag: DEFAULT_LANG, dir: 'ltr'};
}

function safeTag(tag: string, lang: Lang): string {
  // A Traditional Chinese tag read with the Simplified table: dates and numbers in the same script.
  if (lang === 'zh-Hans' && !/-hans\b/i.test(tag)) return 'zh-Hans';
  // Any other tag keeps its own Intl data (Filipino `fil-PH` with the Tagalog table, `es-MX`…).
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? lang;
  } catch {
    return lang;
  }
}

/** The first day of the week in `tag` (0 = Sunday, 6 = Saturday), as `Intl.Locale` gives it. */
export function firstDayOfWeek(tag: string): number {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {getWeekInfo?: () => {firstDay: number}; weekInfo?: {firstDay: number}};
    const day = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay;
    if (day) return day % 7;
  } catch {
    /* an odd tag: the default below */
  }
  return tag.toLowerCase().startsWith('en') ? 0 : 1;
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
  if (!withZone) return dateTimeFormat(tag, options).format(instant);
  const parts = dateTimeFormat(tag, {...options, timeZoneName: 'short'}).formatToParts(instant);
  // An offset in any script ("GMT-6", "غرينتش-٦", "−۶ گرینویچ") has digits in the zone's name.
  const offset = /\p{Nd}/u.test(parts.find((p) => p.type === 'timeZoneName')?.value ?? '');
  return offset ? dateTimeFormat(tag, {...options, timeZoneName: 'longGeneric'}).format(instant) : parts.map((p) => p.value).join('');
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

// ---------------------------------------------------------------------------------------------
// Lazy tables and site overrides.

/** Every table's name (the `x` of `export const x` in each `src/locales/<lang>/*.ts`): the first part of an override key. */
export type TableName =
  | 'core'
  | 'device'
  | 'quickExit'
  | 'crisisLines'
  | 'meetingFinder'
  | 'meetingExtras'
  | 'meetingTypes'
  | 'meetingTypeDescriptions'
  | 'resourceDirectory'
  | 'questionBox'
  | 'questionAnswers'
  | 'storyCarousel'
  | 'storyShare'
  | 'moderationDesk';

/** What a render part needs to speak its element's language: the locale and its tables, with the site's rewording. */
export interface I18n extends Locale {
  /** The table in this language (English until its chunk lands, then the element renders again), with the site's overrides. */
  pick<S>(tables: LazyTables<S>): S;
}

/**
 * Lazy loaders of a table, one per language that has it (`src/locales/tables/*.ts`, generated): each
 * loads the language's module, whose export named after the table is the table (typed there against English).
 */
export type Loaders = Partial<Record<Exclude<Lang, 'en'>, () => Promise<unknown>>>;

/**
 * A site's rewording: per language (a tag: `en`, `es-MX`, `zh-TW` read as their table), a map of
 * `table.key` (nested keys with more dots: `meetingFinder.timeNames.morning`) to the new text.
 * A string replaces a string; for a string made from values (a count, a name), a template with
 * `{0}`, `{1}`… in the English parameters' order, or plural forms `{"one": "{0} group", "other":
 * "{0} groups"}` chosen by the first number; a list of strings replaces a list.
 */
export type StringOverrides = Record<string, Record<string, unknown>>;

const pending = new Set<Promise<unknown>>();
const loadedListeners = new Set<() => void>();

/** Calls `listener` whenever a table finishes loading (peerkit elements render again). */
export function onTableLoaded(listener: () => void): () => void {
  loadedListeners.add(listener);
  return () => loadedListeners.delete(listener);
}

/** Whether some table is loading. */
export function tablesLoading(): boolean {
  return pending.size > 0;
}

/** Settles once no table is loading. */
export async function tablesSettled(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending]);
}

/**
 * A string table whose English is bundled and whose other languages are lazy chunks, loaded the
 * first time something renders in that language (a page in English never downloads Spanish).
 * A language whose chunk is missing or cannot be loaded reads English.
 */
export class LazyTables<S> {
  private readonly tables: Partial<Record<Lang, S>>;
  private readonly loading = new Map<Lang, Promise<unknown>>();

  constructor(
    readonly name: TableName,
    readonly en: S,
    private readonly loaders: Loaders,
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
      const loader = this.loaders[lang as Exclude<Lang, 'en'>];
      p = (loader ? loader() : Promise.reject(new Error(`no ${lang} table`))).then(
        (m) => (this.tables[lang] = (m as Record<string, S>)[this.name] ?? this.en),
        () => (this.tables[lang] = this.en),
      );
      this.loading.set(lang, p);
      pending.add(p);
      void p.then(() => {
        pending.delete(p!);
        loadedListeners.forEach((l) => l());
      });
    }
    return p;
  }

  /** The table for `lang` if loaded; else English for now, loading `lang` (listeners render again when it lands). */
  pick(lang: Lang): S {
    const table = this.tables[lang];
    if (table) return table;
    void this.load(lang);
    return this.en;
  }
}
