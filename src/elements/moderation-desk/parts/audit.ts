/** The audit log: recent moderation actions, newest first. */
import {html, type TemplateResult} from 'lit';
import type {AuditEntry} from '../../../model/question.js';
import type {ModerationDeskStrings} from '../../../locales/en/moderation-desk.js';
import {instant} from './common.js';

/** A server value in the desk's words, from `names`; the value itself when the table has none (a newer server's action). */
const named = (names: Record<string, string>, value: string) => (Object.hasOwn(names, value) ? names[value] : value);

/** An action as the server logs it ("approve+edit", "add-moderator (Sam)"), in the desk's words. */
export function actionText(s: ModerationDeskStrings, action: string): string {
  const m = /^(\S+) \((.*)\)$/.exec(action);
  return m && Object.hasOwn(s.auditActions, m[1]) ? `${s.auditActions[m[1]]} (${m[2]})` : named(s.auditActions, action);
}

export function renderAudit({s, tag, items}: {s: ModerationDeskStrings; tag: string; items: readonly AuditEntry[]}): TemplateResult {
  if (!items.length) return html`<p class="state" role="status">${s.auditEmpty}</p>`;
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${s.auditCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.auditWhen}</th>
          <th scope="col">${s.auditWho}</th>
          <th scope="col">${s.auditAction}</th>
          <th scope="col">${s.auditTarget}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (a) => html`<tr>
            <td>${instant(a.at, tag)}</td>
            <td>${a.moderator}</td>
            <td>${actionText(s, a.action)}</td>
            <td>${named(s.auditTypes, a.targetType)} ${a.targetId}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
