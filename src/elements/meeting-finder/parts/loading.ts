/** The finder's loading state (in the first load: it shows while the parsers and the feed arrive). */
import {html, nothing, type TemplateResult} from 'lit';
import {formatNumber} from '../../../core/i18n.js';
import type {MeetingFinderStrings} from '../../../locales/en/meeting-finder.js';

/**
 * "Loading meetings…", and while a big feed downloads, how many meetings have been read so far.
 * The count is for the eye only: a live region that changed four times a second would talk over
 * everything else.
 */
export function renderLoadingFeed(s: MeetingFinderStrings, tag: string, progress: number): TemplateResult {
  return html`<div class="state loading" role="status" part="loading">
    ${s.loadingMeetings}${progress ? html` <span class="progress" aria-hidden="true">${s.soFar(formatNumber(progress, tag))}</span>` : nothing}
  </div>`;
}
