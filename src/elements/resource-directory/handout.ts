/**
 * The printable handout: a list (saved or shared) on one page, each service's name, this week's
 * hours, phones, address and website, and a QR code of the share link drawn here (`model/qr.ts`,
 * an SVG of rects: nothing is requested anywhere) with the link in text beside it. Big type, black on
 * white, no buttons. A lazy chunk with its own styles, loaded by "Print handout".
 */
import {css, html, nothing, svg, type TemplateResult} from 'lit';
import type {Resource} from '../../model/resource.js';
import {encodeQr} from '../../model/qr.js';
import {safeUrl} from '../../model/text.js';
import {addressText} from './links.js';
import {hoursInShort, phoneText, type SendContext} from './send.js';

export interface HandoutContext extends SendContext {
  heading: string;
  services: readonly Resource[];
  link: string;
}

/** The QR code of `text` as an SVG (one rect per run of dark modules, a four-module quiet zone), or undefined when too long for one. */
export function qrSvg(text: string, label: string): TemplateResult | undefined {
  const q = encodeQr(text);
  if (!q) return undefined;
  const side = q.size + 8;
  const rects: TemplateResult[] = [];
  for (let y = 0; y < q.size; y++)
    for (let x = 0; x < q.size; x++) {
      if (!q.dark(x, y)) continue;
      let end = x;
      while (end + 1 < q.size && q.dark(end + 1, y)) end++;
      rects.push(svg`<rect x=${x + 4} y=${y + 4} width=${end - x + 1} height="1"></rect>`);
      x = end;
    }
  return html`<svg class="qr" role="img" aria-label=${label} viewBox="0 0 ${side} ${side}" data-modules=${q.size} shape-rendering="crispEdges">
    <rect width=${side} height=${side} fill="#fff"></rect><g fill="#000">${rects}</g>
  </svg>`;
}

function item(c: HandoutContext, r: Resource): TemplateResult {
  const {s} = c;
  const hours = hoursInShort(c.week(r), c.tag);
  const notes = r.schedules.map((x) => x.description).filter(Boolean);
  const phones = r.phones.map((p) => {
    const type = p.type === 'voice' ? '' : Object.hasOwn(s.phoneTypes, p.type) ? s.phoneTypes[p.type] : p.type;
    return html`<span class="phone"><span dir="ltr">${phoneText(s, p)}</span>${type ? ` (${type})` : ''}</span>`;
  });
  const addresses = r.locations.map((l) => addressText(l.address)).filter(Boolean);
  const web = safeUrl(r.url);
  const row = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;
  return html`<li>
    <h3><bdi>${r.name}</bdi></h3>
    <dl>
      ${row(s.hours, hours || notes.length ? html`${hours}${notes.map((n) => html` <bdi>${n}</bdi>`)}` : s.hoursUnknown)}
      ${phones.length ? row(s.phones, phones) : nothing}
      ${addresses.length ? row(s.address, addresses.map((a) => html`<bdi class="addr">${a}</bdi>`)) : nothing}
      ${web && /^https?:/.test(web) ? row(s.website, html`<span dir="ltr" class="url">${web}</span>`) : nothing}
    </dl>
  </li>`;
}

/** The handout (a direct child of the directory's `.base`, which shows only it while it prints). */
export function renderHandout(c: HandoutContext): TemplateResult {
  const {s} = c;
  const qr = qrSvg(c.link, s.handoutQr);
  return html`<section class=${c.services.length > 4 ? 'handout many' : 'handout'} part="handout" aria-labelledby="handout-h">
    <h2 id="handout-h">${c.heading}</h2>
    <div class="handout-share">
      ${qr ?? nothing}
      <p>${qr ? s.handoutScan : s.handoutTooLong}<br /><span class="url" dir="ltr">${c.link}</span></p>
    </div>
    <ol role="list">
      ${c.services.map((r) => item(c, r))}
    </ol>
  </section>`;
}

export const handoutStyles = css`
  .printing-handout > :not(.handout) {
    display: none !important;
  }
  .handout {
    color: #000;
    background: #fff;
    font-size: 1.15rem;
    line-height: 1.4;
    padding: 0.5em;
  }
  .handout h2 {
    font-size: 1.6em;
    margin: 0 0 0.5em;
  }
  .handout-share {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-end: 0.75em;
  }
  .handout-share p {
    flex: 1 1 12em;
    margin: 0;
  }
  .handout .qr {
    inline-size: 9em;
    block-size: 9em;
    max-inline-size: 100%;
    flex: none;
  }
  .handout .url {
    overflow-wrap: anywhere;
  }
  .handout ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .handout.many ol {
    columns: 2 18em;
    column-gap: 1.5em;
  }
  .handout li {
    break-inside: avoid;
    border-block-start: 1px solid #000;
    padding-block: 0.5em;
  }
  .handout h3 {
    font-size: 1.2em;
    margin: 0 0 0.2em;
  }
  .handout dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.1em 0.75em;
    margin: 0;
  }
  .handout dt {
    font-weight: bold;
  }
  .handout dd {
    margin: 0;
    min-inline-size: 0;
  }
  .handout .phone + .phone::before,
  .handout .addr + .addr::before {
    content: ' · ';
  }
  @media print {
    .handout {
      font-size: 12pt;
      padding: 0;
    }
    .handout .qr {
      inline-size: 35mm;
      block-size: 35mm;
    }
  }
`;
