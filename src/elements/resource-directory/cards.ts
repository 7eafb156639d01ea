/**
 * The result cards, their contact links and the hours verdict as text (the detail reuses the last
 * two): drawn only once services are loaded, so they travel in the engine chunk with the adapter and
 * the filter, not in the directory's first load.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {dateTimeFormat, dayName, formatNumber, timeIn, wallTime} from '../../core/i18n.js';
import {distance} from '../../model/geo.js';
import {safeUrl} from '../../model/text.js';
import type {OpenStatus, Resource} from '../../model/resource.js';
import {statusAt, type FilterResult} from '../../model/resource-filter.js';
import type {ResourceDirectoryStrings} from '../../locales/en/resource-directory.js';
import {addressText, directionsUrl, scheduleZone, shownLocation, smsUrl, telUrl} from './links.js';

/** What the cards need from the element. */
export interface CardContext {
  s: ResourceDirectoryStrings;
  /** BCP 47 tag for numbers, times and dates. */
  tag: string;
  now: number;
  /** The embed's time zone. */
  zone: string;
  near: {lat: number; lng: number} | undefined;
  unit: 'mi' | 'km';
  /** The filter's statuses are from this minute (else a card computes its own). */
  fresh: boolean;
  isSaved(id: string): boolean;
  open(r: Resource, e: Event): void;
  toggleSaved(r: Resource): void;
}

type Times = Pick<CardContext, 'tag' | 'now' | 'zone'>;

function timeAt(c: Times, ms: number, tz: string | number): string {
  return typeof tz === 'number' ? wallTime(((Math.floor((ms / 60000 + tz) % 1440) + 1440) % 1440), c.tag) : timeIn(ms, c.tag, tz);
}

