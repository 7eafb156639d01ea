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

export const DEFAULT_CRISIS_LINES: CrisisLines = {
  us: {
    en: [
      {
        name: '988 Suicide & Crisis Lifeline',
        description: 'Call or text 988, or chat online. Free, confidential, 24/7, including for drug and alcohol crises.',
        actions: [
          {label: 'Call 988', href: 'tel:988'},
          {label: 'Text 988', href: 'sms:988'},
          {label: 'Chat at 988lifeline.org', href: 'https://988lifeline.org/chat/'},
        ],
      },
      {
        name: 'SAMHSA National Helpline',
        description: '1-800-662-4357 (1-800-662-HELP): free, confidential treatment referral and information, 24/7, in English and Spanish. TTY 1-800-487-4889.',
        actions: [{label: 'Call 1-800-662-4357', href: 'tel:+18006624357'}],
      },
      {
        name: 'Overdose or immediate danger',
        description: 'Call 911 now. If you have naloxone (Narcan), use it and stay with the person.',
        actions: [{label: 'Call 911', href: 'tel:911'}],
      },
    ],
    es: [
      {
        name: '988 Línea de Prevención del Suicidio y Crisis',
        description: 'Llama al 988 y marca 2 para hablar en español, envía un mensaje de texto al 988 o chatea en línea. Gratis, confidencial, las 24 horas, también para crisis por alcohol o drogas.',
        actions: [
          {label: 'Llamar al 988 (marca 2)', href: 'tel:988'},
          {label: 'Enviar texto al 988', href: 'sms:988'},
          {label: 'Chat en 988lineadevida.org', href: 'https://988lineadevida.org/'},
        ],
      },
      {
        name: 'Línea Nacional de Ayuda de SAMHSA',
        description: '1-800-662-4357 (1-800-662-HELP): información y referidos a tratamiento, gratis y confidencial, las 24 horas, en español e inglés. TTY 1-800-487-4889.',
        actions: [{label: 'Llamar al 1-800-662-4357', href: 'tel:+18006624357'}],
      },
      {
        name: 'Sobredosis o peligro inmediato',
        description: 'Llama al 911 ahora. Si tienes naloxona (Narcan), úsala y quédate con la persona.',
        actions: [{label: 'Llamar al 911', href: 'tel:911'}],
      },
    ],
  },
};

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

/** The lines for a region and language: the site's over the built-in ones, English as fallback. */
export function crisisLinesFor(region: string, lang: Lang, custom?: CrisisLines): CrisisLine[] {
  const key = region.trim().toLowerCase();
  const set = custom?.[key] ?? DEFAULT_CRISIS_LINES[key];
  const lines: unknown = set?.[lang] ?? set?.en;
  // A site's lines may come as JSON of any shape: only lines with a name and a list of actions, and actions with a safe link.
  return (Array.isArray(lines) ? (lines as CrisisLine[]) : []).flatMap((l) =>
    typeof l?.name === 'string' && Array.isArray(l.actions) ? [{...l, actions: l.actions.flatMap((a) => (typeof a?.label === 'string' && safeUrl(a.href) ? [{label: a.label, href: safeUrl(a.href)!}] : []))}] : [],
  );
}
