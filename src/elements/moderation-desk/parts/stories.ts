/** One story in the desk's queue: the story and its photo as sent, edits, content warnings, approve / reject. */
import {html, nothing, type TemplateResult} from 'lit';
import {CONTENT_WARNINGS, storyPublication, type ContentWarning} from '../../../model/story.js';
import type {DeskStory} from '../../../model/question.js';
import type {StoryEdits} from '../../../sources/peerkit-moderation.js';
import type {ModerationDeskStrings} from '../../../locales/en/moderation-desk.js';
import {day, instant, renderNotice, type Notice} from './common.js';

export interface StoryProps {
  s: ModerationDeskStrings;
  tag: string;
  story: DeskStory;
  busy: boolean;
  /** The content warnings ticked. */
  warnings: ReadonlySet<ContentWarning>;
  /** The photo as an object URL, `error`, or undefined while it loads. */
  photo?: string;
  /** The title, text and name as the moderator is editing them. */
  edits: Required<StoryEdits>;
  /** Why the edits cannot be sent. */
  problem?: string;
  notice?: Notice;
  /** Now, for "goes live" or "live since". */
  now: number;
  onWarning(warning: ContentWarning, on: boolean): void;
  onEdit(field: keyof StoryEdits, value: string): void;
  onAct(action: 'approve' | 'reject'): void;
}

export function renderStory(p: StoryProps): TemplateResult {
  const {s, story, busy, tag} = p;
  // The server's rule (model/story.ts): live once past the cooling-off period, until the consent ends.
  const publication = storyPublication({status: story.status, liveFrom: story.liveFrom, expiresAt: story.expiresOn}, p.now);
  const statusLabel = (s.storyStatus as Record<string, string>)[story.status] ?? story.status;
  return html`<article aria-labelledby=${`s-${story.id}-title`}>
    <h3 id=${`s-${story.id}-title`} class="text">${story.title}</h3>
    <p class="meta">
      <span>${s.by(story.name)}</span>
      ${story.recoveryMonths !== undefined ? html`<span>${s.months(story.recoveryMonths)}</span>` : nothing}
      <span>${s.submitted(day(story.createdOn, tag))}</span>
      <span>${s.status(statusLabel)}</span>
      <span>${s.consent[story.consentDuration] ?? s.consentOther(story.consentDuration)}</span>
    </p>
    ${publication !== 'unapproved'
      ? html`<p class="notice">${publication === 'cooling-off' ? s.goesLive(instant(story.liveFrom!, tag)) : s.liveSince(instant(story.liveFrom!, tag))} ${story.expiresOn ? s.expires(day(story.expiresOn, tag)) : nothing}</p>`
      : nothing}
    <p class="text story-body">${story.body}</p>
    ${story.hasPhoto ? renderPhoto(p) : nothing} ${renderEdit(p)}
    <fieldset>
      <legend>${s.warningsLegend}</legend>
      ${CONTENT_WARNINGS.map(
        (w) => html`<span class="check">
          <input type="checkbox" id=${`cw-${story.id}-${w}`} .checked=${p.warnings.has(w)} @change=${(e: Event) => p.onWarning(w, (e.target as HTMLInputElement).checked)} />
          <label for=${`cw-${story.id}-${w}`}>${s.warnings[w]}</label>
        </span>`,
      )}
    </fieldset>
    <div class="actions">
      <button type="button" class="primary" ?disabled=${busy} @click=${() => p.onAct('approve')}>${s.approve}</button>
      <button type="button" ?disabled=${busy || story.status === 'rejected'} @click=${() => p.onAct('reject')}>${s.reject}</button>
    </div>
    ${renderNotice(p.notice, story.id)}
  </article>`;
}

/** The storyteller's photo as they sent it (an image from its bytes, never from a URL in data). */
function renderPhoto({s, story, photo}: StoryProps): TemplateResult {
  return html`<figure class="photo">
    ${photo && photo !== 'error' ? html`<img src=${photo} alt=${story.photoAlt ?? ''} />` : html`<p class="meta">${photo === 'error' ? s.photoFailed : s.photoLoading}</p>`}
    <figcaption class="meta">${story.photoAlt ? s.photo(story.photoAlt) : s.photoNoAlt}</figcaption>
  </figure>`;
}

/** Edit the title, text and name before approving (sent as `edits`). */
function renderEdit({s, story, edits: e, problem, onEdit}: StoryProps): TemplateResult {
  const id = `edit-${story.id}`;
  const input = (key: keyof StoryEdits) => (ev: Event) => onEdit(key, (ev.target as HTMLInputElement).value);
  return html`<details class="edit" ?open=${!!problem}>
    <summary>${s.editSummary}</summary>
    <div class="field">
      <label for=${`${id}-title`}>${s.editTitle}</label>
      <input type="text" id=${`${id}-title`} .value=${e.title} @input=${input('title')} />
    </div>
    <div class="field">
      <label for=${`${id}-body`}>${s.editBody}</label>
      <textarea id=${`${id}-body`} rows="8" .value=${e.body} @input=${input('body')}></textarea>
    </div>
    <div class="field">
      <label for=${`${id}-name`}>${s.editName}</label>
      <input type="text" id=${`${id}-name`} .value=${e.name} @input=${input('name')} />
    </div>
    <p class="hint">${s.editHint}</p>
    ${problem ? html`<p class="notice bad" role="alert" id=${`${id}-error`} tabindex="-1">${problem}</p>` : nothing}
  </details>`;
}
