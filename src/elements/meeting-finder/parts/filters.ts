/** The finder's filter panel: day, time of day, attendance, area, types, distance, favourites. */
import {html, nothing, type TemplateResult} from 'lit';
import {dayName, formatNumber} from '../../../core/i18n.js';
import {fold} from '../../../model/text.js';
import type {MeetingFinderStrings} from '../../../locales/en/meeting-finder.js';
import type {I18n} from '../../../core/i18n.js';
import type {SiteTypeText} from '../../../model/site-types.js';
import {LANGUAGE_TYPES, ONLINE_TYPE} from '../../../model/meeting-type-codes.js';
import {parseAttendance, parseDays, parseLanguages, parseTimes, parseTypes, setTypeMode, TIMES, toggleWord, typeMode, type FilterAttributes} from '../filters.js';
import {HYBRID, renderTypeLegend} from './type-legend.js';

export const RADII = [1, 2, 5, 10, 25, 50];

export type FilterPatch = Partial<Record<keyof FilterAttributes | 'view' | 'favourites', unknown>>;

export interface FilterPanelProps extends FilterAttributes {
  s: MeetingFinderStrings;
  tag: string;
  /** Monday first (Spanish) or Sunday first. */
  /** The first day of the week in the visitor's language (0 = Sunday, 1 = Monday, 6 = Saturday). */
  weekStart: number;
  open: boolean;
  favourites: boolean;
  unit: 'mi' | 'km';
  regions: readonly {name: string; depth: number}[];
  regionSearch: string;
  typeCodes: readonly string[];
  typesOpen: boolean;
  /** The type names' chunk is here (else "Loading…" in the open list). */
  namesReady: boolean;
  typeLabel: (code: string) => string;
  i18n: I18n;
  /** The site's `type-descriptions`, validated. */
  typeDescriptions?: SiteTypeText;
  /** The feed's meeting languages (BCP 47), empty when not worth a filter. */
  languageOptions: readonly string[];
  loadingText: string;
  locating: boolean;
  busy: boolean;
  geocoder: boolean;
  forget: TemplateResult;
  change: (patch: FilterPatch) => void;
  searchRegions: (value: string) => void;
  toggleTypes: (open: boolean) => void;
  nearMe: () => void;
  nearPlace: (place: string) => void;
  clear: () => void;
}

const checked = (e: Event) => (e.target as HTMLInputElement).checked;
const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

function chips(p: FilterPanelProps) {
  const {s, tag} = p;
  const days = (parseDays(p.day) as (string | number)[]).map(String);
  const times = parseTimes(p.time);
  const attendance = parseAttendance(p.attendance) ?? '';
  const order = [0, 1, 2, 3, 4, 5, 6].map((d) => (d + p.weekStart) % 7);
  const dayBox = (v: string, label: string) =>
    html`<label class="chip"><input type="checkbox" name="day" .value=${v} .checked=${days.includes(v)} @change=${(e: Event) => p.change({day: toggleWord(p.day, v, checked(e)) || undefined})} />${label}</label>`;
  return html`<fieldset>
      <legend>${s.day}</legend>
      <div class="chips">${dayBox('today', s.today)} ${dayBox('tomorrow', s.tomorrow)} ${order.map((d) => dayBox(String(d), dayName(d, tag)))}</div>
    </fieldset>
    <fieldset>
      <legend>${s.time}</legend>
      <div class="chips">
        ${TIMES.map((t) => html`<label class="chip"><input type="checkbox" name="time" .value=${t} .checked=${times.includes(t)} @change=${(e: Event) => p.change({time: toggleWord(p.time, t, checked(e)) || undefined})} />${s.timeNames[t]}</label>`)}
      </div>
    </fieldset>
    <fieldset>
      <legend>${s.attendance}</legend>
      <div class="chips">
        ${['', 'in-person', 'online', 'hybrid'].map(
          (a) => html`<label class="chip"><input type="radio" name="attendance" .value=${a} .checked=${attendance === a} @change=${() => p.change({attendance: a || undefined})} />${a ? s.attendanceNames[a] : s.anyAttendance}</label>`,
        )}
      </div>
    </fieldset>`;
}

function regionField(p: FilterPanelProps) {
  if (!p.regions.length) return nothing;
  const {s} = p;
  const rq = fold(p.regionSearch.trim());
  const regions = rq ? p.regions.filter((r) => fold(r.name).includes(rq) || r.name === p.region) : p.regions;
  return html`<div class="field">
    ${p.regions.length > 12
      ? html`<label class="stack">${s.regionSearch}<input type="search" name="region-search" autocomplete="off" .value=${p.regionSearch} @input=${(e: Event) => p.searchRegions(value(e))} /></label>`
      : nothing}
    <label class="stack"
      >${s.region}
      <select name="region" @change=${(e: Event) => p.change({region: value(e) || undefined})}>
        <option value="" ?selected=${!p.region}>${s.anyRegion}</option>
        ${regions.map((r) => html`<option .value=${r.name} ?selected=${r.name === p.region}>${'\u2003'.repeat(r.depth)}${r.name}</option>`)}
      </select></label
    >
  </div>`;
}

let names: {tag: string; of: (code: string) => string | undefined} | undefined;
/**
 * A language's name in the visitor's language (`es` → "Spanish", "espagnol"), else the name of its
 * type code (sign languages: not every browser's `Intl.DisplayNames` names `ase`), else its code.
 */
