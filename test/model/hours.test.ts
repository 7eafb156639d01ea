import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {openStatus, weeklyHours, closesInMinutes} from '../../src/model/hours.js';
import {schedulesFromHsds, parseClock, parseUtcOffset, parseByDay} from '../../src/model/hours-parse.js';
import type {Schedule} from '../../src/model/resource.js';

const at = (iso: string) => new Date(iso);
const ms = (iso: string) => Date.parse(iso);
const weekly = (byday: string | null, opens_at: string | null, closes_at: string | null, extra: Record<string, unknown> = {}) =>
  schedulesFromHsds([{freq: 'WEEKLY', byday, opens_at, closes_at, timezone: -5, ...extra}]);

describe('parsing HSDS schedules', () => {
  test('clock times in the forms real feeds use', () => {
    assert.equal(parseClock('09:00'), 540);
    assert.equal(parseClock('9:00'), 540);
    assert.equal(parseClock('09:00:00'), 540);
    assert.equal(parseClock('21:30:00Z'), 1290);
    assert.equal(parseClock('9:30 PM'), 1290);
    assert.equal(parseClock('12:00 am'), 0);
    assert.equal(parseClock('24:00'), 1440);
    assert.equal(parseClock('nine'), undefined);
    assert.equal(parseClock('25:00'), undefined);
    assert.equal(parseClock('9'), undefined);
    assert.equal(parseClock(null), undefined);
  });

  test('offsets and days', () => {
    assert.equal(parseUtcOffset(-5), -300);
    assert.equal(parseUtcOffset('-05:00'), -300);
    assert.equal(parseUtcOffset('+5.5'), 330);
    assert.equal(parseUtcOffset('UTC+1'), 60);
    assert.equal(parseUtcOffset('America/New_York'), undefined);
    assert.deepEqual(parseByDay('MO,TU'), [1, 2]);
    assert.deepEqual(parseByDay('su, sa'), [0, 6]);
    assert.deepEqual(parseByDay(['FR', '1MO']), [1, 5]);
    assert.equal(parseByDay('XX'), undefined);
  });

  test('a weekly schedule becomes rules with offset, validity and description', () => {
    const [s] = schedulesFromHsds([
      {freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00:00', closes_at: '17:00:00', timezone: '-05:00', valid_from: '2026-01-01', until: '2026-12-31T00:00:00Z', description: 'Walk-ins until 4'},
    ]);
    assert.deepEqual(s, {rules: [{days: [1, 2], opens: 540, closes: 1020}], utcOffsetMinutes: -300, validFrom: '2026-01-01', validTo: '2026-12-31', description: 'Walk-ins until 4'});
  });

  test('dtstart stands in for valid_from; an IANA zone in `timezone` or the location is kept', () => {
    const [a] = schedulesFromHsds([{freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00', dtstart: '2026-02-01', timezone: 'Europe/Madrid'}]);
    assert.equal(a.validFrom, '2026-02-01');
    assert.equal(a.timezone, 'Europe/Madrid');
    const [b] = schedulesFromHsds([{freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00'}], 'America/New_York');
    assert.equal(b.timezone, 'America/New_York');
  });

  test('24-hour conventions all mean the whole day', () => {
    for (const [o, c] of [
      ['00:00', '23:59'],
      ['00:00', '00:00'],
      ['00:00', '24:00'],
      ['00:00:00', '23:59:59'],
    ]) {
      const [s] = weekly('MO,TU,WE,TH,FR,SA,SU', o, c);
      assert.equal(s.allDay, true, `${o}–${c}`);
      assert.deepEqual(s.rules[0], {days: [0, 1, 2, 3, 4, 5, 6], opens: 0, closes: 1440}, `${o}–${c}`);
    }
    const [d] = schedulesFromHsds([{freq: null, byday: null, opens_at: null, closes_at: null, description: 'Open 24 hours, 7 days a week'}]);
    assert.equal(d.allDay, true);
    assert.deepEqual(d.rules[0].days, [0, 1, 2, 3, 4, 5, 6]);
  });

  test('unreadable times keep only the description; a schedule with nothing at all is dropped', () => {
    assert.deepEqual(schedulesFromHsds([{freq: 'WEEKLY', byday: 'MO', opens_at: 'nine', closes_at: 'five', description: 'By appointment'}]), [{rules: [], description: 'By appointment'}]);
    assert.deepEqual(schedulesFromHsds([{freq: 'WEEKLY', byday: 'MO', opens_at: 'nine', closes_at: 'five'}]), []);
    assert.deepEqual(schedulesFromHsds([{freq: 'MONTHLY', bymonthday: '1', opens_at: '09:00', closes_at: '12:00'}]), []);
    assert.deepEqual(schedulesFromHsds(null), []);
    assert.deepEqual(schedulesFromHsds([null, 'x', 3]), []);
  });
});

describe('openStatus at fixed instants', () => {
  const weekdays = weekly('MO,TU,WE,TH,FR', '09:00', '17:00');

  test('open with minutes to closing, closed with the next opening', () => {
    // Wed 2026-01-14 10:00 EST
    assert.deepEqual(openStatus(weekdays, at('2026-01-14T15:00:00Z')), {state: 'open', closesAt: ms('2026-01-14T22:00:00Z'), closesInMinutes: 420});
    // Wed 18:00 EST → Thu 09:00
    assert.deepEqual(openStatus(weekdays, at('2026-01-14T23:00:00Z')), {state: 'closed', opensAt: ms('2026-01-15T14:00:00Z')});
    // Fri 17:00 exactly is closed; next opening Monday
    assert.deepEqual(openStatus(weekdays, at('2026-01-16T22:00:00Z')), {state: 'closed', opensAt: ms('2026-01-19T14:00:00Z')});
    // 16:40 → closes in 20 min
    const s = openStatus(weekdays, at('2026-01-14T21:40:00Z'));
    assert.equal(s.state === 'open' && s.closesInMinutes, 20);
    assert.equal(closesInMinutes(s, at('2026-01-14T21:50:00Z')), 10);
  });

  test('several schedules are combined', () => {
    const s = [...weekly('MO,TU,WE,TH,FR', '07:00', '14:00'), ...weekly('SA', '08:00', '11:00')];
    assert.equal(openStatus(s, at('2026-01-17T13:30:00Z')).state, 'open'); // Sat 08:30
    assert.deepEqual(openStatus(s, at('2026-01-17T17:00:00Z')), {state: 'closed', opensAt: ms('2026-01-19T12:00:00Z')}); // Sat 12:00 → Mon 07:00
  });

  test('overnight ranges close the next day', () => {
    const van = weekly('FR,SA', '20:00', '02:00');
    // Fri 21:00 EST → open until Sat 02:00 EST (07:00Z)
    assert.deepEqual(openStatus(van, at('2026-01-17T02:00:00Z')), {state: 'open', closesAt: ms('2026-01-17T07:00:00Z'), closesInMinutes: 300});
    // Sat 01:30 EST: still Friday night's range
    assert.deepEqual(openStatus(van, at('2026-01-17T06:30:00Z')), {state: 'open', closesAt: ms('2026-01-17T07:00:00Z'), closesInMinutes: 30});
    // Sun 01:30 EST: Saturday night's range, even though Sunday is not listed
    assert.equal(openStatus(van, at('2026-01-18T06:30:00Z')).state, 'open');
    // Sun 03:00 EST: closed until Fri 20:00
    assert.deepEqual(openStatus(van, at('2026-01-18T08:00:00Z')), {state: 'closed', opensAt: ms('2026-01-24T01:00:00Z')});
  });

  test('overnight across the end of the week (Sunday night into Monday)', () => {
    const s = weekly('SU', '22:00', '06:00');
    assert.deepEqual(openStatus(s, at('2026-01-19T10:00:00Z')), {state: 'open', closesAt: ms('2026-01-19T11:00:00Z'), closesInMinutes: 60}); // Mon 05:00
    assert.equal(openStatus(s, at('2026-01-19T11:00:00Z')).state, 'closed'); // Mon 06:00
  });

  test('open around the clock: allDay without a closing time', () => {
    for (const [o, c] of [
      ['00:00', '23:59'],
      ['00:00', '00:00'],
      ['00:00', '24:00'],
    ]) {
      assert.deepEqual(openStatus(weekly('MO,TU,WE,TH,FR,SA,SU', o, c), at('2026-01-14T23:59:30Z')), {state: 'open', allDay: true}, `${o}–${c}`);
    }
    const desc = schedulesFromHsds([{description: '24 hours a day, 7 days a week'}]);
    assert.deepEqual(openStatus(desc, at('2026-01-14T12:00:00Z'), 'America/New_York'), {state: 'open', allDay: true});
  });

  test('24 hours on weekdays only closes at the start of Saturday', () => {
    const s = weekly('MO,TU,WE,TH,FR', '00:00', '23:59');
    const st = openStatus(s, at('2026-01-14T15:00:00Z'));
    assert.equal(st.state, 'open');
    assert.equal(st.state === 'open' && st.closesAt, ms('2026-01-17T05:00:00Z'));
    assert.equal(st.state === 'open' && st.allDay, true);
    assert.deepEqual(openStatus(s, at('2026-01-17T15:00:00Z')), {state: 'closed', opensAt: ms('2026-01-19T05:00:00Z')});
  });

  test('never open when hours are missing or unreadable', () => {
    assert.deepEqual(openStatus([], at('2026-01-14T15:00:00Z')), {state: 'unknown'});
    assert.deepEqual(openStatus(undefined, at('2026-01-14T15:00:00Z')), {state: 'unknown'});
    assert.deepEqual(openStatus(schedulesFromHsds([{byday: 'MO,TU,WE,TH,FR', opens_at: 'nine', closes_at: 'five', description: 'Call first'}]), at('2026-01-14T15:00:00Z')), {state: 'unknown'});
    // Times but no clock at all (no offset, no zone, no fallback): cannot be placed in time.
    const noZone = schedulesFromHsds([{freq: 'WEEKLY', byday: 'WE', opens_at: '00:00', closes_at: '23:59'}]);
    assert.deepEqual(openStatus(noZone, at('2026-01-14T15:00:00Z')), {state: 'unknown'});
    assert.equal(openStatus(noZone, at('2026-01-14T15:00:00Z'), 'America/New_York').state, 'open');
    assert.deepEqual(openStatus(weekdays, new Date('nonsense')), {state: 'unknown'});
  });

  test('validity: expired schedules are unknown, the current one wins, a future one is not open yet', () => {
    const expired = weekly('MO,TU,WE,TH,FR,SA,SU', '08:00', '20:00', {valid_from: '2024-03-01', valid_to: '2024-09-30'});
    assert.deepEqual(openStatus(expired, at('2026-01-14T15:00:00Z')), {state: 'unknown', expired: true});
    const both = [...weekly('MO,TU,WE,TH,FR', '09:00', '17:00', {valid_to: '2025-12-31'}), ...weekly('MO,TU,WE,TH', '09:00', '17:00', {valid_from: '2026-01-01'})];
    assert.equal(openStatus(both, at('2026-01-14T15:00:00Z')).state, 'open'); // Wed
    assert.deepEqual(openStatus(both, at('2026-01-16T15:00:00Z')), {state: 'closed', opensAt: ms('2026-01-19T14:00:00Z')}); // Fri: only the old schedule had Fridays
    // Ends today: open until closing, then nothing
    const endsToday = weekly('MO,TU,WE,TH,FR', '09:00', '17:00', {valid_to: '2026-01-14'});
    assert.equal(openStatus(endsToday, at('2026-01-14T15:00:00Z')).state, 'open');
    assert.deepEqual(openStatus(endsToday, at('2026-01-14T23:00:00Z')), {state: 'closed'});
    const future = weekly('MO,TU,WE,TH,FR', '09:00', '17:00', {valid_from: '2026-01-15'});
    assert.deepEqual(openStatus(future, at('2026-01-14T15:00:00Z')), {state: 'closed', opensAt: ms('2026-01-15T14:00:00Z')});
  });

  test('a numeric offset the location zone uses follows daylight saving; a conflicting one is literal', () => {
    // Wed 2026-07-15 13:30Z = 09:30 EDT, but 08:30 at a fixed -05:00.
    assert.equal(openStatus(weekdays, at('2026-07-15T13:30:00Z'), 'America/New_York').state, 'open');
    assert.deepEqual(openStatus(weekdays, at('2026-07-15T13:30:00Z')), {state: 'closed', opensAt: ms('2026-07-15T14:00:00Z')});
    // -5 is not a Madrid offset: taken literally.
    assert.equal(openStatus(weekdays, at('2026-07-15T13:30:00Z'), 'Europe/Madrid').state, 'closed');
  });
});

describe('daylight-saving change days', () => {
  const ny = (byday: string, o: string, c: string): Schedule[] => schedulesFromHsds([{freq: 'WEEKLY', byday, opens_at: o, closes_at: c}], 'America/New_York');
  const madrid = (byday: string, o: string, c: string): Schedule[] => schedulesFromHsds([{freq: 'WEEKLY', byday, opens_at: o, closes_at: c, timezone: 1}], 'Europe/Madrid');

  test('New York, spring forward (Sun 2026-03-08)', () => {
    const day = ny('SU', '09:00', '17:00');
    assert.deepEqual(openStatus(day, at('2026-03-08T12:30:00Z')), {state: 'closed', opensAt: ms('2026-03-08T13:00:00Z')}); // 08:30 EDT
    assert.deepEqual(openStatus(day, at('2026-03-08T13:30:00Z')), {state: 'open', closesAt: ms('2026-03-08T21:00:00Z'), closesInMinutes: 450});
    // A range across the skipped hour: 01:00 EST – 04:00 EDT is 2 hours long.
    const night = ny('SU', '01:00', '04:00');
    assert.deepEqual(openStatus(night, at('2026-03-08T07:30:00Z')), {state: 'open', closesAt: ms('2026-03-08T08:00:00Z'), closesInMinutes: 30});
    // Overnight from Saturday into the change.
    const sat = ny('SA', '22:00', '06:00');
    assert.deepEqual(openStatus(sat, at('2026-03-08T09:00:00Z')), {state: 'open', closesAt: ms('2026-03-08T10:00:00Z'), closesInMinutes: 60}); // 05:00 EDT
  });

  test('New York, fall back (Sun 2026-11-01)', () => {
    const day = ny('SU', '09:00', '17:00');
    assert.deepEqual(openStatus(day, at('2026-11-01T13:30:00Z')), {state: 'closed', opensAt: ms('2026-11-01T14:00:00Z')}); // 08:30 EST
    assert.deepEqual(openStatus(day, at('2026-11-01T21:30:00Z')), {state: 'open', closesAt: ms('2026-11-01T22:00:00Z'), closesInMinutes: 30});
    const sat = ny('SA', '22:00', '06:00'); // 22:00 EDT (02:00Z) to 06:00 EST (11:00Z): 9 hours
    assert.deepEqual(openStatus(sat, at('2026-11-01T10:30:00Z')), {state: 'open', closesAt: ms('2026-11-01T11:00:00Z'), closesInMinutes: 30});
  });

  test('Madrid, spring forward (Sun 2026-03-29) and fall back (Sun 2026-10-25)', () => {
    const day = madrid('SU', '10:00', '14:00');
    assert.deepEqual(openStatus(day, at('2026-03-29T07:30:00Z')), {state: 'closed', opensAt: ms('2026-03-29T08:00:00Z')}); // 09:30 CEST
    assert.deepEqual(openStatus(day, at('2026-03-29T08:30:00Z')), {state: 'open', closesAt: ms('2026-03-29T12:00:00Z'), closesInMinutes: 210});
    assert.deepEqual(openStatus(day, at('2026-10-25T08:30:00Z')), {state: 'closed', opensAt: ms('2026-10-25T09:00:00Z')}); // 09:30 CET
    assert.deepEqual(openStatus(day, at('2026-10-25T12:30:00Z')), {state: 'open', closesAt: ms('2026-10-25T13:00:00Z'), closesInMinutes: 30});
    const sat = madrid('SA', '22:00', '06:00'); // Sat 22:00 CET (21:00Z) → Sun 06:00 CEST (04:00Z)
    assert.deepEqual(openStatus(sat, at('2026-03-29T03:30:00Z')), {state: 'open', closesAt: ms('2026-03-29T04:00:00Z'), closesInMinutes: 30});
  });

  test('the week before and after the change use the right offset', () => {
    const day = ny('MO,TU,WE,TH,FR', '09:00', '17:00');
    assert.equal(openStatus(day, at('2026-03-06T14:30:00Z')).state, 'open'); // Fri 09:30 EST
    assert.equal(openStatus(day, at('2026-03-09T13:30:00Z')).state, 'open'); // Mon 09:30 EDT
    assert.equal(openStatus(day, at('2026-03-09T12:30:00Z')).state, 'closed'); // Mon 08:30 EDT
    // Closed on Friday evening before the change: next opening Monday 09:00 EDT = 13:00Z
    assert.deepEqual(openStatus(day, at('2026-03-06T23:00:00Z')), {state: 'closed', opensAt: ms('2026-03-09T13:00:00Z')});
  });
});

describe('against the real clock', () => {
  test('a schedule open all week is open now', () => {
    const s = schedulesFromHsds([{freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', timezone: 0}]);
    assert.deepEqual(openStatus(s, new Date()), {state: 'open', allDay: true});
    assert.deepEqual(openStatus(s, Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone), {state: 'open', allDay: true});
  });

  test('a schedule open every day except today is closed now, opening within a day or two', () => {
    const now = new Date();
    const today = now.getUTCDay();
    const codes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'].filter((_, i) => i !== today).join(',');
    const st = openStatus(schedulesFromHsds([{byday: codes, opens_at: '00:00', closes_at: '23:59', timezone: 0}]), now);
    assert.equal(st.state, 'closed');
    assert.ok(st.state === 'closed' && st.opensAt! > now.getTime() && st.opensAt! - now.getTime() <= 86_400_000);
  });

  test('no hours is unknown now', () => {
    assert.deepEqual(openStatus([], new Date()), {state: 'unknown'});
  });
});

describe('weeklyHours', () => {
  const s = [
    ...schedulesFromHsds([{byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00', timezone: -5}]),
    ...schedulesFromHsds([{byday: 'FR,SA', opens_at: '20:00', closes_at: '02:00', timezone: -5}]),
    ...schedulesFromHsds([{byday: 'SU', opens_at: '00:00', closes_at: '00:00', timezone: -5}]),
  ];

  test('English rows, Monday first, overnight marked, 24 hours, closed', () => {
    const rows = weeklyHours(s, 'en-US', at('2026-01-14T12:00:00Z'));
    assert.deepEqual(
      rows.map((r) => r.name),
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    );
    assert.equal(rows[0].text, '9:00 AM – 5:00 PM');
    assert.equal(rows[4].text, '9:00 AM – 5:00 PM, 8:00 PM – 2:00 AM (next day)');
    assert.equal(rows[5].text, '8:00 PM – 2:00 AM (next day)');
    assert.equal(rows[6].text, 'Open 24 hours');
    assert.equal(rows[6].allDay, true);
  });

  test('Spanish rows', () => {
    const rows = weeklyHours(weekly('MO', '09:00', '17:00'), 'es', at('2026-01-14T12:00:00Z'), undefined, {allDay: 'Abierto las 24 horas', closed: 'Cerrado', nextDay: '(día siguiente)'});
    assert.equal(rows[0].name, 'lunes');
    assert.equal(rows[0].text, '9:00 – 17:00');
    assert.equal(rows[1].text, 'Cerrado');
  });

  test('expired schedules are left out when a current one exists; when all have expired, the last valid ones are shown (issue 18)', () => {
    const both = [...weekly('MO', '09:00', '17:00', {valid_to: '2024-01-01'}), ...weekly('TU', '10:00', '12:00', {valid_from: '2025-01-01'})];
    const rows = weeklyHours(both, 'en', at('2026-01-14T12:00:00Z'));
    assert.deepEqual(rows.slice(0, 2).map((r) => r.text), ['Closed', '10:00 AM – 12:00 PM']);
    const old = weeklyHours(weekly('MO', '09:00', '17:00', {valid_to: '2024-01-01'}), 'en', at('2026-01-14T12:00:00Z'));
    assert.deepEqual(old.slice(0, 2).map((r) => r.text), ['9:00 AM – 5:00 PM', 'Closed']);
  });
});
