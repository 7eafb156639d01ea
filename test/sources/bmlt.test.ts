import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {bmltSearchUrl, formatCode, isBmltUrl, parseBmlt, parseBmltFormats} from '../../src/sources/bmlt.js';
import {MeetingFeedError} from '../../src/model/meeting-errors.js';
import {typeName} from '../../src/model/meeting-types.js';
import type {Meeting} from '../../src/model/meeting.js';

const ROOT = 'https://bmlt.example.org/main_server/';
const fixture = (f: string) => JSON.parse(readFileSync(new URL(`../fixtures/bmlt/${f}`, import.meta.url), 'utf8'));
const parsed = parseBmlt(fixture('results.json'), ROOT, 2, {defaultTimezone: 'America/Denver'});
const byId = (id: string): Meeting => parsed.meetings.find((m) => m.slug === id)!;

test('reads {meetings, formats}: ids, weekdays 1–7 → 0–6, HH:MM:SS times and durations', () => {
  assert.equal(parsed.meetings.length, 6);
  assert.deepEqual(parsed.issues, []);
  const m = byId('101');
  assert.equal(m.id, '2:101');
  assert.equal(m.feed, ROOT);
  assert.equal(m.name, 'Just For Today');
  assert.deepEqual([m.days, m.start, m.end], [[0], 19 * 60, 20 * 60 + 30]); // Sunday, 1h30
  assert.deepEqual(byId('104').days, [6]); // 7 = Saturday
  assert.equal(byId('102').timezone, 'America/Denver'); // empty time_zone → default
  assert.equal(byId('101').timezone, 'America/New_York');
});

test('venue types → attendance, with join link and dial-in', () => {
  assert.equal(byId('101').attendance, 'in-person');
  const virtual = byId('102');
  assert.deepEqual([virtual.attendance, virtual.inPerson, virtual.online, virtual.approximate], ['online', false, true, true]);
  assert.equal(virtual.conferenceUrl, 'https://zoom.us/j/5551234567');
  assert.equal(virtual.conferenceProvider, 'Zoom');
  assert.equal(virtual.conferencePhone, '+19292056099,,5551234567#');
  assert.equal(virtual.conferenceUrlNotes, 'Meeting ID: 555 123 4567 Passcode: 1234');
  const hybrid = byId('103');
  assert.deepEqual([hybrid.attendance, hybrid.conferenceProvider], ['hybrid', 'Google Meet']);
});

test('address, location, notes and regions from the location_* fields', () => {
  const m = byId('101');
  assert.equal(m.location, 'Grace Episcopal Church');
  assert.equal(m.address, '123 Main St, Burlington, VT 05401, USA');
  assert.equal(m.locationNotes, 'Basement, use the rear door');
  assert.equal(m.notes, 'Coffee provided.');
  assert.deepEqual(m.regions, ['Burlington', 'Old North End']);
  assert.deepEqual([m.latitude, m.longitude], [44.4817, -73.2128]);
  assert.equal(byId('106').latitude, undefined); // "0","0" is no place
});

test('formats: world_id → Meeting Guide code, else the server key named in extraTypeNames', () => {
  assert.deepEqual(byId('101').types, ['O', 'BT', 'X']);
  assert.deepEqual(byId('103').types, ['HYBR', 'C', 'BE', 'ST']); // world id HY: the NAWS code HYBR
  assert.deepEqual(byId('104').types, ['W', 'S', 'C']); // LANG world id + key SPAN → S; CL → CLOSED → C
  assert.deepEqual(byId('105').types, ['M', 'ST', 'SM', 'IW']);
  assert.deepEqual(byId('106').types, ['ONL', 'LGBTQ', 'O']);
  const m = byId('101');
  assert.equal(typeName('BT', 'en', m), 'Basic Text');
  assert.equal(typeName('O', 'es', m), 'Abierta');
  assert.equal(typeName('IW', 'en', m), 'It Works -How and Why');
});

test('format codes that would collide with a different Meeting Guide code are prefixed', () => {
  assert.equal(formatCode('B', 'BEG'), 'BE');
  assert.equal(formatCode('B', ''), 'BMLT-B'); // NA "B" (Beginners) is not Meeting Guide "B" (Big Book)
  assert.equal(formatCode('JFT', 'JFT'), 'JFT');
  assert.equal(formatCode('ES', 'LANG'), 'S');
  assert.equal(formatCode('VM', 'VM'), 'ONL');
  assert.equal(formatCode('TC', 'TC'), 'TC');
  assert.deepEqual(parseBmltFormats([{id: 1}, 'x', {id: '2', key_string: 'O', world_id: 'OPEN'}]).map((f) => f.code), ['O']);
});

test('a bare array of meetings (no formats): universal keys mapped, the others kept', () => {
  const r = parseBmlt(fixture('bare.json'), ROOT, 0, {defaultTimezone: 'UTC'});
  assert.deepEqual(r.meetings.map((m) => m.types), [['O', 'BT', 'X'], ['ONL', 'O', 'JFT']]);
  assert.equal(formatCode('B', undefined), 'BMLT-B');
  assert.equal(formatCode('W', undefined), 'W');
});

