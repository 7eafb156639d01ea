import {test} from 'node:test';
import assert from 'node:assert/strict';
import {activeFilterCount, parseAttendance, parseDays, parseTimes, parseUnit, toFilters, toggleWord} from '../../../src/elements/meeting-finder/filters.js';
import {parseLatLng} from '../../../src/model/geo.js';

test('finder attributes are read in any case with spaces trimmed, and come back lower-case', () => {
  assert.equal(parseAttendance('Online'), 'online');
  assert.equal(parseAttendance('In-Person'), 'in-person');
  assert.equal(parseAttendance(' HYBRID '), 'hybrid');
  assert.equal(parseAttendance('in person'), undefined);
  assert.equal(parseAttendance(''), undefined);
  assert.equal(parseAttendance(undefined), undefined);
  assert.equal(parseUnit('KM'), 'km');
  assert.equal(parseUnit('Km'), 'km');
  assert.equal(parseUnit(' km '), 'km');
  assert.equal(parseUnit('miles'), 'mi');
  assert.equal(parseUnit(undefined), 'mi');
  assert.deepEqual(parseTimes('Evening  NIGHT'), ['evening', 'night']);
  assert.deepEqual(parseDays(' Today 3 TOMORROW '), ['today', 3, 'tomorrow']);

  const f = toFilters({day: 'Today', time: 'Evening', attendance: 'Online', near: '+41.88, -87.63', radius: 5, distanceUnit: 'KM'});
  assert.deepEqual(f, {day: ['today'], time: ['evening'], attendance: 'online', near: {lat: 41.88, lng: -87.63}, distanceUnit: 'km', radius: 5});
  assert.equal(toFilters({attendance: 'In-Person'}).attendance, 'in-person');
  assert.equal(activeFilterCount({attendance: 'Online', near: '+41.88, -87.63'}), 2);
});

test('near accepts a leading + on either number and spaces around the comma', () => {
  assert.deepEqual(parseLatLng('+41.88, -87.63'), {lat: 41.88, lng: -87.63});
  assert.deepEqual(parseLatLng(' 41.88 ,  +87.63 '), {lat: 41.88, lng: 87.63});
  assert.deepEqual(parseLatLng('-33.9,+151.2'), {lat: -33.9, lng: 151.2});
  for (const bad of ['++41,2', '+-41,2', '41.88', '41.88 -87.63', '+ 41.88,2', '91,0', '0,0', '']) assert.equal(parseLatLng(bad), undefined, bad);
});

test('toggling a day or time chip removes the word however the attribute spells it', () => {
  assert.equal(toggleWord('Evening night', 'evening', false), 'night');
  assert.equal(toggleWord('Today', 'today', true), 'today');
  assert.equal(toggleWord('1 3', '5', true), '1 3 5');
});
