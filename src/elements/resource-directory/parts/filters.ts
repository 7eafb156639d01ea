/** The directory's search form: words, category, language, open now, free, near me / near a place. */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Lang} from '../../../core/i18n.js';
import type {ResourceDirectoryStrings} from '../../../locales/en/resource-directory.js';
import {labelIn, type CategoryOption} from '../config.js';

export const RADII = [1, 5, 10, 25, 50, 100];

export interface DirectoryFilterProps {
  s: ResourceDirectoryStrings;
  lang: Lang;
  /** What the search box shows (what the visitor is typing, else the query). */
  typed: string;
  category?: string;
  language?: string;
  openNow: boolean;
  free: boolean;
  categories: readonly CategoryOption[];
  languages: readonly string[];
  languageName: (code: string) => string;
  /** The point results are measured from, named: "you", "the chosen place", or the preset. */
  nearName?: string;
  radius?: number;
  unit: string;
  busy: boolean;
  geocoder: boolean;
  filtered: boolean;
  typing: (value: string) => void;
  select: (key: 'category' | 'language' | 'radius', value: string) => void;
  check: (key: 'openNow' | 'cost', checked: boolean) => void;
  nearMe: () => void;
  nearPlace: () => void;
  clearNear: () => void;
  clear: () => void;
}

const value = (e: Event) => (e.target as HTMLSelectElement).value;
const checked = (e: Event) => (e.target as HTMLInputElement).checked;

/** A `<select>` of `options`, with the current value kept as an option even when the list lacks it. */
function choice(id: string, label: string, any: string, current: string | undefined, options: readonly [string, string][], change: (v: string) => void, name = (v: string) => v) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => change(value(e))}>
      <option value="" ?selected=${!current}>${any}</option>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${current === v}>${text}</option>`)}
      ${current && !options.some(([v]) => v === current) ? html`<option value=${current} selected>${name(current)}</option>` : nothing}
    </select>
  </div>`;
}

function near(p: DirectoryFilterProps) {
  const {s} = p;
  if (!p.nearName) return html`<button type="button" class="near-me" ?disabled=${p.busy} @click=${p.nearMe}>${s.nearMe}</button>`;
  const radii = [...new Set([...RADII, ...(p.radius ? [p.radius] : [])])].sort((a, b) => a - b);
  return html`<span>${s.nearLabel(p.nearName)}</span>
    <label for="radius">${s.radiusLabel}</label>
    <select id="radius" @change=${(e: Event) => p.select('radius', value(e))}>
      <option value="" ?selected=${!p.radius}>${s.anyDistance}</option>
      ${radii.map((r) => html`<option value=${r} ?selected=${p.radius === r}>${s.radiusOption(r, p.unit)}</option>`)}
    </select>
    <button type="button" @click=${p.clearNear}>${s.clearNear}</button>`;
}

export function renderDirectoryFilters(p: DirectoryFilterProps): TemplateResult {
  const {s} = p;
  return html`<form class="filters" part="filters" role="search" aria-label=${s.searchLabel} @submit=${(e: Event) => e.preventDefault()}>
    <div class="field grow">
      <label for="q">${s.searchLabel}</label>
      <input id="q" type="search" autocomplete="off" placeholder=${s.searchPlaceholder} .value=${live(p.typed)} @input=${(e: Event) => p.typing((e.target as HTMLInputElement).value)} />
    </div>
    ${choice('category', s.categoryLabel, s.allCategories, p.category, p.categories.map((c) => [c.id, labelIn(c.label, p.lang)]), (v) => p.select('category', v))}
    ${p.languages.length || p.language ? choice('language', s.languageLabel, s.anyLanguage, p.language, p.languages.map((l) => [l, p.languageName(l)]), (v) => p.select('language', v), p.languageName) : nothing}
    <div class="checks">
      <label><input type="checkbox" .checked=${live(p.openNow)} @change=${(e: Event) => p.check('openNow', checked(e))} /> ${s.openNow}</label>
      <label><input type="checkbox" .checked=${live(p.free)} @change=${(e: Event) => p.check('cost', checked(e))} /> ${s.free}</label>
    </div>
    <div class="near">${near(p)}</div>
    ${p.geocoder
      ? html`<div class="field place">
          <label for="place">${s.placeLabel}</label>
          <span class="inline">
            <input id="place" type="text" autocomplete="off" placeholder=${s.placePlaceholder} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), p.nearPlace())} />
            <button type="button" ?disabled=${p.busy} @click=${p.nearPlace}>${s.placeGo}</button>
          </span>
        </div>`
      : nothing}
    ${p.filtered ? html`<button type="button" class="clear" @click=${p.clear}>${s.clearFilters}</button>` : nothing}
  </form>`;
}
