/** The question box's form: the question, its topic, who may see it, what is stored, the personal-information warning. */
import {html, nothing, type TemplateResult} from 'lit';
import {formatNumber} from '../../../core/i18n.js';
import {renderDraftNotice} from '../../../core/device.js';
import {questionLength, QUESTION_MAX_LENGTH, type QuestionDraft} from '../../../model/question.js';
import type {PiiKind} from '../../../model/pii.js';
import type {Refusal} from '../../../sources/peerkit-questions.js';
import type {QuestionBoxStrings} from '../../../locales/en/question-box.js';

export interface QuestionFormProps {
  s: QuestionBoxStrings;
  /** BCP 47 tag for the counter's numbers. */
  tag: string;
  draft: QuestionDraft;
  /** The topic the visitor chose, or the box's own. */
  topic: string;
  /** Topics to choose from (none: `fixedTopic`, if any, is shown). */
  choices: string[];
  fixedTopic?: string;
  /** The question is being sent: the form is read-only. */
  busy: boolean;
  lengthError?: 'short' | 'long';
  /** Personal information found on "Send": the warning shows instead of the button. */
  pii?: PiiKind[];
  draftRestored: boolean;
  refusal?: Refusal;
  /** The crisis help panel, when the question suggests a crisis. */
  crisis: TemplateResult | typeof nothing;
  /** "Forget this device". */
  forget: TemplateResult;
  onInput(text: string): void;
  onTopic(topic: string): void;
  onPublish(publish: boolean): void;
  onSubmit(e: Event): void;
  onDiscardDraft(): void;
  /** "Edit my question" after the warning. */
  onEdit(): void;
  onSendAnyway(): void;
}

export function renderQuestionForm(p: QuestionFormProps): TemplateResult {
  const {s, draft, busy} = p;
  const describedBy = ['question-hint', 'question-count', p.lengthError ? 'question-error' : ''].filter(Boolean).join(' ');
  return html`<div class="panel">
    <p>${s.intro}</p>
    ${p.draftRestored ? renderDraftNotice(s, p.onDiscardDraft) : nothing}
    ${p.refusal
      ? html`<div class="notice refused" role="alert">
          <h3 id="refused-title" tabindex="-1">${s.refusedTitle}</h3>
          <p>${s.refused[p.refusal]}</p>
          <p>${s.refusedKept}</p>
        </div>`
      : nothing}
    <form part="form" novalidate @submit=${p.onSubmit} aria-busy=${busy ? 'true' : 'false'}>
      <div class="field">
        <label for="question">${s.questionLabel}</label>
        <span class="hint" id="question-hint">${s.questionHint}</span>
        <textarea
          id="question"
          name="body"
          rows="6"
          maxlength=${QUESTION_MAX_LENGTH}
          aria-describedby=${describedBy}
          aria-invalid=${p.lengthError ? 'true' : 'false'}
          .value=${draft.body}
          ?readonly=${busy}
          @input=${(e: Event) => p.onInput((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span class="count" id="question-count">${s.count(formatNumber(questionLength(draft.body), p.tag), formatNumber(QUESTION_MAX_LENGTH, p.tag))}</span>
        ${p.lengthError ? html`<span class="field-error" id="question-error">${p.lengthError === 'short' ? s.tooShort : s.tooLong}</span>` : nothing}
      </div>
      ${p.crisis} ${renderTopic(p)}
      <fieldset ?disabled=${busy}>
        <legend>${s.visibilityLegend}</legend>
        ${renderChoice('private', s.privateOnly, s.privateOnlyHint, !draft.publishOk, () => p.onPublish(false))}
        ${renderChoice('publish', s.publishOk, s.publishOkHint, draft.publishOk, () => p.onPublish(true))}
      </fieldset>
      <section class="store" aria-labelledby="store-title">
        <h3 id="store-title">${s.storeTitle}</h3>
        <p>${s.storeText}</p>
        ${p.forget}
      </section>
      <div class="fax" aria-hidden="true">
        <label for="fax">${s.honeypot}</label>
        <input type="text" id="fax" name="fax" tabindex="-1" autocomplete="off" value="" />
      </div>
      ${p.pii ? renderPiiWarning(p, p.pii) : nothing}
      <div class="actions">
        ${p.pii ? nothing : html`<button type="submit" class="primary" ?disabled=${busy}>${busy ? s.sending : s.submit}</button>`}
        ${busy ? html`<span role="status">${s.sending}</span>` : nothing}
      </div>
    </form>
  </div>`;
}

function renderTopic(p: QuestionFormProps): TemplateResult | typeof nothing {
  const {s} = p;
  if (!p.choices.length) return p.fixedTopic ? html`<p class="meta">${s.topicFixed(p.fixedTopic)}</p>` : nothing;
  return html`<div class="field">
    <label for="topic">${s.topicLabel}</label>
    <select id="topic" name="topic" .value=${p.topic} ?disabled=${p.busy} @change=${(e: Event) => p.onTopic((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!p.topic}>${s.topicNone}</option>
      ${p.choices.map((t) => html`<option value=${t} ?selected=${t === p.topic}>${t}</option>`)}
    </select>
  </div>`;
}

function renderChoice(id: string, label: string, hint: string, checked: boolean, change: () => void): TemplateResult {
  return html`<div class="choice">
    <input type="radio" id=${id} name="visibility" value=${id} .checked=${checked} aria-describedby=${`${id}-hint`} @change=${change} />
    <label for=${id}>${label}</label>
    <span class="hint" id=${`${id}-hint`}>${hint}</span>
  </div>`;
}

function renderPiiWarning(p: QuestionFormProps, kinds: PiiKind[]): TemplateResult {
  const {s} = p;
  return html`<section class="warning" role="region" aria-labelledby="pii-title">
    <h3 id="pii-title" tabindex="-1">${s.piiTitle}</h3>
    <p>${s.piiIntro}</p>
    <ul>
      ${kinds.map((k) => html`<li>${s.piiKinds[k]}</li>`)}
    </ul>
    <p>${s.piiAdvice}</p>
    <div class="actions">
      <button type="button" @click=${p.onEdit}>${s.piiEdit}</button>
      <button type="button" class="primary" @click=${p.onSendAnyway}>${s.piiSendAnyway}</button>
    </div>
  </section>`;
}