function dayKey(ms: number, tz: string | number): string {
  if (typeof tz === 'number') return new Date(ms + tz * 60000).toISOString().slice(0, 10);
  return dateTimeFormat('en-CA', {timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit'}).format(ms);
}

function weekdayAt(c: Times, ms: number, tz: string | number): string {
  if (typeof tz === 'number') return dayName(new Date(ms + tz * 60000).getUTCDay(), c.tag);
  return dateTimeFormat(c.tag, {weekday: 'long', timeZone: tz}).format(ms);
}

/** "Open 24 hours", "Closes at 5:00 PM", "Opens Monday at 9:00 AM", "Hours unknown"… */
export function statusText(c: Times & {s: ResourceDirectoryStrings}, r: Resource, known?: OpenStatus): {text: string; state: OpenStatus['state']} {
  const s = c.s;
  const st = known ?? statusAt(r, c.now, c.zone);
  const tz = scheduleZone(r.schedules, c.zone, c.now);
  if (st.state === 'open') {
    if (st.allDay) return {state: 'open', text: s.open24};
    if (st.closesInMinutes !== undefined && st.closesInMinutes <= 60) return {state: 'open', text: s.openClosesIn(Math.max(1, Math.round(st.closesInMinutes)))};
    if (st.closesAt !== undefined) return {state: 'open', text: s.openClosesAt(timeAt(c, st.closesAt, tz))};
    return {state: 'open', text: s.open};
  }
  if (st.state === 'closed') {
    if (st.opensAt === undefined) return {state: 'closed', text: s.closed};
    const time = timeAt(c, st.opensAt, tz);
    const sameDay = dayKey(st.opensAt, tz) === dayKey(c.now, tz);
    const tomorrowOrLater = !sameDay && st.opensAt - c.now > 6 * 3600_000;
    return {state: 'closed', text: tomorrowOrLater ? s.closedOpensOn(weekdayAt(c, st.opensAt, tz), time) : s.closedOpensAt(time)};
  }
  return {state: 'unknown', text: st.expired ? s.hoursOutOfDate : s.hoursUnknown};
}

/** A "last verified" date, as a calendar date. */
export function verified(tag: string, date: string): string {
  const d = /^\d{4}-\d{2}-\d{2}/.test(date) ? new Date(date.slice(0, 10) + 'T12:00:00Z') : new Date(date);
  return Number.isNaN(d.getTime()) ? date : dateTimeFormat(tag, {dateStyle: 'medium', timeZone: 'UTC'}).format(d);
}

/** A service's status in the directory's words ("temporarily_closed" too); a value HSDS does not define as the feed wrote it. */
function serviceStatusText(s: ResourceDirectoryStrings, status: string): string {
  const key = status.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return Object.hasOwn(s.serviceStatus, key) ? s.serviceStatus[key] : status;
}

/** Call, text, directions, website and email links (only safe URLs). */
export function renderActions(s: ResourceDirectoryStrings, r: Resource, loc = r.location): TemplateResult {
  const voice = r.phones.find((p) => p.type !== 'fax' && p.type !== 'text' && p.type !== 'pager') ?? undefined;
  const textable = r.phones.find((p) => p.type === 'text' || p.type === 'cell');
  const tel = voice && telUrl(voice.number, voice.extension);
  const sms = textable && smsUrl(textable.number);
  const web = safeUrl(r.url);
  const mail = r.email && /^[^\s@<>]+@[^\s@<>]+$/.test(r.email) ? safeUrl(`mailto:${r.email}`) : undefined;
  const dir = directionsUrl(r, loc);
  const ext = (label: string, href: string) =>
    html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${s.opensNewTab}</span></a>`;
  return html`${tel ? html`<a href=${tel}>${s.call} <span class="num" dir="ltr">${voice!.number}</span></a>` : nothing}
  ${sms ? html`<a href=${sms}>${s.text} <span class="num" dir="ltr">${textable!.number}</span></a>` : nothing}
  ${dir ? ext(s.directions, dir) : nothing} ${web && /^https?:/.test(web) ? ext(s.website, web) : nothing}
  ${mail ? html`<a href=${mail}>${s.email}</a>` : nothing}`;
}

function distanceTo(c: CardContext, r: Resource): number | undefined {
  const loc = r.location;
  if (!c.near || loc?.latitude === undefined || loc.longitude === undefined) return undefined;
  return distance(c.near, {lat: loc.latitude, lng: loc.longitude}, c.unit);
}

/** One service in the results or a saved/shared list. */
export function renderCard(c: CardContext, r: Resource, fr?: FilterResult): TemplateResult {
  const s = c.s;
  const d = fr ? fr.distance : distanceTo(c, r);
  // A card's status is the filter's when it is from this minute, else fresh (cached per minute).
  const st = statusText(c, r, fr && c.fresh ? fr.status : undefined);
  const saved = c.isSaved(r.id);
  const loc = shownLocation(r, c.near);
  const address = addressText(loc?.address);
  return html`<article class="card" part="result">
    <h3><button type="button" class="name" data-id=${r.id} @click=${(e: Event) => c.open(r, e)}><bdi>${r.name}</bdi></button></h3>
    ${r.organization?.name && r.organization.name !== r.name ? html`<p class="org"><bdi>${r.organization.name}</bdi></p>` : nothing}
    <p class="meta">
      <span class="status ${st.state}" part="status">${st.text}</span>
      ${d !== undefined ? html`<span class="distance">${s.distance(formatNumber(d, c.tag, {maximumFractionDigits: d < 10 ? 1 : 0}), c.unit === 'km' ? s.unitKm : s.unitMi)}</span>` : nothing}
      ${r.status && r.status !== 'active' ? html`<span class="svc-status">${s.status(serviceStatusText(s, r.status))}</span>` : nothing}
    </p>
    ${r.alert ? html`<p class="alert"><bdi>${r.alert}</bdi></p>` : nothing}
    ${address ? html`<p class="address"><bdi>${address}</bdi></p>` : nothing}
    ${r.assuredDate ? html`<p class="verified">${s.lastVerified(verified(c.tag, r.assuredDate))}</p>` : nothing}
    <div class="actions" part="actions">
      ${renderActions(s, r, loc)}
      <button type="button" class="save no-print" aria-pressed=${saved ? 'true' : 'false'} aria-label=${saved ? s.savedNamed(r.name) : s.saveNamed(r.name)} @click=${() => c.toggleSaved(r)}>
        ${saved ? s.saved : s.save}
      </button>
    </div>
  </article>`;
}
