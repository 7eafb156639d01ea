/**
 * The detail dialog's content and the "Report an error" form: loaded the first time a visitor opens
 * a service (a lazy chunk), so the directory's first load carries only the list.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {DetailDialogProps} from './parts/detail-dialog.js';
import type {Resource} from '../../model/resource.js';
import type {WeeklyRow} from '../../model/hours.js';
import type {ResourceDirectoryStrings} from '../../locales/en/resource-directory.js';
import {safeUrl} from '../../model/text.js';
import {addressText, smsUrl, telUrl} from './links.js';
import {shareLink} from './saved.js';
import {renderSendLinks} from './send.js';

export interface DetailContext {
  s: ResourceDirectoryStrings;
  r: Resource;
  status: {text: string; state: string};
  week: WeeklyRow[];
  /** When every schedule has expired: the last date they were valid on (ISO). */
  hoursUntil?: string;
  actions: TemplateResult;
  languageName(code: string): string;
  verified(date: string): string;
  /** BCP 47 tag and direction (the send links' text). */
  tag: string;
  rtl: boolean;
}

export interface ReportContext {
  s: ResourceDirectoryStrings;
  r: Resource;
  feedbackUrl: string;
  open: boolean;
  state: 'idle' | 'sending' | 'sent' | 'failed';
  onOpen(): void;
  onSubmit(e: Event): void;
}

/**
 * Everything the record holds, as text (descriptions keep their line breaks; nothing is HTML). The
 * record's words keep their own direction (each in a `<bdi>`), lined up with the dialog.
 */
export function detailBody(c: DetailContext): TemplateResult {
  const {s, r, status: st, week} = c;
  const section = (title: string, body: unknown) => (body ? html`<section><h3>${title}</h3>${body}</section>` : nothing);
  const text = (v: string | undefined) => (v ? html`<p class="pre"><bdi>${v}</bdi></p>` : undefined);
  const list = (items: string[]) => (items.length ? html`<ul>${items.map((i) => html`<li><bdi>${i}</bdi></li>`)}</ul>` : undefined);
  const ages = r.minimumAge !== undefined || r.maximumAge !== undefined ? s.ageRange(r.minimumAge, r.maximumAge) : undefined;
  const links = [safeUrl(r.url), ...r.additionalUrls.map((u) => safeUrl(u))].filter((u): u is string => !!u && /^https?:/.test(u));
  const accessibility = [...new Set(r.locations.flatMap((l) => l.accessibility))];
  const languages = r.languages.map((l) => c.languageName(l));
  return html`${r.alert ? html`<p class="alert" role="note"><strong>${s.alert}:</strong> <bdi>${r.alert}</bdi></p>` : nothing}
    ${r.organization?.name ? html`<p class="org"><bdi>${r.organization.name}</bdi></p>` : nothing}
    <p class="meta"><span class="status ${st.state}">${st.text}</span>
      ${r.assuredDate ? html`<span class="verified">${s.lastVerified(c.verified(r.assuredDate))}</span>` : nothing}</p>
    <div class="actions">${c.actions}</div>
    ${renderSendLinks({s, tag: c.tag, rtl: c.rtl, week: () => week}, [r], shareLink([r.id]), r.name)}
    ${section(s.description, text(r.description))}
    ${section(s.eligibility, text(r.eligibility))}
    ${section(s.ages, text(ages))}
    ${section(s.fees, text(r.fees ?? (r.free ? s.freeService : undefined)))}
    ${section(s.applicationProcess, text(r.applicationProcess))}
    ${section(s.requiredDocuments, list(r.requiredDocuments))}
    ${section(s.languages, list(languages))}
    ${section(s.interpretation, text(r.interpretationServices))}
    ${section(
      s.hours,
      week.length || r.schedules.some((x) => x.description)
        ? html`${week.length
              ? html`<table class="hours">
                  <tbody>
                    ${week.map((w) => html`<tr><th scope="row">${w.name}</th><td>${w.text}</td></tr>`)}
                  </tbody>
                </table>`
              : nothing}
            ${c.hoursUntil ? html`<p class="hint out-of-date">${s.hoursValidUntil(c.verified(c.hoursUntil))}</p>` : nothing}
            ${r.schedules.filter((x) => x.description).map((x) => html`<p class="pre"><bdi>${x.description}</bdi></p>`)}
            <p class="hint">${s.hoursNote}</p>`
        : html`<p>${s.hoursUnknown}</p>`,
    )}
    ${section(
      s.address,
      r.locations.length
        ? html`${r.locations.map(
            (l) =>
              html`<p class="pre"><bdi>${[l.name, addressText(l.address)].filter(Boolean).join('\n')}</bdi></p>${l.transportation ? html`<p class="pre"><em>${s.transportation}:</em> <bdi>${l.transportation}</bdi></p>` : nothing}`,
          )}`
        : undefined,
    )}
    ${section(s.accessibility, list(accessibility))}
    ${section(s.serviceArea, list(r.serviceAreas))}
    ${section(
      s.capacity,
      r.capacities.length ? list(r.capacities.map((c) => [s.capacityLine(c.available, c.maximum, c.unit), c.description].filter(Boolean).join(' — '))) : undefined,
    )}
    ${section(
      s.phones,
      r.phones.length
        ? html`<ul>
            ${r.phones.map((p) => {
              const href = p.type === 'text' ? smsUrl(p.number) : telUrl(p.number, p.extension);
              const number = html`<span dir="ltr">${p.number}</span>${p.extension ? html` ${s.extension} <span dir="ltr">${p.extension}</span>` : ''}`;
              const type = p.type === 'voice' ? '' : Object.hasOwn(s.phoneTypes, p.type) ? s.phoneTypes[p.type] : p.type;
              return html`<li>${href ? html`<a href=${href}>${number}</a>` : number}${p.description ? html` — <bdi>${p.description}</bdi>` : ''}${type ? ` (${type})` : ''}</li>`;
            })}
          </ul>`
        : undefined,
    )}
    ${section(s.categories, list(r.categories.map((c) => c.name)))}
    ${section(
      s.links,
      links.length ? html`<ul>${links.map((u) => html`<li><a href=${u} target="_blank" rel="noopener noreferrer">${u}</a></li>`)}</ul>` : undefined,
    )}
`;
}

