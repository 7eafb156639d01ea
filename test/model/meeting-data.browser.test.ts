import {expect} from '@open-wc/testing';
import {loadMeetings, MeetingFeedError} from '../../src/sources/meetings.js';
import {zonedTimeToInstant, occurrences, zoneAbbreviation} from '../../src/model/meeting-time.js';
import {filterOccurrences} from '../../src/model/meeting-filter.js';
import {meetingIcs} from '../../src/model/meeting-ics.js';

// The same data layer in Chromium: real HTTP fetches of the fixtures, Chromium's Intl/ICU for time zones.
describe('meeting data layer in the browser', () => {
  it('works out occurrences in idle moments while a feed trickles in, equal to occurrences() of the meetings', async () => {
    const at = Date.now();
    const idle: number[] = [];
    const original = window.requestIdleCallback;
    // Count the idle slices the loader asks for (the work itself is the browser's own callback).
    window.requestIdleCallback = (cb, opts) => original((d) => (idle.push(1), cb(d)), opts);
    try {
      const r = await loadMeetings(['/fake-api/meeting-finder/trickle?n=900&pieces=4&ms=300'], 'auto', {defaultTimezone: 'America/Chicago', occurrencesAt: at});
      expect(r.meetings.length).to.equal(900);
      expect(idle.length).to.be.greaterThan(0);
      expect(r.occurrences!.map((o) => [o.meeting.id, o.day, o.nextStart])).to.deep.equal(occurrences(r.meetings, at).map((o) => [o.meeting.id, o.day, o.nextStart]));
    } finally {
      window.requestIdleCallback = original;
    }
  });

  it('occurrences worked out while downloading follow a zone settled only at the end of the feed (issue 18)', async () => {
    const at = Date.now();
    // The first 300 records name no zone and the embed gives none: until the feed ends they stand in
    // the visitor's zone; then the zone the other 600 name (Chicago) becomes theirs.
    const r = await loadMeetings(['/fake-api/meeting-finder/trickle?n=900&unzoned=300&pieces=4&ms=300'], 'auto', {defaultTimezone: '', visitorTz: 'Asia/Tokyo', occurrencesAt: at});
    expect(r.meetings.every((m) => m.timezone === 'America/Chicago' && !m.timezoneUnknown)).to.equal(true);
    expect(r.occurrences!.map((o) => [o.meeting.id, o.day, o.nextStart])).to.deep.equal(occurrences(r.meetings, at).map((o) => [o.meeting.id, o.day, o.nextStart]));
  });

  it('loads and merges the fixture feeds over HTTP and reports skipped records', async () => {
    const r = await loadMeetings(['/test/fixtures/meeting-guide/feed.json', '/test/fixtures/meeting-guide/feed-b.json'], 'auto', {defaultTimezone: 'America/Chicago'});
    expect(r.format).to.equal('meeting-guide');
    expect(r.meetings.length).to.equal(28);
    expect(r.issues.map((i) => i.code)).to.deep.equal(['duplicate-slug', 'bad-day', 'bad-time', 'no-location', 'no-slug']);
  });

  it('rejects a feed that is not a list, and one that is not JSON, with typed errors', async () => {
    let err: unknown;
    try {
      await loadMeetings(['/test/fixtures/meeting-guide/not-array.json'], 'auto', {defaultTimezone: 'UTC'});
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(MeetingFeedError);
    expect((err as MeetingFeedError).reason).to.equal('not-array');
    err = undefined;
    try {
      await loadMeetings(['/test/fixtures/meeting-guide/not-json.json'], 'auto', {defaultTimezone: 'UTC'});
    } catch (e) {
      err = e;
    }
    expect((err as MeetingFeedError).reason).to.equal('not-json');
  });

  it('converts wall clock times across DST with Chromium’s Intl', () => {
    expect(new Date(zonedTimeToInstant('America/Chicago', 2026, 3, 8, 150)).toISOString()).to.equal('2026-03-08T08:30:00.000Z');
    expect(new Date(zonedTimeToInstant('America/Chicago', 2026, 11, 1, 90)).toISOString()).to.equal('2026-11-01T06:30:00.000Z');
    expect(new Date(zonedTimeToInstant('Europe/Madrid', 2026, 10, 25, 19 * 60)).toISOString()).to.equal('2026-10-25T18:00:00.000Z');
    expect(zoneAbbreviation('America/New_York', Date.parse('2026-01-15T12:00:00Z'))).to.equal('EST');
  });

  it('filters, and writes a calendar file, for the loaded meetings', async () => {
    const {meetings} = await loadMeetings(['/test/fixtures/meeting-guide/feed.json'], 'meeting-guide', {defaultTimezone: 'America/Chicago'});
    const now = Date.parse('2026-11-25T18:00:00Z');
    const occ = occurrences(meetings, now, 'America/Chicago');
    const hybrid = filterOccurrences(occ, {attendance: 'hybrid'}, now, 'America/Chicago').map((o) => o.meeting.slug);
    expect(hybrid).to.deep.equal(['grupo-nueva-vida', 'saturday-grapevine']);
    const ics = meetingIcs(meetings.find((m) => m.slug === 'reunion-lunes-miercoles')!, {now});
    expect(ics).to.contain('DTSTART;TZID=America/Chicago:20261125T190000');
    expect(ics).to.contain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE');
  });
});
