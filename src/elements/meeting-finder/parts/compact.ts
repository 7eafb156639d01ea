/**
 * The finder's `compact` rows, for a sidebar: the name (a heading with the button that opens the
 * details), then the time, the place and the badges on one line that wraps. No star (the details
 * keep everything else). A page at a time, as the full rows. In the lazy parts chunk, with its style sheet: a page without `compact`
 * never loads either.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {joinIsolated} from '../../../core/bidi.js';
import {localAddress} from '../../../model/address.js';
import type {Occurrence} from '../../../model/meeting.js';
import {renderRows, type ListProps} from './results.js';

const css = `
.list.compact { gap: 0; }
.list.compact .meeting {
  display: block;
  contain-intrinsic-size: auto 3.5em;
  padding: 0.4em 0.25em;
  border-width: 0 0 1px;
  border-radius: 0;
  background: none;
}
.list.compact .name { font-size: 1em; }
.list.compact .line { margin: 0; font-size: 0.9em; overflow-wrap: anywhere; }
.list.compact .line .time { font-weight: 600; }
.list.compact .badge { font-size: 0.8em; margin-inline-start: 0.25em; }
`;

let sheet: CSSStyleSheet | undefined;
/** Adds the compact rows' style sheet to the finder's shadow root (once). */
export function adoptCompactStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function renderRow(p: ListProps, o: Occurrence): TemplateResult {
  const m = o.meeting;
  const place = m.location || (m.approximate || !m.address ? undefined : localAddress(m.address, p.tag));
  return html`<li class="meeting" part="meeting">
    <div class="name" role="heading" aria-level=${p.level}><button type="button" class="open link" data-id=${m.id} @click=${() => p.open(o)}><bdi>${m.name}</bdi></button></div>
    <p class="line"><span class="time">${p.label(o).when}</span>${place ? html` · ${joinIsolated([place], '')}` : nothing} ${p.badges(o)}</p>
  </li>`;
}

/** The compact list: a page at a time (`shown`), with "Show more" while more remain, as the full rows. */
export function renderCompactList(p: ListProps): TemplateResult {
  return renderRows(p, renderRow, 'list compact');
}