/** A JSON POST form to `feedback-url`, or a mailto: link when it is an address. */
export function reportSection(c: ReportContext): TemplateResult {
  const {s, r} = c;
  const fb = c.feedbackUrl;
  if (/^mailto:/i.test(fb)) {
    const base = safeUrl(fb);
    if (!base) return html``;
    const url = new URL(base);
    url.search = `subject=${encodeURIComponent(s.reportSubject(r.name))}&body=${encodeURIComponent(`service_id: ${r.id}\n\n`)}`;
    return html`<section class="report"><h3>${s.report}</h3><p><a href=${url.href}>${s.reportMail}</a></p></section>`;
  }
  if (!c.open)
    return html`<section class="report"><button type="button" @click=${c.onOpen}>${s.report}</button></section>`;
  return html`<section class="report">
    <h3>${s.reportHeading}</h3>
    ${c.state === 'sent'
      ? html`<p role="status" class="sent">${s.reportSent}</p>`
      : html`<form @submit=${c.onSubmit}>
          <label for="note">${s.reportNote}</label>
          <textarea id="note" name="note" rows="4" maxlength="2000" required></textarea>
          <button type="submit" class="primary" ?disabled=${c.state === 'sending'}>${c.state === 'sending' ? s.reportSending : s.reportSend}</button>
          ${c.state === 'failed' ? html`<p role="alert" class="failed">${s.reportFailed}</p>` : nothing}
        </form>`}
  </section>`;
}

/** The dialog's body: close and quick exit on top, the title, everything the record holds, "Report an error". */
export function dialogBody(p: DetailDialogProps): TemplateResult {
  const {s} = p;
  const r = p.service!;
  return html`<div class="dialog-body">
    <div class="dialog-bar">
      <button type="button" class="close" @click=${p.close}>${p.closeText}</button>
      ${p.quickExit}
    </div>
    <h2 id="detail-title" tabindex="-1"><bdi>${r.name}</bdi></h2>
    ${p.loading ? html`<p role="status" class="hint">${s.loadingDetail}</p>` : nothing}
    ${detailBody({s, r, ...p.body()})} ${p.report ? reportSection({s, r, ...p.report}) : nothing}
  </div>`;
}
