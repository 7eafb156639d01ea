/**
 * Site configuration parsed from attributes: the category list (`categories`) and the crisis lines
 * (`crisis-lines`). Both take JSON; a label is a string or `{"en": "…", "es": "…"}`.
 *
 *   categories='["Detox", {"id": "harm-reduction", "label": {"en": "Harm reduction", "es": "Reducción de daños"}, "terms": ["naloxone"]}]'
 *   crisis-lines='[{"label": "Call 988", "href": "tel:988"}]'
 */
import type {Lang} from '../../core/i18n.js';
import {safeUrl} from '../../model/text.js';

export type Label = string | Partial<Record<Lang, string>>;
export interface CategoryOption {
  /** Sent to the source as the category (taxonomy term id or name). */
  id: string;
  label: Label;
  /** Taxonomy term names, codes or ids that belong to this category (default: the id and the labels). */
  terms?: string[];
}
export interface CrisisLine {
  label: Label;
  href: string;
}

export function labelIn(label: Label, lang: Lang): string {
  return typeof label === 'string' ? label : (label[lang] ?? label.en ?? Object.values(label)[0] ?? '');
}

function parseJson(value: string | undefined | null): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

const isLabel = (v: unknown): v is Label => typeof v === 'string' || (typeof v === 'object' && v !== null && !Array.isArray(v));

/** Parses the `categories` attribute; undefined when absent or malformed (the defaults apply). */
export function parseCategories(value: string | undefined | null): CategoryOption[] | undefined {
  const v = parseJson(value);
  if (!Array.isArray(v)) return undefined;
  const out: CategoryOption[] = [];
  for (const item of v) {
    if (typeof item === 'string' && item.trim()) out.push({id: item.trim(), label: item.trim()});
    else if (item && typeof item === 'object' && typeof item.id === 'string' && item.id && isLabel(item.label ?? item.id)) {
      const terms = Array.isArray(item.terms) ? item.terms.filter((t: unknown): t is string => typeof t === 'string' && !!t) : undefined;
      out.push({id: item.id, label: item.label ?? item.id, ...(terms?.length ? {terms} : {})});
    }
  }
  return out.length ? out : undefined;
}

/** Parses the `crisis-lines` attribute (only tel:, sms:, http(s): links are kept). */
export function parseCrisisLines(value: string | undefined | null): CrisisLine[] | undefined {
  const v = parseJson(value);
  if (!Array.isArray(v)) return undefined;
  const out: CrisisLine[] = [];
  for (const item of v) {
    const href = item && typeof item === 'object' ? safeUrl(item.href) : undefined;
    if (href && isLabel(item.label)) out.push({label: item.label, href});
  }
  return out.length ? out : undefined;
}
