/**
 * The meeting details (a lazy chunk, loaded the first time a visitor opens a meeting): everything
 * the meeting has, directions, join and dial-in links, a calendar file, sharing, other meetings at
 * the same place, 7th Tradition links and "report a problem". Every feed string is rendered as text;
 * every link from data went through the model's safe-URL checks.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {joinIsolated} from '../../core/bidi.js';
import {dayName, dateOf} from '../../core/i18n.js';
import type {Meeting, Occurrence} from '../../model/meeting.js';
import {directionsUrl, feedbackLink, isAppleDevice, joinUrl, telUrl, traditionLinks} from '../../model/meeting-links.js';
import {icsFileName, meetingIcs} from '../../model/meeting-ics.js';
import {safeUrl} from '../../model/text.js';
import {localAddress} from '../../model/address.js';
import {dialParts} from '../../model/meeting-conference.js';
import {meetingExtras} from '../../locales/tables/meeting-extras.js';
import type {I18n} from '../../core/i18n.js';
import {timeRange} from './data.js';
import {sameLocation} from '../../model/meeting-place.js';
import {knownName} from './type-names.js';
import {siteTypeName, type SiteTypeText} from '../../model/site-types.js';
import {ONLINE_TYPE} from '../../model/meeting-type-codes.js';
import {HYBRID, renderTypeLegend} from './parts/type-legend.js';
import type {MeetingFinderStrings} from '../../locales/en/meeting-finder.js';

const PROVIDER: Record<string, string> = {venmo: 'Venmo', square: 'Cash App', paypal: 'PayPal', homegroup: 'Homegroup Online'};

/** What the details need from the finder. */
export interface DetailHost {
  text: MeetingFinderStrings;
  i18n: I18n;
  tag: string;
  meetings: readonly Meeting[];
  root: ShadowRoot | HTMLElement;
  whenText(o: Occurrence): string;
  visitorTime(o: Occurrence): string | undefined;
  badges(o: Occurrence): unknown;
  occurrenceOf(m: Meeting): Occurrence | undefined;
  open(o: Occurrence): void;
  shareUrl(m: Meeting): string;
  setNotice(s: string): void;
  /** The site's `type-names` and `type-descriptions`, validated. */
  typeNames?: SiteTypeText;
  typeDescriptions?: SiteTypeText;
}

