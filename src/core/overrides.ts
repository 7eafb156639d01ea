/**
 * A site's rewording (`strings` on a widget or `<peer-config>`): a lazy chunk, loaded only on a page
 * that rewords something. Keys, forms and warnings: docs/TRANSLATING.md.
 */
import {formatNumber, pluralCategory, supportedLang, type Lang, type StringOverrides, type TableName} from './i18n.js';

/** Every table's name: the first part of a key. */
const TABLE_NAMES: readonly TableName[] = [
  'core',
  'device',
  'quickExit',
  'crisisLines',
  'meetingFinder',
  'meetingExtras',
  'meetingTypes',
  'resourceDirectory',
  'questionBox',
  'questionAnswers',
  'storyCarousel',
  'storyShare',
  'moderationDesk',
];

const warned = new Set<string>();
function warnOnce(key: string, message: string) {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[peerkit] strings: ${message}`);
}

/** The overrides for one language, from one or more `StringOverrides` (later ones win). */
export function overridesFor(lang: Lang, ...sources: (StringOverrides | undefined)[]): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    for (const [tag, map] of Object.entries(source)) {
      if (supportedLang(tag) !== lang) {
        if (!supportedLang(tag)) warnOnce(`lang:${tag}`, `"${tag}" is not a language peerkit ships; its strings are ignored.`);
        continue;
      }
      if (!map || typeof map !== 'object' || Array.isArray(map)) {
        warnOnce(`lang-shape:${tag}`, `"${tag}" must map keys to strings.`);
        continue;
      }
      out = {...out, ...map};
    }
  }
  return out;
}

/** `{0}`, `{1}`… of a template filled with the arguments (numbers as the language writes them). */
function fill(template: string, args: unknown[], tag: string): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = args[Number(i)];
    return typeof v === 'number' ? formatNumber(v, tag) : v === undefined ? whole : String(v);
  });
}

function pluralForms(value: unknown): (Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}) | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const forms = value as Record<string, unknown>;
  const allowed = ['zero', 'one', 'two', 'few', 'many', 'other'];
  return typeof forms.other === 'string' && Object.entries(forms).every(([k, v]) => allowed.includes(k) && typeof v === 'string') ? (forms as {other: string}) : undefined;
}

/** The replacement for one English value, or undefined (with a warning) when the override has the wrong type. */
function replacement(english: unknown, value: unknown, key: string, tag: string): unknown {
  if (typeof english === 'string') {
    if (typeof value === 'string') return value;
  } else if (typeof english === 'function') {
    if (typeof value === 'string') return (...args: unknown[]) => fill(value, args, tag);
    const forms = pluralForms(value);
    if (forms)
      return (...args: unknown[]) => {
        const n = args.find((a): a is number => typeof a === 'number') ?? 0;
        return fill(forms[pluralCategory(n, tag)] ?? forms.other, args, tag);
      };
  } else if (Array.isArray(english)) {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  }
  warnOnce(`type:${key}`, `"${key}" has the wrong type (${Array.isArray(value) ? 'list' : typeof value}); it is ignored.`);
  return undefined;
}

const derived = new WeakMap<object, WeakMap<object, unknown>>();

/**
 * `table` with a site's overrides for `name` applied (keys `name.key`, `name.nested.key`); unknown
 * keys and wrong types are warned about once and ignored. The same inputs give the same object.
 */
export function applyOverrides<S>(name: TableName, table: S, overrides: Record<string, unknown> | undefined, tag: string): S {
  if (!overrides) return table;
  let byOverrides = derived.get(table as object);
  if (!byOverrides) derived.set(table as object, (byOverrides = new WeakMap()));
  const hit = byOverrides.get(overrides);
  if (hit) return hit as S;
  let out = table;
  const prefix = `${name}.`;
  for (const [key, value] of Object.entries(overrides)) {
    const [first] = key.split('.');
    if (!(TABLE_NAMES as readonly string[]).includes(first)) {
      warnOnce(`key:${key}`, `"${key}" names no table (keys start with one of ${TABLE_NAMES.join(', ')}); it is ignored.`);
      continue;
    }
    if (!key.startsWith(prefix)) continue;
    const path = key.slice(prefix.length).split('.');
    let english: unknown = table;
    for (const part of path) english = english && typeof english === 'object' && Object.hasOwn(english, part) ? (english as Record<string, unknown>)[part] : undefined;
    if (english === undefined || (typeof english === 'object' && !Array.isArray(english))) {
      warnOnce(`key:${key}`, `"${key}" is not a string of ${name}; it is ignored.`);
      continue;
    }
    const next = replacement(english, value, key, tag);
    if (next !== undefined) out = setPath(out, path, next);
  }
  byOverrides.set(overrides, out);
  return out;
}

/** A copy of `obj` with `path` set to `value`, copying only the objects on the path. */
function setPath<T>(obj: T, path: string[], value: unknown): T {
  const [head, ...rest] = path;
  const copy = {...(obj as Record<string, unknown>)};
  copy[head] = rest.length ? setPath(copy[head], rest, value) : value;
  return copy as T;
}
