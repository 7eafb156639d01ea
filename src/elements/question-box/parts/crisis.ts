/** The crisis help panel: shown as soon as a question suggests a crisis, and above what follows its sending. */
import {html, nothing, type TemplateResult} from 'lit';
import {isolatePhones} from '../../../core/bidi.js';
import type {CrisisLine} from '../../../model/crisis-lines.js';
import type {QuestionBoxStrings} from '../../../locales/en/question-box.js';

export interface CrisisProps {
  s: QuestionBoxStrings;
  /** The lines for the box's region and language, links already checked (none: the generic "call your local emergency number"). */
  lines: CrisisLine[];
}

export function renderCrisis({s, lines}: CrisisProps): TemplateResult {
  return html`<section class="crisis" part="crisis" role="region" aria-labelledby="crisis-title">
    <h3 id="crisis-title">${s.crisisTitle}</h3>
    <p>${s.crisisIntro}</p>
    ${lines.length
      ? html`<ul>
          ${lines.map(
            (line) => html`<li>
              <h4>${isolatePhones(line.name)}</h4>
              ${line.description ? html`<p>${isolatePhones(line.description)}</p>` : nothing}
              <div class="links">${line.actions.map(renderAction)}</div>
            </li>`,
          )}
        </ul>`
      : html`<p>${s.crisisGeneric}</p>`}
  </section>`;
}

function renderAction({href, label}: CrisisLine['actions'][number]) {
  const external = href.startsWith('http');
  return html`<a href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}><span>${isolatePhones(label)}</span></a>`;
}
