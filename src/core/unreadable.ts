/**
 * The "this list could not be read" state, one render part for every widget that reads a feed
 * (the meeting finder, the resource directory): shown when every record was skipped, with the
 * count and the first reasons, where a plain "no results" would send the visitor to clear filters
 * that are not the problem. The reasons are the adapters' English, marked as such.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {CoreStrings} from '../locales/en/core.js';
import {unreadableReport} from '../model/feed-report.js';

export function renderUnreadable(s: CoreStrings, issues: readonly {reason: string}[]): TemplateResult {
  const {count, reasons} = unreadableReport(issues);
  return html`<div class="state error unreadable" role="alert" part="error">
    <p><strong>${s.unreadableTitle}</strong></p>
    <p>${s.skippedRecords(count)}</p>
    ${reasons.length
      ? html`<p>${s.unreadableReasons}</p>
          <ul class="reasons">
            ${reasons.map((r) => html`<li lang="en">${r}</li>`)}
          </ul>`
      : nothing}
  </div>`;
}
