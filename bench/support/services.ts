/**
 * Deterministic generator of N realistic, fully nested HSDS 3 services (default 2,000) for benches:
 * recovery-service names and descriptions, organisations, taxonomy terms, phones (some text-capable),
 * weekly / overnight / 24-7 / missing hours, Spanish-speaking services, coordinates around
 * Philadelphia and Pittsburgh, costs. Same seed → same output.
 *
 *   import {generateServices, generateResources} from './support/services.js';
 *   const json = generateServices(2000);          // HSDS JSON (what a directory file holds)
 *   const resources = generateResources(2000);    // parsed by the HSDS adapter
 */
import type {Resource} from '../../src/model/resource.js';
import {parseAll} from '../../src/sources/hsds.js';

/** mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TERMS = [
  {id: 'detox', name: 'Detox & Withdrawal Management', kind: ['Detox Center', 'Withdrawal Management Unit', 'Medically Managed Detox']},
  {id: 'treatment', name: 'Substance Use Treatment', kind: ['Outpatient Program', 'Intensive Outpatient (IOP)', 'Residential Treatment', 'Recovery Clinic']},
  {id: 'moud', name: 'Medication for Opioid Use Disorder', kind: ['Buprenorphine Clinic', 'Methadone Program', 'Bridge Clinic']},
  {id: 'recovery-housing', name: 'Recovery Housing', kind: ['Recovery House', 'Sober Living Home', 'Recovery Residence']},
  {id: 'harm-reduction', name: 'Harm Reduction', kind: ['Syringe Services Program', 'Naloxone Distribution', 'Drop-in Center']},
  {id: 'peer-support', name: 'Peer Support Groups', kind: ['Peer Support Group', 'Recovery Community Center', 'Family Support Group']},
  {id: 'crisis', name: 'Crisis Hotlines', kind: ['Crisis Line', 'Warmline', 'Mobile Crisis Team']},
  {id: 'housing', name: 'Housing', kind: ['Emergency Shelter', 'Housing Navigation', 'Rental Assistance']},
  {id: 'legal', name: 'Legal Aid', kind: ['Legal Clinic', 'Record Clearing Clinic', 'Benefits Advocacy']},
  {id: 'mental-health', name: 'Mental Health', kind: ['Counseling Center', 'Behavioral Health Clinic', 'Psychiatric Services']},
];
const PLACES = ['Kensington', 'Fishtown', 'Germantown', 'South Philly', 'West Philly', 'Frankford', 'Norristown', 'Chester', 'Camden', 'Upper Darby', 'Lancaster', 'Reading', 'Allentown', 'Hill District', 'Homewood', 'McKeesport', 'Braddock', 'East Liberty', 'Carrick', 'Bethel Park'];
const ORGS = ['Keystone Recovery Network', 'Point of Prevention', 'City Department of Behavioral Health', 'Community Legal Services', 'Peer Circle', 'Gateway House', 'New Beginnings Inc.', 'Esperanza Health Center', 'Unity Recovery', 'Light of Hope Ministries', 'Riverside Family Services', 'Three Rivers Recovery'];
const SENTENCES = [
  'Walk-ins are welcome; no referral is needed.',
  'We accept Medicaid, Medicare and most private insurance, with a sliding scale for everyone else.',
  'Peer recovery specialists with lived experience are on site.',
  'Free naloxone and fentanyl test strips are available at the front desk.',
  'Services are confidential and judgement-free.',
  'Hablamos español.',
  'Bring photo ID if you have one; it is not required.',
  'Transportation assistance is available for appointments.',
  'Family members and friends are welcome to join.',
  'Telehealth follow-ups are available after the first visit.',
  'We help with insurance enrolment and benefits applications.',
  'Women with children can be accommodated.',
];
const CITIES = [
  {city: 'Philadelphia', state: 'PA', lat: 39.9526, lng: -75.1652, zip: '191'},
  {city: 'Pittsburgh', state: 'PA', lat: 40.4406, lng: -79.9959, zip: '152'},
];
const STREETS = ['Market St', 'Broad St', 'Germantown Ave', 'Frankford Ave', 'Penn Ave', 'Liberty Ave', 'Main St', 'Lancaster Ave', 'Baltimore Ave', 'Forbes Ave'];

type Json = Record<string, unknown>;

/** One schedule shape of several real-world patterns (or none: hours unknown). */
function hours(r: () => number, id: string): Json[] {
  const s = (byday: string, opens: string, closes: string, extra: Json = {}): Json => ({id: `${id}-${byday}-${opens}`, freq: 'WEEKLY', byday, opens_at: opens, closes_at: closes, timezone: -5, ...extra});
  const x = r();
  if (x < 0.35) return [s('MO,TU,WE,TH,FR', '09:00', '17:00')];
  if (x < 0.5) return [s('MO,TU,WE,TH,FR', '07:00:00', '14:00:00'), s('SA', '08:00', '11:00')];
  if (x < 0.6) return [s('MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59', {description: 'Open 24 hours'})];
  if (x < 0.68) return [s('FR,SA', '20:00', '02:00'), s('MO,WE', '10:00', '15:00')];
  if (x < 0.78) return [s('TU,TH', '18:00', '19:30')];
  if (x < 0.82) return [{id: `${id}-desc`, description: 'By appointment only'}];
  return [];
}