test('bad records are skipped with reasons; a non-meeting response throws', () => {
  const good = fixture('bare.json')[0];
  const r = parseBmlt(
    [good, {...good}, {...good, id_bigint: ''}, {...good, id_bigint: '7', weekday_tinyint: '0'}, {...good, id_bigint: '8', start_time: 'midnight'}, {...good, id_bigint: '9', location_street: '', latitude: '0', longitude: '0', location_municipality: '', location_province: '', location_postal_code_1: '', location_nation: ''}, 3],
    ROOT,
    0,
    {defaultTimezone: 'UTC'},
  );
  assert.equal(r.meetings.length, 1);
  assert.deepEqual(r.issues.map((i) => i.code), ['duplicate-slug', 'no-slug', 'bad-day', 'bad-time', 'no-location', 'not-object']);
  assert.throws(() => parseBmlt({error: 'x'}, ROOT, 0, {defaultTimezone: 'UTC'}), (e: unknown) => e instanceof MeetingFeedError && e.reason === 'unknown-shape');
});

test('the GetSearchResults URL: weekdays (1 = Sunday), venue types, formats with exclusions and AND, distance, language', () => {
  const url = new URL(
    bmltSearchUrl(ROOT, {day: [0, 'tomorrow'], attendance: 'in-person', types: ['O', '-C', 'BT', 'NOPE'], near: {lat: 44.48, lng: -73.21}, radius: 5}, {lang: 'es-MX', formats: parsed.formats, now: Date.parse('2026-11-25T18:00:00Z'), visitorTz: 'America/New_York'}),
  );
  assert.equal(url.origin + url.pathname, 'https://bmlt.example.org/main_server/client_interface/json/');
  const p = url.searchParams;
  assert.equal(p.get('switcher'), 'GetSearchResults');
  assert.equal(p.get('get_used_formats'), '1');
  assert.equal(p.get('weekdays'), '1,5'); // Sunday and Thursday (tomorrow in New York)
  assert.equal(p.get('venue_types'), '1,3');
  assert.equal(p.get('formats'), '17,-4,3');
  assert.equal(p.get('formats_comparison_operator'), 'AND');
  assert.deepEqual([p.get('lat_val'), p.get('long_val'), p.get('geo_width'), p.get('sort_results_by_distance')], ['44.48', '-73.21', '5', '1']);
  assert.equal(p.get('lang_enum'), 'es');
  const km = new URL(bmltSearchUrl(ROOT, {near: {lat: 1, lng: 2}, radius: 10, distanceUnit: 'km', attendance: 'online'}));
  assert.equal(km.searchParams.get('geo_width_km'), '10');
  assert.equal(km.searchParams.get('venue_types'), '2,3');
  // Without known formats, types stay client-side; without a radius, no distance query.
  const plain = new URL(bmltSearchUrl('https://x.example/main_server', {types: ['O'], near: {lat: 1, lng: 2}, attendance: 'hybrid'}));
  assert.equal(plain.searchParams.get('formats'), null);
  assert.equal(plain.searchParams.get('lat_val'), null);
  assert.equal(plain.searchParams.get('venue_types'), '3');
  assert.equal(plain.pathname, '/main_server/client_interface/json/');
});

test('an explicit client_interface URL keeps its parameters; BMLT URLs are recognised', () => {
  const own = new URL(bmltSearchUrl('https://x.example/main_server/client_interface/json/?switcher=GetSearchResults&services=4&recursive=1'));
  assert.deepEqual([own.searchParams.get('services'), own.searchParams.get('get_used_formats')], ['4', '1']);
  assert.equal(new URL(bmltSearchUrl('https://x.example/main_server/?utm=1#top')).pathname, '/main_server/client_interface/json/');
  const trimmed = new URL(bmltSearchUrl('https://x.example/main_server/client_interface/json/'));
  assert.equal(trimmed.searchParams.get('switcher'), 'GetSearchResults');
  assert.ok(isBmltUrl('https://x.example/main_server'));
  assert.ok(isBmltUrl('https://x.example/main_server/'));
  assert.ok(isBmltUrl('https://x.example/bmlt/client_interface/json/?switcher=GetSearchResults'));
  assert.ok(!isBmltUrl('https://x.example/meetings.json'));
  assert.ok(!isBmltUrl('https://x.example/main_server_list.json'));
});

test('a required type code several formats carry stays client-side; excluding it sends every format', () => {
  // BEG (id 1) and NEWCOMER (id 60) both mean Beginners (BE).
  const formats = parseBmltFormats([
    ...fixture('results.json').formats,
    {id: '60', key_string: 'NC', name_string: 'Newcomer', lang: 'en', world_id: 'NEWCOMER'},
  ]);
  const params = (types: string[]) => new URL(bmltSearchUrl(ROOT, {types}, {formats})).searchParams;
  const beginners = params(['BE']);
  assert.equal(beginners.get('formats'), null);
  assert.equal(beginners.get('formats_comparison_operator'), null);
  // Open (one format) is still sent; Beginners is filtered in the page.
  assert.deepEqual([params(['O', 'BE']).get('formats'), params(['O', 'BE']).get('formats_comparison_operator')], ['17', 'AND']);
  assert.equal(params(['-BE']).get('formats'), '-1,-60');
  assert.equal(params(['O', '-BE']).get('formats'), '17,-1,-60');
  // Two keys listed for the same format id (C and CL → id 4) are one format: still sent.
  assert.equal(params(['C']).get('formats'), '4');
  // With only the fixture's formats, BEG alone carries BE: sent.
  assert.equal(new URL(bmltSearchUrl(ROOT, {types: ['BE']}, {formats: parsed.formats})).searchParams.get('formats'), '1');
});
