/**
 * "Send to my phone" / "Send to my email" for one service (in its details) or a list: `sms:` and
 * `mailto:` links the visitor's own device opens with the text filled in (`model/handover.ts`).
 * Nothing passes through any server. A lazy chunk: loaded with the details, or when a list is shown.
 */
import {html, type TemplateResult} from 'lit';
import {dayName} from '../../core/i18n.js';
import type {WeeklyRow} from '../../model/hours.js';
import type {Resource} from '../../model/resource.js';
import {handoverText, mailFits, mailtoHref, shortHours, smsFits, smsHref, type HandoverEntry} from '../../model/handover.js';
import type {ResourceDirectoryStrings} from '../../locales/en/resource-directory.js';
import {addressText} from './links.js';

export interface SendContext {
  s: ResourceDirectoryStrings;
  /** BCP 47 tag (short day names). */
  tag: string;
  rtl: boolean;
  /** This week's rows of a service (as the details table shows them). */
  week: (r: Resource) => WeeklyRow[];
}

/** A phone as the text shows it: "215-555-0100 ext. 204". */
export function phoneText(s: ResourceDirectoryStrings, p: Resource['phones'][number]): string {
  return p.extension ? `${p.number} ${s.extension} ${p.extension}` : p.number;
}

/** This week's hours in short ("Mon–Fri 9:00 AM – 5:00 PM"), or empty. */
export function hoursInShort(rows: readonly WeeklyRow[], tag: string): string {
  return shortHours(
    rows.map((w) => ({day: w.day, text: w.text, closed: !w.allDay && !w.ranges.length})),
    (d) => dayName(d, tag, 'short'),
  );
}

/** A service as the sent text shows it: name, phones (no fax), the first address, hours in short. */
export function entryOf(r: Resource, c: SendContext): HandoverEntry {
  return {
    name: r.name,
    phones: r.phones.filter((p) => p.type !== 'fax').map((p) => phoneText(c.s, p)),
    address: addressText(r.location?.address) || undefined,
    hours: hoursInShort(c.week(r), c.tag) || undefined,
  };
}

/** The two links (and what they do, in a line): for one service or a list, with its share link. */
export function renderSendLinks(c: SendContext, services: readonly Resource[], link: string, subject: string): TemplateResult {
  const entries = services.map((r) => entryOf(r, c));
  const more = c.s.sendMore;
  const sms = handoverText(entries, link, {fits: smsFits, more, rtl: c.rtl});
  const mail = handoverText(entries, link, {fits: mailFits(subject), more, rtl: c.rtl});
  return html`<div class="send no-print">
    <a class="send-sms" href=${smsHref(sms.text)}>${c.s.sendPhone}</a>
    <a class="send-mail" href=${mailtoHref(subject, mail.text)}>${c.s.sendEmail}</a>
    <p class="hint">${c.s.sendNote}</p>
  </div>`;
}
