/** One question in the desk's queue: what was asked, an answer to write, and publish / decline. */
import {html, nothing, type TemplateResult} from 'lit';
import {ANSWER_ROLES, publishRefusal, type AnswerRole, type DeskQuestion} from '../../../model/question.js';
import {languageName} from '../../../model/resource-language.js';
import type {ModerationDeskStrings} from '../../../locales/en/moderation-desk.js';
import {day, renderNotice, type Notice} from './common.js';

/** The answer being written to a question (kept while the desk is open). */
export interface AnswerDraft {
  text: string;
  role: AnswerRole;
}

export type QuestionAction = 'answer' | 'publish' | 'decline';

export interface QuestionProps {
  s: ModerationDeskStrings;
  /** BCP 47 tag for dates and language names. */
  tag: string;
  q: DeskQuestion;
  draft: AnswerDraft;
  /** An action on it is under way. */
  busy: boolean;
  /** "Save answer" was pressed with no answer. */
  empty: boolean;
  notice?: Notice;
  onText(text: string): void;
  onRole(role: AnswerRole): void;
  onAct(action: QuestionAction, e?: Event): void;
}

export function renderQuestion(p: QuestionProps): TemplateResult {
  const {s, q, busy} = p;
  // The server's rule (model/question.ts): consent, then an answer; a published one has nothing to publish.
  const refusal = publishRefusal(q);
  const canPublish = !refusal && q.status !== 'published';
  const publishWhy = refusal === 'no_consent' ? s.publishNoConsent : refusal === 'no_answer' ? s.publishNeedsAnswer : '';
  const id = `answer-${q.id}`;
  return html`<article class=${q.urgent ? 'urgent' : ''} aria-labelledby=${`q-${q.id}-head`}>
    <h3 id=${`q-${q.id}-head`} class="meta">
      ${q.urgent ? html`<span class="badge urgent">${s.urgent}</span>` : nothing}
      <span>${s.status(s.questionStatus[q.status])}</span>
      <span>${s.asked(day(q.createdOn, p.tag))}</span>
      ${q.topic ? html`<span>${s.topic(q.topic)}</span>` : nothing}
      ${q.lang ? html`<span>${s.language(languageName(q.lang, p.tag))}</span>` : nothing}
    </h3>
    ${q.urgent ? html`<p class="hint">${s.urgentHint}</p>` : nothing}
    <p class="text question-body">${q.body}</p>
    <p class="meta">${q.publishOk ? s.publishOk : s.privateOnly}</p>
    <form @submit=${(e: Event) => p.onAct('answer', e)}>
      <div class="field">
        <label for=${id}>${s.answerLabel}</label>
        <textarea
          id=${id}
          rows="4"
          .value=${p.draft.text}
          aria-invalid=${p.empty ? 'true' : 'false'}
          aria-describedby=${p.empty ? `${id}-error` : nothing}
          @input=${(e: Event) => p.onText((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${p.empty ? html`<span class="error-text" id=${`${id}-error`}>${s.answerEmpty}</span>` : nothing}
      </div>
      <fieldset>
        <legend>${s.roleLegend}</legend>
        ${ANSWER_ROLES.map(
          (r) => html`<span class="check">
            <input type="radio" id=${`role-${q.id}-${r}`} name=${`role-${q.id}`} value=${r} .checked=${p.draft.role === r} @change=${() => p.onRole(r)} />
            <label for=${`role-${q.id}-${r}`}>${s.role[r]}</label>
          </span>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${busy}>${s.saveAnswer}</button>
        <button type="button" ?disabled=${busy || !canPublish} aria-describedby=${publishWhy ? `publish-${q.id}-why` : nothing} @click=${() => p.onAct('publish')}>${s.publish}</button>
        <button type="button" ?disabled=${busy || q.status === 'declined'} @click=${() => p.onAct('decline')}>${s.decline}</button>
      </div>
      ${publishWhy ? html`<p class="hint" id=${`publish-${q.id}-why`}>${publishWhy}</p>` : nothing}
    </form>
    ${renderNotice(p.notice, q.id)}
  </article>`;
}
