/**
 * "Add to Google Calendar": the `calendar.google.com/calendar/render?action=TEMPLATE` link for a
 * meeting, the same event as its `.ics` (`meeting-ics.ts`): the next occurrence at the meeting's own
 * local time, repeating weekly on its days. With the meeting's zone the times are local to it
 * (`ctz`), so the entry keeps its clock time across DST; a meeting whose zone nobody gives gets
 * floating times (no `ctz`: Google reads them in the visitor's calendar zone). Nothing is contacted
 * until the visitor follows the link.
 */
import type {Meeting} from './meeting.js';
import {calendarEvent, type IcsOptions} from './meeting-ics.js';

export const GOOGLE_CALENDAR = 'https://calendar.google.com/calendar/render';

/** The link, or undefined for a by-appointment meeting (nothing to repeat). */
export function googleCalendarUrl(m: Meeting, options: IcsOptions = {}): string | undefined {
  if (m.start === null || !m.days.length) return undefined;
  const e = calendarEvent(m, options);
  const p = new URLSearchParams({action: 'TEMPLATE', text: m.name, dates: `${e.start}/${e.end}`});
  if (!m.timezoneUnknown) p.set('ctz', m.timezone);
  if (e.description) p.set('details', e.description);
  if (e.place) p.set('location', e.place);
  p.set('recur', `RRULE:FREQ=WEEKLY;BYDAY=${e.byDay}`);
  // URLSearchParams writes a space as `+`, which Google reads as a space too; `%20` is the plainer form.
  return `${GOOGLE_CALENDAR}?${p.toString().replace(/\+/g, '%20')}`;
}