export function renderDetailBody(h: DetailHost, o: Occurrence, m: Meeting): TemplateResult {
  const s = h.text;
  const lang = h.i18n.lang;
  const tag = h.tag;
  const directions = directionsUrl(m, isAppleDevice());
  const join = joinUrl(m);
  const tel = telUrl(m.conferencePhone);
  // The number to read and dial by hand, and the meeting id (and passcode) its one-tap pauses lead to.
  const dial = dialParts(m.conferencePhone);
  const x = h.i18n.pick(meetingExtras);
  const feedback = feedbackLink(m, s.reportSubject(m.name));
  const tradition = traditionLinks(m);
  const others = sameLocation(m, h.meetings, (x) => h.occurrenceOf(x)?.nextStart);
  const yours = h.visitorTime(o);
  const site = safeUrl(m.url);
  const typeLabel = (c: string) => siteTypeName(c, tag, h.typeNames, (c) => knownName(c, lang, [m]), s.otherType);
  const when = m.days.length && m.start !== null ? m.days.map((d) => `${dayName(d, tag)} ${timeRange(m, tag)}`) : [s.byAppointment];
  return html`<h2 id="detail-title" class="detail-title" tabindex="-1"><bdi>${m.name}</bdi></h2>
    <div class="badges">${h.badges(o)}</div>
    <section>
      <h3>${s.when}</h3>
      <ul class="plain">
        ${when.map((w) => html`<li>${w}</li>`)}
      </ul>
      ${yours ? html`<p class="yours">${h.whenText(o)} · ${yours}</p>` : nothing}
      ${m.timezoneUnknown && m.start !== null ? html`<p class="hint">${s.localTimeOnly}</p>` : nothing}
      <div class="actions">
        ${m.days.length && m.start !== null ? html`<button type="button" class="ics" @click=${() => downloadIcs(h, o)}>${s.addToCalendar}</button>` : nothing}
        <button type="button" class="share" @click=${() => share(h, m)}>${typeof navigator.share === 'function' ? s.share : s.copyLink}</button>
      </div>
    </section>
    ${m.location || m.address || m.locationNotes
      ? html`<section>
          <h3>${s.where}</h3>
          ${m.location ? html`<p><bdi>${m.location}</bdi></p>` : nothing} ${m.address ? html`<p><bdi>${localAddress(m.address, h.tag)}</bdi></p>` : nothing}
          ${m.approximate ? html`<p class="hint">${s.locationApproximate}</p>` : nothing}
          ${m.locationNotes ? html`<p class="pre"><bdi>${m.locationNotes}</bdi></p>` : nothing}
          ${m.regions.length ? html`<p class="region">${joinIsolated(m.regions, ' › ')}</p>` : nothing}
          ${directions ? html`<a class="button directions" href=${directions} target="_blank" rel="noopener noreferrer">${s.directions}</a>` : nothing}
        </section>`
      : nothing}
    ${m.online
      ? html`<section>
          <h3>${s.online}</h3>
          <div class="actions">
            ${join ? html`<a class="button primary join" href=${join} target="_blank" rel="noopener noreferrer">${m.conferenceProvider ? s.joinOn(m.conferenceProvider) : s.joinOnline}</a>` : nothing}
            ${tel ? html`<a class="button dial" href=${tel}>${s.dialIn}</a>` : nothing}
          </div>
          ${tel && dial
            ? html`<p class="phone">${s.phoneNumber}: <span dir="ltr">${dial.number}</span></p>
                ${dial.meetingId ? html`<p class="phone-code">${x.meetingId}: <span dir="ltr">${dial.meetingId}</span> ${x.thenHash}</p>` : nothing}
                ${dial.passcode ? html`<p class="phone-code">${x.passcode}: <span dir="ltr">${dial.passcode}</span> ${x.thenHash}</p>` : nothing}`
            : nothing}
          ${m.conferenceUrlNotes ? html`<p class="pre"><bdi>${m.conferenceUrlNotes}</bdi></p>` : nothing}
          ${m.conferencePhoneNotes ? html`<p class="pre"><bdi>${m.conferencePhoneNotes}</bdi></p>` : nothing}
        </section>`
      : nothing}
    ${m.types.length
      ? html`<section>
          <h3>${s.typesHeading}</h3>
          <ul class="tags">
            ${m.types.map((c) => html`<li>${typeLabel(c)}</li>`)}
          </ul>
          ${renderTypeLegend({s, i18n: h.i18n, tag, codes: [...(m.online && m.inPerson ? [HYBRID] : m.online ? [ONLINE_TYPE] : []), ...m.types], name: typeLabel, site: h.typeDescriptions})}
        </section>`
      : nothing}
    ${m.notes ? html`<section><h3>${s.notes}</h3><p class="pre"><bdi>${m.notes}</bdi></p></section>` : nothing}
    ${m.group || m.groupNotes ? html`<section><h3>${s.group}</h3>${m.group ? html`<p><bdi>${m.group}</bdi></p>` : nothing}${m.groupNotes ? html`<p class="pre"><bdi>${m.groupNotes}</bdi></p>` : nothing}</section>` : nothing}
    ${tradition.length
      ? html`<section>
          <h3>${s.seventhTradition}</h3>
          <ul class="plain">
            ${tradition.map((t) => html`<li><a href=${t.url} target="_blank" rel="noopener noreferrer">${PROVIDER[t.kind]} ${t.label}</a></li>`)}
          </ul>
        </section>`
      : nothing}
    ${others.length
      ? html`<section>
          <h3>${s.sameLocation}</h3>
          <ul class="plain">
            ${others.map((other) => {
              const occ = h.occurrenceOf(other);
              return html`<li><button type="button" class="link other" @click=${() => occ && h.open(occ)}><bdi>${other.name}</bdi></button> <span class="hint">${occ ? h.whenText(occ) : ''}</span></li>`;
            })}
          </ul>
        </section>`
      : nothing}
    <p class="links">
      ${site ? html`<a href=${site} target="_blank" rel="noopener noreferrer">${s.website}</a>` : nothing}
      ${feedback ? html`<a class="feedback" href=${feedback} target="_blank" rel="noopener noreferrer">${s.reportProblem}</a>` : nothing}
      ${m.updated ? html`<span class="hint">${s.updated(dateOf(m.updated, tag))}</span>` : nothing}
    </p>`;
}
export async function share(h: DetailHost, m: Meeting) {
  const url = h.shareUrl(m);
  if (typeof navigator.share === 'function') {
    // Many share targets (messages, SMS) drop the title: the text names the meeting and its time too.
    const occ = h.occurrenceOf(m);
    const when = occ ? h.whenText(occ) : '';
    try {
      await navigator.share({title: m.name, text: when ? `${m.name} – ${when}` : m.name, url});
      return;
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') return;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    h.setNotice(h.text.linkCopied);
  } catch {
    h.setNotice(url);
  }
}

export function downloadIcs(h: DetailHost, occ: Occurrence) {
  const ics = meetingIcs(occ.meeting, {url: h.shareUrl(occ.meeting), now: Date.now(), labels: {join: h.text.joinOnline, dial: h.text.dialIn}});
  const blob = new Blob([ics], {type: 'text/calendar;charset=utf-8'});
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = icsFileName(occ.meeting);
  a.hidden = true;
  h.root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

