/** The "share your story" form: guidance, the story, time in recovery, name, content warnings, consent, photo. */
import {html, nothing, type TemplateResult} from 'lit';
import {renderDraftNotice} from '../../../core/device.js';
import {CONSENT_DURATIONS, CONTENT_WARNINGS, type ContentWarning} from '../../../model/story.js';
import {LIMITS, draftRecoveryMonths, mentionsFellowship, suggestsPseudonym, type DraftField, type DraftProblem, type StoryDraft} from '../../../model/story-draft.js';
import type {storyShare} from '../../../locales/en/story-share.js';
import type {storyCarousel} from '../../../locales/en/story-carousel.js';

export type ShareStrings = typeof storyShare;

export interface ShareFormProps {
  s: ShareStrings;
  /** The content warnings' names (the carousel's strings). */
  warningNames: (typeof storyCarousel)['warning'];
  draft: StoryDraft;
  problems: Partial<Record<DraftField, DraftProblem>>;
  sending: boolean;
  draftRestored: boolean;
  /** Why the server did not take the last try, in words. */
  refusal?: string;
  /** The photo could not be read or made small enough. */
  photoError: boolean;
  /** "Forget this device". */
  forget: TemplateResult;
  onChange(patch: Partial<StoryDraft>): void;
  onWarning(warning: ContentWarning, on: boolean): void;
  onPhoto(e: Event): void;
  onSubmit(e: Event): void;
  onClose(): void;
  onDiscardDraft(): void;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** A labelled field with its hint and problem, tied to the control by `aria-describedby`. */
function field(p: ShareFormProps, id: DraftField, label: string, hint: string, control: (describedBy: string, invalid: boolean) => TemplateResult, extra: unknown = nothing): TemplateResult {
  const problem = p.problems[id];
  const describedBy = [hint ? `f-${id}-hint` : '', problem ? `f-${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${`f-${id}`}>${label}</label>
    ${hint ? html`<p class="hint" id=${`f-${id}-hint`}>${hint}</p>` : nothing}
    ${problem ? html`<p class="error-text" id=${`f-${id}-error`}>${p.s.problem(id, problem)}</p>` : nothing}
    ${control(describedBy, !!problem)} ${extra}
  </div>`;
}

const invalidAttr = (invalid: boolean) => (invalid ? 'true' : 'false');

export function renderShareForm(p: ShareFormProps): TemplateResult {
  const {s, draft: d, problems} = p;
  const listed = Object.entries(problems) as [DraftField, DraftProblem][];
  const pseudonym = suggestsPseudonym(draftRecoveryMonths(d));
  return html`<h3 tabindex="-1">${s.shareHeading}</h3>
    <section class="guidance" aria-labelledby="guidance-h">
      <h4 id="guidance-h">${s.guidanceHeading}</h4>
      <ul>
        ${s.guidance.map((g) => html`<li>${g}</li>`)}
      </ul>
    </section>
    ${p.draftRestored ? renderDraftNotice(s, p.onDiscardDraft) : nothing}
    ${p.refusal ? html`<div class="problems refusal" tabindex="-1" role="alert"><p>${p.refusal}</p></div>` : nothing}
    ${listed.length
      ? html`<div class="problems" tabindex="-1" role="alert">
          <p>${s.problems(listed.length)}</p>
          <ul>
            ${listed.map(([f, problem]) => html`<li>${s.problem(f, problem)}</li>`)}
          </ul>
        </div>`
      : nothing}
    <form novalidate @submit=${p.onSubmit}>
      ${field(p, 'title', s.title, s.titleHint(LIMITS.titleMin, LIMITS.titleMax), (by, invalid) =>
        html`<input id="f-title" type="text" name="title" maxlength=${LIMITS.titleMax} required autocomplete="off" aria-describedby=${by} aria-invalid=${invalidAttr(invalid)} .value=${d.title} @input=${(e: Event) => p.onChange({title: value(e)})} />`,
      )}
      ${field(
        p,
        'body',
        s.body,
        s.bodyHint(LIMITS.bodyMin, LIMITS.bodyMax),
        (by, invalid) => html`<textarea id="f-body" name="body" required aria-describedby=${`${by} f-body-count`} aria-invalid=${invalidAttr(invalid)} .value=${d.body} @input=${(e: Event) => p.onChange({body: value(e)})}></textarea>`,
        html`<p class="counter" id="f-body-count">${s.counter([...d.body].length, LIMITS.bodyMax)}</p>
          ${mentionsFellowship(d.body + ' ' + d.title) ? html`<p class="suggestion fellowship">${s.fellowshipNote}</p>` : nothing}`,
      )}
      <fieldset>
        <legend>${s.recovery}</legend>
        ${problems.recovery ? html`<p class="error-text">${s.problem('recovery', problems.recovery)}</p>` : nothing}
        <div class="row">
          <div class="field">
            <label for="f-years">${s.years}</label>
            <input id="f-years" type="number" name="years" min="0" max="99" inputmode="numeric" .value=${d.years} @input=${(e: Event) => p.onChange({years: value(e)})} />
          </div>
          <div class="field">
            <label for="f-months">${s.months}</label>
            <input id="f-months" type="number" name="months" min="0" max="11" inputmode="numeric" .value=${d.months} @input=${(e: Event) => p.onChange({months: value(e)})} />
          </div>
        </div>
      </fieldset>
      ${field(
        p,
        'name',
        s.name,
        s.nameHint,
        (by, invalid) =>
          html`<input id="f-name" type="text" name="name" maxlength=${LIMITS.nameMax} required autocomplete="off" aria-describedby=${`${by}${pseudonym ? ' f-name-suggest' : ''}`} aria-invalid=${invalidAttr(invalid)} .value=${d.name} @input=${(e: Event) => p.onChange({name: value(e)})} />`,
        pseudonym ? html`<p class="suggestion pseudonym" id="f-name-suggest">${s.pseudonymSuggestion}</p>` : nothing,
      )}
      <fieldset>
        <legend>${s.warningsLegend}</legend>
        <p class="hint">${s.warningsHint}</p>
        ${CONTENT_WARNINGS.map(
          (w) => html`<label class="check"
            ><input type="checkbox" name="content_warnings" value=${w} .checked=${d.warnings.includes(w)} @change=${(e: Event) => p.onWarning(w, (e.target as HTMLInputElement).checked)} /><span>${p.warningNames[w]}</span></label
          >`,
        )}
      </fieldset>
      ${renderConsent(p)} ${renderPhoto(p)}
      <div class="hp" aria-hidden="true">
        <label for="f-fax">${s.fax}</label>
        <input id="f-fax" type="text" name="fax" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button type="submit" class="primary submit" ?disabled=${p.sending}>${p.sending ? s.sending : s.submit}</button>
        <button type="button" class="close" @click=${p.onClose}>${s.close}</button>
      </div>
    </form>
    ${p.forget}`;
}

function renderConsent(p: ShareFormProps): TemplateResult {
  const {s, draft: d, problems} = p;
  return html`<fieldset class="consent">
    <legend>${s.consentLegend}</legend>
    ${problems.consentPublish ? html`<p class="error-text" id="f-consentPublish-error">${s.problem('consentPublish', 'required')}</p>` : nothing}
    <label class="check"
      ><input
        type="checkbox"
        name="consent_publish"
        required
        aria-invalid=${invalidAttr(!!problems.consentPublish)}
        .checked=${d.consentPublish}
        @change=${(e: Event) => p.onChange({consentPublish: (e.target as HTMLInputElement).checked})}
      /><span>${s.consentPublish}</span></label
    >
    <fieldset class="duration">
      <legend>${s.durationLegend}</legend>
      ${problems.duration ? html`<p class="error-text">${s.problem('duration', 'required')}</p>` : nothing}
      ${CONSENT_DURATIONS.map(
        (duration) => html`<label class="check"
          ><input type="radio" name="duration" value=${duration} .checked=${d.duration === duration} @change=${() => p.onChange({duration})} /><span>${s.duration[duration]}</span></label
        >`,
      )}
    </fieldset>
    <p class="hint">${s.consentNote}</p>
  </fieldset>`;
}

function renderPhoto(p: ShareFormProps): TemplateResult {
  const {s, draft: d} = p;
  const photo = d.photo;
  return html`<div class="field">
      <label for="f-photo">${s.photo}</label>
      <p class="hint" id="f-photo-hint">${s.photoHint}</p>
      ${p.photoError || p.problems.photo ? html`<p class="error-text" role="alert">${s.photoFailed}</p>` : nothing}
      <input id="f-photo" type="file" name="photo" accept="image/jpeg,image/png,image/webp,image/*" aria-describedby="f-photo-hint" @change=${p.onPhoto} />
    </div>
    ${photo
      ? html`<img class="preview" src=${photo.dataUrl} alt=${photo.alt || s.photoPreview} />
          ${field(p, 'photoAlt', s.photoAlt, s.photoAltHint, (by, invalid) =>
            html`<input id="f-photoAlt" type="text" name="photo_alt" maxlength=${LIMITS.altMax} required aria-describedby=${by} aria-invalid=${invalidAttr(invalid)} .value=${photo.alt} @input=${(e: Event) => p.onChange({photo: {dataUrl: photo.dataUrl, alt: value(e)}})} />`,
          )}
          <div class="actions"><button type="button" class="remove-photo" @click=${() => p.onChange({photo: undefined})}>${s.removePhoto}</button></div>`
      : nothing}`;
}
