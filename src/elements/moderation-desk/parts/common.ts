/** What every queue of the desk draws: dates in the desk's language, the status filter, an action's outcome. */
import {html, nothing, type TemplateResult} from 'lit';
import {dateTimeFormat} from '../../../core/i18n.js';
import type {ModerationDeskStrings} from '../../../locales/en/moderation-desk.js';

/** What came of the last action, shown under the item it was about. */
export type Notice = {ok: boolean; text: string; id?: string};

/** A day (`YYYY-MM-DD`, or the date of a timestamp) as the visitor's calendar says it. */
export function day(ymd: string, tag: string): string {
  const t = Date.parse(`${ymd.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? ymd : dateTimeFormat(tag, {dateStyle: 'medium', timeZone: 'UTC'}).format(t);
}

/** A moment, with its time. */
export function instant(value: string, tag: string): string {
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : dateTimeFormat(tag, {dateStyle: 'medium', timeStyle: 'short'}).format(t);
}

export interface FilterProps<F extends string> {
  s: ModerationDeskStrings;
  id: string;
  value: F;
  /** The choices in order, with their names. */
  order: readonly F[];
  names: Record<F, string>;
  onChange(value: F): void;
  onRefresh(): void;
}

export function renderFilter<F extends string>(p: FilterProps<F>): TemplateResult {
  return html`<div class="toolbar">
    <div class="field">
      <label for=${p.id}>${p.s.statusFilter}</label>
      <select id=${p.id} @change=${(e: Event) => p.onChange((e.target as HTMLSelectElement).value as F)}>
        ${p.order.map((o) => html`<option value=${o} ?selected=${o === p.value}>${p.names[o]}</option>`)}
      </select>
    </div>
    <button type="button" @click=${p.onRefresh}>${p.s.refresh}</button>
  </div>`;
}

/** The outcome of an action on item `id`: said politely when it worked, as an alert when it did not. */
export function renderNotice(notice: Notice | undefined, id: string): TemplateResult {
  const mine = notice && notice.id === id ? notice : undefined;
  return html`<p class="live" role="status">${mine?.ok ? html`<span class="notice">${mine.text}</span>` : nothing}</p>
    ${mine && !mine.ok ? html`<p class="notice bad" role="alert">${mine.text}</p>` : nothing}`;
}
