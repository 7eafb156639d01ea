/**
 * Crisis lines, per region and language: the one shape of the crisis help a widget shows (the
 * question box when a draft suggests a crisis). A site replaces them with the `crisisLines` property
 * or, in HTML, the `crisis-lines` attribute holding the same shape as JSON:
 *
 *   crisis-lines='{"uk": {"en": [{"name": "Samaritans", "actions": [{"label": "Call 116 123", "href": "tel:116123"}]}]}}'
 *
 * Facts of the built-in lines: ../shared/reference/safety.md (United States).
 */
import type {Lang} from '../core/i18n.js';
import {safeUrl} from './text.js';
import {crisisLines as enLines, type CrisisLineTable} from '../locales/en/crisis-lines.js';

export interface CrisisAction {
  /** Button text, e.g. "Call 988". */
  label: string;
  /** `tel:`, `sms:`, `https:` (anything else is dropped). */
  href: string;
}

export interface CrisisLine {
  name: string;
  description?: string;
  actions: CrisisAction[];
}

/** `{us: {en: [...], es: [...]}}`: lines per region code and language. */
export type CrisisLines = Record<string, Partial<Record<Lang, CrisisLine[]>>>;

/** The built-in lines in English (every other language: `src/locales/<lang>/crisis-lines.ts`, a lazy table). */
export const DEFAULT_CRISIS_LINES: CrisisLineTable = enLines;

/**
 * The `crisis-lines` attribute: JSON of the `CrisisLines` shape; undefined when it is absent or not
 * JSON of an object (the built-in lines apply). What it holds is rendered as text, and only `tel:`,
 * `sms:` and `http(s):` links are kept (`crisisLinesFor`, then the panel).
 */
export function parseCrisisLines(value: string | null | undefined): CrisisLines | undefined {
  try {
    const json: unknown = value ? JSON.parse(value) : undefined;
    return typeof json === 'object' && json && !Array.isArray(json) ? (json as CrisisLines) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The lines for a region and language: the site's (in `lang`, else English) over the built-in ones
 * (`builtIn`: the built-in table in `lang`, English by default).
 */
export function crisisLinesFor(region: string, lang: Lang, custom?: CrisisLines, builtIn: CrisisLineTable = DEFAULT_CRISIS_LINES): CrisisLine[] {
  const key = region.trim().toLowerCase();
  const set = custom?.[key];
  const lines: unknown = set ? (set[lang] ?? set.en) : (builtIn[key] ?? DEFAULT_CRISIS_LINES[key]);
  // A site's lines may come as JSON of any shape: only lines with a name and a list of actions, and actions with a safe link.
  return (Array.isArray(lines) ? (lines as CrisisLine[]) : []).flatMap((l) =>
    typeof l?.name === 'string' && Array.isArray(l.actions) ? [{...l, actions: l.actions.flatMap((a) => (typeof a?.label === 'string' && safeUrl(a.href) ? [{label: a.label, href: safeUrl(a.href)!}] : []))}] : [],
  );
}
