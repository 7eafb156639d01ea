/** The finder's toolbar: search box, filter toggle (with the active count), list / map, print. */
import {html, nothing, type TemplateResult} from 'lit';
import {formatNumber} from '../../../core/i18n.js';
import type {MeetingFinderStrings} from '../../../locales/en/meeting-finder.js';
import type {FilterPatch} from './filters.js';

export interface ToolbarProps {
  s: MeetingFinderStrings;
  tag: string;
  query: string | undefined;
  /** Filters active (the pill on the toggle). */
  active: number;
  map: boolean;
  /** The filter panel exists (a feed has loaded and is not in error). */
  filters: boolean;
  filtersOpen: boolean;
  /** Meetings are shown (printing makes sense). */
  ready: boolean;
  change: (patch: FilterPatch) => void;
  toggleFilters: () => void;
  print: () => void;
}

export function renderToolbar(p: ToolbarProps): TemplateResult {
  const {s, active: n} = p;
  return html`<div class="toolbar" part="toolbar">
    <label class="search">
      <span class="visually-hidden">${s.search}</span>
      <input type="search" name="query" autocomplete="off" placeholder=${s.searchPlaceholder} .value=${p.query ?? ''} @input=${(e: Event) => p.change({query: (e.target as HTMLInputElement).value || undefined})} />
    </label>
    <button type="button" class="filters-toggle" ?disabled=${!p.filters} aria-expanded=${p.filtersOpen && p.filters ? 'true' : 'false'} aria-controls=${p.filters ? 'filters' : nothing} @click=${p.toggleFilters}>
      ${s.filters}${n ? html` <span class="pill" aria-hidden="true">${formatNumber(n, p.tag)}</span><span class="visually-hidden">, ${s.filtersActive(n)}</span>` : nothing}
    </button>
    <div class="views" role="group" aria-label=${s.viewLabel}>
      <button type="button" aria-pressed=${p.map ? 'false' : 'true'} @click=${() => p.change({view: undefined})}>${s.listView}</button>
      <button type="button" aria-pressed=${p.map ? 'true' : 'false'} @click=${() => p.change({view: 'map'})}>${s.mapView}</button>
    </div>
    <button type="button" class="print" ?disabled=${!p.ready} @click=${p.print}>${s.print}</button>
  </div>`;
}
