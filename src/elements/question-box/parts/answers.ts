/**
 * The question box's answer views: "check my answer" (the receipt form and its result) and the
 * published questions and answers. Both need the network, so they are a lazy chunk: loaded when the
 * visitor opens the check tab, and alongside the first page of the public list.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {renderCodeField} from '../../../core/code-field.js';
import {dateTimeFormat} from '../../../core/i18n.js';
import type {PublishedPage, ReceiptStatus} from '../../../model/question.js';
import type {I18n} from '../../../core/i18n.js';
import type {QuestionBoxStrings} from '../../../locales/en/question-box.js';
// Only these views use these strings: they come with the chunk, out of the box's first load.
import {questionAnswers} from '../../../locales/tables/question-answers.js';

export type Lookup =
  | {kind: 'idle'}
  | {kind: 'empty'}
  | {kind: 'loading'}
  | {kind: 'found'; result: ReceiptStatus}
  | {kind: 'not-found'}
  | {kind: 'error'; error: unknown}
  /** The browser refused the lookup while the server answers reads (CORS): the site must fix it. */
  | {kind: 'blocked'};

/** What the views need from the element. */
export interface AnswersHost {
  s: QuestionBoxStrings;
  i18n: I18n;
  /** BCP 47 tag for dates. */
  tag: string;
  renderLoading(label?: string): TemplateResult;
  renderError(error: unknown, retry: () => void): TemplateResult;
}

export interface LookupView extends AnswersHost {
  lookup: Lookup;
  code: string;
  onCode(code: string): void;
  onSubmit(e: Event): void;
  retry(): void;
}

export interface ListView extends AnswersHost {
  search: string;
  goToPage(page: number): void;
}

function formatDate(ymd: string, tag: string): string {
  const t = Date.parse(`${ymd}T00:00:00Z`);
  return Number.isNaN(t) ? ymd : dateTimeFormat(tag, {dateStyle: 'medium', timeZone: 'UTC'}).format(t);
}

export function renderLookup(v: LookupView): TemplateResult {
  const a = v.i18n.pick(questionAnswers);
  const l = v.lookup;
  const invalid = l.kind === 'empty' || l.kind === 'not-found';
  return html`<section class="panel" part="lookup" aria-labelledby="lookup-title">
    <h3 id="lookup-title">${a.lookupTitle}</h3>
    <form novalidate @submit=${v.onSubmit}>
      ${renderCodeField({id: 'code', name: 'receipt', label: a.lookupLabel, hint: a.lookupHint, value: v.code, invalid, describedBy: invalid ? 'lookup-error' : undefined, input: v.onCode})}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${l.kind === 'loading'}>${a.lookupSubmit}</button>
      </div>
    </form>
    ${renderLookupResult(v)}
  </section>`;
}

function renderLookupResult(v: LookupView): TemplateResult | typeof nothing {
  const a = v.i18n.pick(questionAnswers);
  const l = v.lookup;
  switch (l.kind) {
    case 'idle':
      return nothing;
    case 'loading':
      return v.renderLoading(a.lookupChecking);
    case 'empty':
      return html`<p class="field-error" id="lookup-error" role="alert">${a.lookupEmpty}</p>`;
    case 'not-found':
      return html`<div class="notice refused" id="lookup-result" tabindex="-1" role="alert"><p id="lookup-error">${a.lookupNotFound}</p></div>`;
    case 'error':
      return html`<div id="lookup-result" tabindex="-1">${v.renderError(l.error, v.retry)}</div>`;
    case 'blocked':
      return html`<div class="notice refused" id="lookup-result" tabindex="-1" role="alert"><p>${a.lookupBlocked}</p></div>`;
    case 'found': {
      const r = l.result;
      return html`<div class="notice result" id="lookup-result" tabindex="-1" aria-labelledby="result-status">
        <dl>
          <dt>${a.statusLabel}</dt>
          <dd id="result-status">${a.status[r.status]}</dd>
          ${r.answer
            ? html`<dt>${a.answerLabel}</dt>
                <dd class="answer"><bdi>${r.answer}</bdi></dd>`
            : nothing}
        </dl>
        ${r.role || r.answeredOn
          ? html`<p class="meta">
              ${r.role ? html`<span class="badge ${r.role}">${a.answeredBy[r.role]}</span>` : nothing}
              ${r.answeredOn ? html`<span>${a.answeredOn(formatDate(r.answeredOn, v.tag))}</span>` : nothing}
            </p>`
          : nothing}
      </div>`;
    }
  }
}

/** One page of the published questions and answers (the list's heading and search stay with the element). */
export function renderPublished(v: ListView, data: PublishedPage): TemplateResult {
  const s = v.s;
  const a = v.i18n.pick(questionAnswers);
  if (!data.items.length) return html`<p class="state" role="status">${v.search ? a.listNoMatch(v.search) : a.listEmpty}</p>`;
  const pages = Math.max(1, Math.ceil(data.total / data.perPage));
  return html`<p class="meta" role="status">${a.resultCount(data.total)}</p>
    <ol class="qa">
      ${data.items.map(
        (q) => html`<li>
          <article aria-label=${`${a.question}: ${q.body.slice(0, 80)}`}>
            <p class="q"><span class="visually-hidden">${a.question}: </span><span lang=${q.lang ?? nothing} dir="auto">${q.body}</span></p>
            <p class="meta"><span class="badge ${q.role}">${a.role[q.role]}</span> ${q.topic ? html`· <bdi>${q.topic}</bdi>` : nothing} · <span>${a.publishedOn(formatDate(q.publishedOn, v.tag))}</span></p>
            <p class="a"><span class="visually-hidden">${a.answer}: </span><span lang=${q.lang ?? nothing} dir="auto">${q.answer}</span></p>
          </article>
        </li>`,
      )}
    </ol>
    ${pages > 1
      ? html`<nav class="pager" aria-label=${s.listTitle}>
          <button type="button" ?disabled=${data.page <= 1} @click=${() => v.goToPage(data.page - 1)}>${a.previous}</button>
          <span>${a.pageOf(data.page, pages)}</span>
          <button type="button" ?disabled=${data.page >= pages} @click=${() => v.goToPage(data.page + 1)}>${a.next}</button>
        </nav>`
      : nothing}`;
}
