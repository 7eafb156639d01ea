/**
 * The "What do these mean?" legend of meeting types: a disclosure (`<details>`, so it opens and
 * closes with Enter or Space on its summary, and Escape closes it with the focus back on the
 * summary) with a description list. In the type filter (the lazy parts chunk) and beside a meeting's
 * types (the details chunk); the descriptions table is a lazy table of its own.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {I18n} from '../../../core/i18n.js';
import {typeDescription, type SiteTypeText} from '../../../model/site-types.js';
import {meetingTypeDescriptions} from '../../../locales/tables/meeting-type-descriptions.js';
import type {MeetingFinderStrings} from '../../../locales/en/meeting-finder.js';

/** Hybrid attendance in the legend (not a Meeting Guide code: the feed's attendance says it). */
export const HYBRID = 'HY';

export interface LegendProps {
  s: MeetingFinderStrings;
  i18n: I18n;
  tag: string;
  /** The codes to explain, in order (those without a description are left out). */
  codes: readonly string[];
  /** A code's display name. */
  name: (code: string) => string;
  site?: SiteTypeText;
}

/** Escape in an open legend closes it (and not the dialog around it), the focus back on its summary. */
function onKeydown(e: KeyboardEvent) {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.preventDefault();
  e.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

export function renderTypeLegend(p: LegendProps): TemplateResult | typeof nothing {
  const builtIn: Readonly<Record<string, string>> = p.i18n.pick(meetingTypeDescriptions);
  const entries: [string, string][] = [];
  for (const code of new Set(p.codes)) {
    const d = typeDescription(code, p.tag, p.site, builtIn);
    if (d) entries.push([code, d]);
  }
  if (!entries.length) return nothing;
  return html`<details class="legend" @keydown=${onKeydown}>
    <summary>${p.s.typeLegend}</summary>
    <dl>
      ${entries.map(([code, d]) => html`<div><dt>${code === HYBRID ? p.s.attendanceNames.hybrid : p.name(code)}</dt><dd>${d}</dd></div>`)}
    </dl>
  </details>`;
}