function languageName(code: string, tag: string, typeLabel: (code: string) => string): string {
  if (names?.tag !== tag) {
    let d: Intl.DisplayNames | undefined;
    try {
      d = new Intl.DisplayNames([tag], {type: 'language'});
    } catch {
      d = undefined;
    }
    names = {tag, of: (c) => d?.of(c)};
  }
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined;
  }
  if (name && name !== code) return name;
  const typeCode = Object.keys(LANGUAGE_TYPES).find((c) => LANGUAGE_TYPES[c] === code);
  return typeCode ? typeLabel(typeCode) : code;
}

/** The language filter: a checkbox per language of the feed (and any chosen that it lacks); any of them. */
function languageField(p: FilterPanelProps) {
  const chosen = parseLanguages(p.languages);
  const options = [...new Set([...p.languageOptions, ...chosen])];
  if (!options.length) return nothing;
  return html`<fieldset class="languages">
    <legend>${p.s.meetingLanguages}</legend>
    <div class="chips">
      ${options.map(
        (l) =>
          html`<label class="chip"
            ><input type="checkbox" name="language" .value=${l} .checked=${chosen.includes(l)} @change=${(e: Event) => p.change({languages: toggleWord(chosen.join(' '), l, checked(e)) || undefined})} />${languageName(l, p.tag, p.typeLabel)}</label
          >`,
      )}
    </div>
  </fieldset>`;
}

/** The type list: a select per code in the feed (up to 87), built only once the visitor opens it. */
function typeList(p: FilterPanelProps) {
  if (!p.typeCodes.length) return nothing;
  const {s} = p;
  const count = parseTypes(p.types).length;
  const ready = p.typesOpen && p.namesReady;
  return html`<details class="types" ?open=${p.typesOpen} @toggle=${(e: Event) => p.toggleTypes((e.target as HTMLDetailsElement).open)}>
    <summary>${s.types}${count ? html` <span class="pill">${formatNumber(count, p.tag)}</span>` : nothing}</summary>
    <p class="hint" id="types-hint">${s.typesHint}</p>
    ${ready ? renderTypeLegend({s, i18n: p.i18n, tag: p.tag, codes: ['O', 'C', HYBRID, ONLINE_TYPE, ...p.typeCodes], name: p.typeLabel, site: p.typeDescriptions}) : nothing}
    <ul class="type-list">
      ${p.typesOpen && !ready ? html`<li>${p.loadingText}</li>` : nothing}
      ${(ready ? p.typeCodes : []).map((code) => {
        const mode = typeMode(p.types, code);
        return html`<li>
          <label
            ><span>${p.typeLabel(code)}</span>
            <select name=${`type-${code}`} data-code=${code} aria-describedby="types-hint" @change=${(e: Event) => p.change({types: setTypeMode(p.types, code, value(e) as 'any') || undefined})}>
              <option value="any" ?selected=${mode === 'any'}>${s.typeAny}</option>
              <option value="with" ?selected=${mode === 'with'}>${s.typeWith}</option>
              <option value="without" ?selected=${mode === 'without'}>${s.typeWithout}</option>
            </select></label
          >
        </li>`;
      })}
    </ul>
  </details>`;
}

function nearField(p: FilterPanelProps) {
  const {s} = p;
  return html`<fieldset class="near">
    <legend>${s.near}</legend>
    <div class="chips">
      <button type="button" class="near-me" ?disabled=${p.busy} @click=${p.nearMe}>${p.locating ? s.locating : s.nearMe}</button>
      ${p.near
        ? html`<label class="stack inline"
              >${s.within}
              <select name="radius" @change=${(e: Event) => p.change({radius: Number(value(e)) || undefined})}>
                <option value="" ?selected=${!p.radius}>${s.clearNear}</option>
                ${RADII.map((r) => html`<option .value=${String(r)} ?selected=${p.radius === r}>${s.radiusOption(r, p.unit, p.tag)}</option>`)}
              </select></label
            >
            <button type="button" class="clear-near" @click=${() => p.change({near: undefined, radius: undefined})}>${s.clearLocation}</button>`
        : nothing}
    </div>
    ${p.geocoder
      ? html`<form class="place" @submit=${(e: Event) => (e.preventDefault(), p.nearPlace((e.target as HTMLFormElement).querySelector('input')!.value))}>
          <label class="stack">${s.nearPlace}<input type="text" name="place" autocomplete="off" placeholder=${s.nearPlacePlaceholder} /></label>
          <button type="submit" ?disabled=${p.busy}>${s.nearPlaceGo}</button>
        </form>`
      : nothing}
  </fieldset>`;
}

export function renderFilters(p: FilterPanelProps): TemplateResult {
  return html`<div id="filters" class="filters" part="filters" ?data-open=${p.open}>
    ${chips(p)} ${languageField(p)} ${regionField(p)} ${typeList(p)} ${nearField(p)}
    <div class="chips">
      <label class="chip"><input type="checkbox" name="favourites" .checked=${p.favourites} @change=${(e: Event) => p.change({favourites: checked(e)})} />${p.s.favouritesOnly}</label>
      <button type="button" class="clear" @click=${p.clear}>${p.s.clearFilters}</button>
    </div>
    ${p.forget}
  </div>`;
}