/** `n` fully nested HSDS services (deterministic for a given seed). */
export function generateServices(n = 2000, seed = 1): Json[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
  const out: Json[] = [];
  for (let i = 0; i < n; i++) {
    const term = pick(TERMS);
    const second = r() < 0.3 ? pick(TERMS) : undefined;
    const place = pick(PLACES);
    const city = pick(CITIES);
    const org = pick(ORGS);
    const id = `svc-${String(i + 1).padStart(5, '0')}`;
    const spanish = r() < 0.3;
    const lat = +(city.lat + (r() - 0.5) * 0.5).toFixed(5);
    const lng = +(city.lng + (r() - 0.5) * 0.6).toFixed(5);
    const virtual = term.id === 'crisis' && r() < 0.6;
    const location: Json = {
      id: `loc-${i + 1}`,
      location_type: virtual ? 'virtual' : 'physical',
      name: virtual ? 'Phone and online' : `${place} site`,
      latitude: virtual ? null : r() < 0.1 ? String(lat) : lat,
      longitude: virtual ? null : r() < 0.1 ? String(lng) : lng,
      addresses: virtual ? [] : [{id: `addr-${i + 1}`, address_1: `${100 + Math.floor(r() * 4800)} ${pick(STREETS)}`, city: city.city, state_province: city.state, postal_code: `${city.zip}${String(Math.floor(r() * 50)).padStart(2, '0')}`, country: 'US', address_type: 'physical'}],
      accessibility: r() < 0.4 ? [{id: `acc-${i + 1}`, description: 'Step-free entrance'}] : [],
      languages: spanish ? [{id: `ll-${i + 1}`, name: 'Spanish', code: 'es'}] : [],
      phones: [],
      schedules: [],
    };
    const attrs = [term, ...(second && second !== term ? [second] : [])].map((t, k) => ({
      id: `attr-${i + 1}-${k}`,
      taxonomy_term_id: `tt-${t.id}`,
      taxonomy_term: {id: `tt-${t.id}`, name: t.name, code: null, taxonomy: 'peerkit-recovery'},
    }));
    const sentences = [pick(SENTENCES), pick(SENTENCES), ...(r() < 0.5 ? [pick(SENTENCES)] : [])];
    const free = r() < 0.35;
    out.push({
      id: r() < 0.05 ? i + 1 : id,
      name: `${place} ${pick(term.kind)}`,
      alternate_name: null,
      description: r() < 0.2 ? `<p>${sentences.join('</p><p>')}</p>` : sentences.join(' '),
      url: r() < 0.7 ? `https://example.org/${id}` : null,
      email: r() < 0.5 ? `${id}@example.org` : null,
      status: r() < 0.95 ? 'active' : pick(['inactive', 'temporarily closed', 'waitlist']),
      fees_description: free ? pick(['Free', 'No cost', 'Free and confidential']) : pick(['Medicaid and private insurance', 'Sliding scale', null]),
      eligibility_description: r() < 0.4 ? pick(['Adults 18+', 'Ages 12–25', 'Women and children', 'Veterans']) : null,
      minimum_age: r() < 0.3 ? '18' : null,
      assured_date: r() < 0.6 ? `2026-${String(1 + Math.floor(r() * 10)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}` : null,
      organization: {id: `org-${ORGS.indexOf(org)}`, name: org, website: 'https://example.org', phones: [{id: `op-${i}`, number: '215-555-0100', type: 'voice'}]},
      phones: [
        {id: `p-${i + 1}`, number: `${pick(['215', '267', '412', '610'])}-555-${String(Math.floor(r() * 10000)).padStart(4, '0')}`, type: 'voice', languages: spanish ? [{name: 'Spanish', code: 'es'}] : []},
        ...(r() < 0.2 ? [{id: `pt-${i + 1}`, number: `267-555-${String(Math.floor(r() * 10000)).padStart(4, '0')}`, type: 'text'}] : []),
      ],
      schedules: hours(r, id),
      languages: [{name: 'English', code: 'en'}, ...(spanish ? [{name: 'Spanish', code: 'es'}] : [])],
      cost_options: free && r() < 0.5 ? [{id: `co-${i + 1}`, amount: 0, option: 'Free'}] : [],
      attributes: attrs,
      service_at_locations: [{id: `sal-${i + 1}`, service_id: id, location_id: location.id, phones: [], schedules: [], location}],
      service_areas: [],
      required_documents: [],
      capacities: [],
      additional_urls: [],
      last_modified: '2026-11-01T00:00:00Z',
    });
  }
  return out;
}

/** `n` services parsed by the HSDS adapter. */
export function generateResources(n = 2000, seed = 1): Resource[] {
  return parseAll(generateServices(n, seed), 'bench').resources;
}
