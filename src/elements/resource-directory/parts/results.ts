/** The directory's regions: the crisis row, the results (with "Load more"), the saved or shared list, the error state. */
import {html, nothing, type TemplateResult} from 'lit';
import type {Lang} from '../../../core/i18n.js';
import type {Resource} from '../../../model/resource.js';
import type {ResourceDirectoryStrings} from '../../../locales/en/resource-directory.js';
import {isolatePhones} from '../../../core/bidi.js';
import {labelIn, type CrisisLine} from '../config.js';

export function renderCrisisRow(s: ResourceDirectoryStrings, lang: Lang, lines: readonly CrisisLine[] | undefined): TemplateResult {
  const shown = lines ?? [
    {label: s.crisisCall988, href: 'tel:988'},
    {label: s.crisisText988, href: 'sms:988'},
    {label: s.crisisSamhsa, href: 'tel:+18006624357'},
  ];
  return html`<aside class="crisis" part="crisis" aria-label=${s.crisisHeading}>
    <p>${s.crisisHeading}</p>
    <ul>
      ${shown.map((l) => html`<li><a href=${l.href}>${isolatePhones(labelIn(l.label, lang))}</a></li>`)}
    </ul>
  </aside>`;
}

/** The error state: what went wrong in plain words, and a retry unless retrying cannot help (no `src`). */
export function renderDirectoryError(message: string, retry: (() => void) | undefined, retryText: string): TemplateResult {
  return html`<div class="state error" role="alert" part="error">
    <p>${message}</p>
    ${retry ? html`<button type="button" @click=${retry}>${retryText}</button>` : nothing}
  </div>`;
}

export interface ListPanelProps {
  s: ResourceDirectoryStrings;
  view: 'saved' | 'shared';
  ids: readonly string[];
  /** Ids of the shared list not saved yet ("Save all"). */
  unsaved: boolean;
  shareUrl: string;
  forget: TemplateResult;
  /** The error or loading state while the directory is not loaded. */
  state: TemplateResult | typeof nothing;
  loadingText: string;
  /** A listed service, `loading` while it is fetched, or `missing` when it could not be. */
  service: (id: string) => Resource | 'loading' | 'missing';
  /** The cards (once the directory has loaded). */
  card?: (r: Resource) => TemplateResult;
  back: () => void;
  print: () => void;
  /** "Print handout" (the button is the event's target: focus returns to it). */
  printHandout: (e: Event) => void;
  /** "Send to my phone / my email" for the list (once their chunk is here). */
  send: TemplateResult | typeof nothing;
  share: () => void;
  saveAll: () => void;
  remove: (id: string) => void;
}

/** "My list" (saved on this device) or a list shared as a link. */
export function renderListPanel(p: ListPanelProps): TemplateResult {
  const {s, ids} = p;
  const saved = p.view === 'saved';
  const item = (id: string) => {
    const r = p.service(id);
    if (typeof r === 'object') return html`<li>${p.card!(r)}</li>`;
    if (r === 'loading') return html`<li class="state loading">${p.loadingText}</li>`;
    return html`<li class="state">${s.missingService(id)} ${saved ? html`<button type="button" @click=${() => p.remove(id)}>${s.remove}</button>` : nothing}</li>`;
  };
  return html`<section class="panel" part="saved" aria-labelledby="panel-h">
    <h2 id="panel-h" tabindex="-1">${saved ? s.savedHeading : s.sharedHeading}</h2>
    <div class="panel-actions no-print">
      <button type="button" @click=${p.back}>${s.backToResults}</button>
      ${ids.length ? html`<button type="button" @click=${p.print}>${s.print}</button><button type="button" class="print-handout" @click=${p.printHandout}>${s.printHandout}</button>` : nothing}
      ${saved && ids.length ? html`<button type="button" @click=${p.share}>${s.share}</button>` : nothing}
      ${!saved && p.unsaved ? html`<button type="button" class="primary" @click=${p.saveAll}>${s.saveAll}</button>` : nothing}
    </div>
    ${ids.length ? p.send : nothing}
    ${p.shareUrl ? html`<div class="field no-print"><label for="share-link">${s.shareLabel}</label><input id="share-link" type="url" readonly .value=${p.shareUrl} /></div>` : nothing}
    ${saved ? html`<p class="hint no-print">${ids.length ? s.savedPrivacy : s.savedEmpty}</p><div class="no-print">${p.forget}</div>` : nothing}
    ${p.state} ${p.card && ids.length ? html`<ul class="list" part="list" role="list">${ids.map(item)}</ul>` : nothing}
  </section>`;
}
