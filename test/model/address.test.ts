import {test} from 'node:test';
import assert from 'node:assert/strict';
import {countryName, isApproximateAddress, joinAddress, localAddress, tidyAddress} from '../../src/model/address.js';
import {unreadableReport} from '../../src/model/feed-report.js';

test('addresses: joined without stray commas, country codes by name', () => {
  assert.equal(joinAddress(['20811 Washington St,', 'Lynwood', undefined, ' IL 60411 ']), '20811 Washington St, Lynwood, IL 60411');
  assert.equal(joinAddress([',', undefined, '']), undefined);
  assert.equal(tidyAddress('20811 Washington St,, Lynwood, IL 60411,'), '20811 Washington St, Lynwood, IL 60411');
  assert.equal(tidyAddress('1 Main St, Springfield'), '1 Main St, Springfield');
  assert.equal(countryName('CA'), 'Canada');
  assert.equal(countryName('us'), 'United States');
  assert.equal(countryName('USA'), 'USA');
  assert.equal(countryName('Deutschland'), 'Deutschland');
});

test('addresses on screen: a country written out from a code is named in the visitor’s language', () => {
  const address = joinAddress(['1400 Williams Blvd', 'Springfield', 'IL 62704', countryName('US')])!;
  assert.equal(address, '1400 Williams Blvd, Springfield, IL 62704, United States');
  assert.equal(localAddress(address, 'en'), address);
  assert.equal(localAddress(address, 'de'), '1400 Williams Blvd, Springfield, IL 62704, Vereinigte Staaten');
  assert.equal(localAddress(address, 'ja'), '1400 Williams Blvd, Springfield, IL 62704, アメリカ合衆国');
  // A country the feed wrote itself, or none, stays as written.
  assert.equal(localAddress('1 Main St, Springfield, IL, USA', 'de'), '1 Main St, Springfield, IL, USA');
  assert.equal(localAddress('1 Main St, Springfield', 'ja'), '1 Main St, Springfield');
});

test('approximate: a city, region and country with no street', () => {
  for (const a of ['Philadelphia, PA, USA', 'Philadelphia, PA 19103, USA', 'Springfield, IL', 'Hartford, CT, USA', 'Online']) assert.equal(isApproximateAddress(a), true, a);
  for (const a of ['1 Main St, Springfield, IL', '1-30 Main Street, MyCity', 'Main St & Oak Ave, Springfield, IL', 'Johannisstraße 12, Nürnberg', '8318 104 Street NW, Edmonton, Alberta, T6E 4E8, Canada', 'Church Hall, Town, County, Country']) {
    assert.equal(isApproximateAddress(a), false, a);
  }
});

test('unreadable report: the count and the first distinct reasons', () => {
  const r = unreadableReport([{reason: 'a'}, {reason: 'a'}, {reason: 'b'}, {reason: 'c'}, {reason: 'd'}]);
  assert.deepEqual(r, {count: 5, reasons: ['a', 'b', 'c']});
});

test('approximate: never a street address written without a leading house number (issue 18 audit)', () => {
  // The number after the street's name (Europe), a venue and its town, a corner, street words of other languages.
  for (const a of [
    'Kerkstraat 5, Amsterdam, Netherlands',
    'Hauptstr. 5, Berlin',
    'Rua Augusta 100, Lisboa, Portugal',
    'First Baptist Church, Springfield, IL',
    'Alano Club, Edmonton, AB',
    'Broadway & 5th, New York, NY',
    'One Main Plaza, Springfield, IL',
    'Piazza del Duomo 1, Milano',
    'Alano Club, Edmonton',
    'Calle Mayor, Madrid',
    'Main Street Church, Springfield, IL, USA',
  ]) {
    assert.equal(isApproximateAddress(a), false, a);
  }
  // Still a city: its region (a code, with or without a postal code, or a name) and country.
  for (const a of ['Philadelphia, PA, US', 'Tweed, Ontario, Canada', 'Edmonton, AB T6E 4E8, Canada', 'Philadelphia', 'Philadelphia, Pennsylvania', 'St. Louis, MO, USA', 'Falls Church, VA 22046, USA', 'Rockville Centre, NY']) {
    assert.equal(isApproximateAddress(a), true, a);
  }
});
