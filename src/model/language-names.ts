/**
 * The languages peerkit's widgets speak, each named in its own language: what a language menu
 * offers (the demo site, the embed builder, Storybook's toolbar, the CDN file `languages.js` for a
 * site's own menu). No widget imports this module, so no widget's first load carries it; it imports
 * nothing at run time either (a type only), so the CDN entry is this file alone.
 *
 * Put each name in an element with `lang` set to its code, and `dir="rtl"` where `dir` says so, so a
 * screen reader reads "Deutsch" with a German voice and "العربية" right to left:
 * `<option value="ar" lang="ar" dir="rtl">العربية</option>`.
 */
import type {Lang} from '../core/i18n.js';

/** Every language, by the code a widget's `lang` takes, in the order of `LANGS`. */
export const LANGUAGE_NAMES = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  pt: 'Português (Brasil)',
  nl: 'Nederlands',
  pl: 'Polski',
  ru: 'Русский',
  uk: 'Українська',
  sv: 'Svenska',
  ar: 'العربية',
  fa: 'فارسی',
  'zh-Hans': '中文（简体）',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ko: '한국어',
  ja: '日本語',
} as const satisfies Record<Lang, string>;

/** The languages written right to left (as `dirOf` in src/core/i18n.ts says; a unit test keeps them equal). */
export const RTL_LANGUAGES: readonly Lang[] = ['ar', 'fa'];

/** One choice of a language menu. */
export interface LanguageChoice {
  /** The code, for `lang` on a widget or on `<peer-config>`, and on the name itself. */
  code: Lang;
  /** The language's name for itself. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** Every language as a menu choice, in the order of `LANGS`. */
export function languageChoices(): LanguageChoice[] {
  return (Object.entries(LANGUAGE_NAMES) as [Lang, string][]).map(([code, name]) => ({code, name, dir: RTL_LANGUAGES.includes(code) ? 'rtl' : 'ltr'}));
}

/** The code of a shipped language, given exactly or in another case (`zh-hans`, `ES`); undefined otherwise. */
export function languageCode(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const lower = value.trim().toLowerCase();
  return (Object.keys(LANGUAGE_NAMES) as Lang[]).find((code) => code.toLowerCase() === lower);
}
