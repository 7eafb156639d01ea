import {expect} from '@open-wc/testing';
import {shareLink, sharedIds} from '../../../src/elements/resource-directory/saved.js';
import {URL_KEYS, fromUrl, toUrl} from '../../../src/elements/resource-directory/url-sync.js';
import {readParams, writeParams} from '../../../src/controllers/url-state.js';
import {labelIn, parseCategories, parseCrisisLines} from '../../../src/elements/resource-directory/config.js';
import {telUrl, smsUrl, directionsUrl, addressText, scheduleZone} from '../../../src/elements/resource-directory/links.js';
import type {Resource} from '../../../src/model/resource.js';

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('resource directory helpers', () => {
  it('share links carry only ids, encoded, and read back the same', () => {
    const link = shareLink(['svc-1', 'a,b', 'ñ/2'], 'https://example.org/find?x=1#old');
    expect(link).to.equal('https://example.org/find?x=1#saved=svc-1,a%2Cb,%C3%B1%2F2');
    expect(sharedIds(new URL(link).hash)).to.deep.equal(['svc-1', 'a,b', 'ñ/2']);
    expect(sharedIds('#other=1')).to.equal(undefined);
    expect(sharedIds('#saved=a,,a,%E0%A4%A')).to.deep.equal(['a']);
  });

  it('writes filters under namespaced keys without touching the page’s own parameters', () => {
    history.replaceState(null, '', `${location.pathname}?page=3`);
    writeParams('rd-', URL_KEYS, toUrl({query: ' detox ', category: 'moud', openNow: true, radius: 10, near: '40.00000,-75.00000'}));
    const p = new URL(location.href).searchParams;
    expect(p.get('page')).to.equal('3');
    expect(p.get('rd-q')).to.equal('detox');
    expect(p.get('rd-category')).to.equal('moud');
    expect(p.get('rd-open')).to.equal('1');
    expect(fromUrl(readParams('rd-', URL_KEYS))).to.deep.equal({query: 'detox', category: 'moud', near: '40.00000,-75.00000', radius: 10, openNow: true});
    expect(fromUrl({radius: 'x', open: '0'})).to.deep.equal({openNow: false});
    writeParams('rd-', URL_KEYS, toUrl({}));
    expect(location.search).to.equal('?page=3');
  });

  it('parses site categories and crisis lines, dropping unsafe or malformed entries', () => {
    expect(parseCategories('["Housing", {"id": "moud", "label": {"en": "MOUD", "es": "MTOU"}, "terms": ["buprenorphine", 3]}, {"label": "no id"}]')).to.deep.equal([
      {id: 'Housing', label: 'Housing'},
      {id: 'moud', label: {en: 'MOUD', es: 'MTOU'}, terms: ['buprenorphine']},
    ]);
    expect(parseCategories('not json')).to.equal(undefined);
    expect(parseCategories('[]')).to.equal(undefined);
    expect(labelIn({en: 'MOUD', es: 'MTOU'}, 'es')).to.equal('MTOU');
    expect(labelIn({en: 'Only English'}, 'es')).to.equal('Only English');
    expect(parseCrisisLines('[{"label": "Call", "href": "tel:988"}, {"label": "x", "href": "javascript:alert(1)"}, {"href": "tel:1"}]')).to.deep.equal([{label: 'Call', href: 'tel:988'}]);
  });

  it('shows a schedule’s times on the clock the hours engine uses', () => {
    const july = Date.UTC(2026, 6, 1);
    const rules = [{days: [1], opens: 540, closes: 1020}];
    // "-5" in July from a New York embed is Eastern time (EDT), not a literal UTC-5.
    expect(scheduleZone([{rules, utcOffsetMinutes: -300}], 'America/New_York', july)).to.equal('America/New_York');
    expect(scheduleZone([{rules, utcOffsetMinutes: -300}], 'Europe/Madrid', july)).to.equal(-300);
    expect(scheduleZone([{rules, timezone: 'America/Chicago', utcOffsetMinutes: -300}], 'America/New_York', july)).to.equal('America/Chicago');
    expect(scheduleZone([], 'America/Denver', july)).to.equal('America/Denver');
  });

  it('builds contact links only from safe, plausible values', () => {
    expect(telUrl('(215) 555-0101', '12')).to.equal('tel:2155550101,12');
    expect(telUrl('call us')).to.equal(undefined);
    expect(smsUrl('+1 308 555 0143')).to.equal('sms:+13085550143');
    expect(addressText({line: '1 Main St', city: 'Camden', region: 'NJ', postalCode: '08103'})).to.equal('1 Main St, Camden, NJ 08103');
    // Issue 18: a trailing comma in the data does not show as ",,".
    expect(addressText({line: '20811 Washington St,', city: 'Lynwood', region: 'IL', postalCode: '60411'})).to.equal('20811 Washington St, Lynwood, IL 60411');
    const r = {location: {id: 'l', type: 'physical', latitude: 39.9, longitude: -75.1, accessibility: [], languages: []}} as unknown as Resource;
    expect(directionsUrl(r)).to.equal('https://www.google.com/maps/dir/?api=1&destination=39.9%2C-75.1');
    expect(directionsUrl({location: {...r.location!, type: 'virtual'}} as Resource)).to.equal(undefined);
  });
});
