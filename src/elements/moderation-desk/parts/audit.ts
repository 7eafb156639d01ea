/** The audit log: recent moderation actions, newest first. */
import {html, type TemplateResult} from 'lit';
import type {AuditEntry} from '../../../model/question.js';
import type {ModerationDeskStrings} from '../../../locales/en/moderation-desk.js';
import {instant} from './common.js';

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
            <td>${a.action}</td>
            <td>${a.targetType} ${a.targetId}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
