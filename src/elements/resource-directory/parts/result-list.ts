/** The results list and the empty state: drawn only once services are here (they come with the engine chunk). */
import {html, nothing, type TemplateResult} from 'lit';
import type {ResourceDirectoryStrings} from '../../../locales/en/resource-directory.js';
import type {FilterResult} from '../data.js';

export function renderEmptyResults(s: ResourceDirectoryStrings, busy: boolean, clear: () => void): TemplateResult {
  return html`<div class="state empty" part="empty" aria-busy=${busy ? 'true' : 'false'}>
    <p><strong>${s.emptyTitle}</strong></p>
    <p>${s.emptyHint}</p>
    <button type="button" @click=${clear}>${s.clearFilters}</button>
  </div>`;
}

export interface ResultsProps {
  s: ResourceDirectoryStrings;
  shown: readonly FilterResult[];
  busy: boolean;
  /** More rows or pages remain (the sentinel and "Load more"). */
  more: boolean;
  loadingMore: boolean;
  /** A further page could not be loaded: its message (with "Try again"). */
  moreError?: string;
  retryText: string;
  card: (fr: FilterResult) => TemplateResult;
  showMore: () => void;
}

export function renderResultList(p: ResultsProps): TemplateResult {
  const {s} = p;
  return html`<section class="results" aria-labelledby="results-h" aria-busy=${p.busy ? 'true' : 'false'}>
    <h2 id="results-h" class="visually-hidden">${s.heading}</h2>
    <ul class="list" part="list" role="list">
      ${p.shown.map((fr) => html`<li>${p.card(fr)}</li>`)}
    </ul>
    ${p.more
      ? html`<div class="sentinel" aria-hidden="true"></div>
          <div class="more">
            ${p.moreError ? html`<div class="state error" role="alert" part="error"><p>${p.moreError}</p></div>` : nothing}
            ${p.loadingMore
              ? html`<p role="status">${s.loadingMore}</p>`
              : html`<button type="button" class="load-more" @click=${p.showMore}>${p.moreError ? p.retryText : s.loadMore}</button>`}
          </div>`
      : nothing}
  </section>`;
}
