/** The finder's results: the loading state, the empty state, the list (a window of it), the map region. */
import {html, nothing, type TemplateResult} from 'lit';
import {joinIsolated} from '../../../core/bidi.js';
import {formatNumber} from '../../../core/i18n.js';
import type {Occurrence} from '../../../model/meeting.js';
import {localAddress} from '../../../model/address.js';
import {TEMPORARILY_CLOSED} from '../../../model/meeting-type-codes.js';
import type {MeetingFinderStrings} from '../../../locales/en/meeting-finder.js';
import type {MapState} from '../map-view.js';

/** Nothing to list: with the filters' hint and a "Clear filters" button, unless the visitor has no controls (`clear` undefined). */
export function renderEmpty(s: MeetingFinderStrings, clear: (() => void) | undefined): TemplateResult {
  return html`<div class="state empty" part="empty">
    <p>${s.empty}</p>
    ${clear
      ? html`<p class="hint">${s.emptyHint}</p>
          <button type="button" class="primary" @click=${clear}>${s.clearFilters}</button>`
      : nothing}
  </div>`;
}

/** A row's badges: ended / in progress / starting soon, attendance, temporarily closed. */
export function renderBadges(s: MeetingFinderStrings, o: Occurrence, status: 'ended' | 'in-progress' | 'soon' | string | undefined): TemplateResult {
  const a = o.meeting.attendance;
  return html`${status === 'ended' ? html`<span class="badge ended" part="badge">${s.ended}</span>` : nothing}${status === 'in-progress' ? html`<span class="badge now" part="badge">${s.inProgress}</span>` : status === 'soon' ? html`<span class="badge soon" part="badge">${s.startingSoon}</span>` : nothing}
    ${a ? html`<span class="badge ${a}" part="badge">${s.attendanceNames[a]}</span>` : nothing}
    ${o.meeting.types.includes(TEMPORARILY_CLOSED) ? html`<span class="badge closed" part="badge">${s.temporarilyClosed}</span>` : nothing}`;
}

export interface ListProps {
  s: MeetingFinderStrings;
  tag: string;
  results: readonly Occurrence[];
  /** Rows rendered (every result when printing). */
  shown: number;
  /** Heading level of each meeting's name. */
  level: number;
  unit: 'mi' | 'km';
  label: (o: Occurrence) => {when: string; yours?: string};
  badges: (o: Occurrence) => TemplateResult;
  starred: (o: Occurrence) => boolean;
  open: (o: Occurrence) => void;
  star: (o: Occurrence) => void;
  more: () => void;
}

function renderItem(p: ListProps, o: Occurrence): TemplateResult {
  const {s} = p;
  const m = o.meeting;
  const fav = p.starred(o);
  const place = [m.location, m.approximate || !m.address ? undefined : localAddress(m.address, p.tag)].filter((x): x is string => !!x);
  const {when, yours} = p.label(o);
  return html`<li class="meeting" part="meeting">
    <div class="when">
      <span class="time">${when}</span>
      ${yours ? html`<span class="yours">${yours}</span>` : nothing}
    </div>
    <div class="what">
      <div class="name" role="heading" aria-level=${p.level}><button type="button" class="open link" data-id=${m.id} @click=${() => p.open(o)}><bdi>${m.name}</bdi></button></div>
      <div class="badges">${p.badges(o)}</div>
      ${place.length ? html`<p class="place"><span>${joinIsolated(place, ' · ')}</span></p>` : nothing}
      ${m.regions.length ? html`<p class="region">${joinIsolated(m.regions, ' › ')}</p>` : nothing}
      ${o.distance !== undefined ? html`<p class="distance">${s.distanceAway(formatNumber(o.distance, p.tag, {maximumFractionDigits: 1}), p.unit)}</p>` : nothing}
    </div>
    <button type="button" class="star" aria-pressed=${fav ? 'true' : 'false'} aria-label=${fav ? s.removeFavourite(m.name) : s.addFavourite(m.name)} @click=${() => p.star(o)}>
      <span aria-hidden="true">${fav ? '★' : '☆'}</span>
    </button>
  </li>`;
}

/** The list: a page at a time on screen (`shown`), with a sentinel and "Show more" while more remain. */
export function renderList(p: ListProps): TemplateResult {
  return renderRows(p, renderItem, 'list');
}

/** A page of rows drawn by `row` (the full rows, or the compact ones), with "Show more" while more remain. */
export function renderRows(p: ListProps, row: (p: ListProps, o: Occurrence) => TemplateResult, className: string): TemplateResult {
  const shown = p.results.slice(0, p.shown);
  return html`<ul class=${className} part="list" aria-label=${p.s.resultCount(p.results.length)}>
      ${shown.map((o) => row(p, o))}
    </ul>
    ${shown.length < p.results.length
      ? html`<div class="more"><span class="sentinel"></span><button type="button" @click=${p.more}>${p.s.showMore(shown.length, p.results.length)}</button></div>`
      : nothing}`;
}

export interface MapRegionProps {
  s: MeetingFinderStrings;
  state: MapState;
  /** Some result has a place on the map. */
  located: boolean;
  noTiles: string | undefined;
  retryText: string;
  retry: () => void;
}

/** The map's region: its states (loading, error with retry, no tiles, nothing to place) and its canvas. */
export function renderMapRegion(p: MapRegionProps): TemplateResult {
  const {s, state} = p;
  return html`<div class="map" part="map">
    ${state === 'idle' ? html`<p class="state" role="status">${s.mapLoading}</p>` : nothing}
    ${state === 'error'
      ? html`<div class="state error" role="alert">
          <p>${s.mapError}</p>
          <button type="button" @click=${p.retry}>${p.retryText}</button>
        </div>`
      : nothing}
    ${state === 'no-tiles' ? html`<p class="state" role="status">${p.noTiles}</p>` : nothing}
    ${(state === 'ready' || state === 'no-tiles') && !p.located ? html`<p class="state" role="status">${s.mapNoCoordinates}</p>` : nothing}
    <div class="map-canvas" role="region" aria-label=${s.mapLabel}></div>
  </div>`;
}
