/**
 * A deterministic, realistic Meeting Guide feed of N meetings (default 10,000) for the finder's
 * benchmarks: real-shaped records the way intergroup feeds look (a metro area with regions and
 * sub-regions, several meetings per venue, 1–4 types, some on several days, ~20 % online and ~10 %
 * hybrid, a few with the messiness of hand-edited feeds: numbers as strings, comma-string types,
 * `H:MM` times, HTML in notes). Same `n` and `seed` → the same feed, byte for byte.
 *
 *   import {meetingGuideFeed, meetingGuideFeedJson} from './support/meetings-feed.js';
 *   const records = meetingGuideFeed(10_000);
 */

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADJECTIVES = ['Serenity', 'Hope', 'Courage', 'Acceptance', 'Gratitude', 'Freedom', 'New Beginnings', 'Sunrise', 'Lunch Bunch', 'Happy Hour', 'Night Owls', 'Keep It Simple', 'Easy Does It', 'Came to Believe', 'Design for Living', 'Big Book', 'Step Sisters', 'Primary Purpose', 'Unity', 'Fellowship', 'Nueva Vida', 'Esperanza', 'Recovery', 'Back to Basics', 'Into Action'];
const SUFFIXES = ['Group', 'Meeting', 'Discussion', 'Step Study', 'Speaker Meeting', 'Big Book Study', 'Home Group', 'Literature'];
const STREETS = ['Main St', 'Oak Ave', 'Maple St', 'Church St', 'Washington Blvd', 'Lincoln Ave', 'Park Rd', 'Elm St', 'Cedar Ln', 'Lake Dr', 'Broadway', 'Highland Ave', '2nd St', '5th Ave', 'Market St'];
const VENUES = ['First Methodist Church', 'St. Mark’s Episcopal', 'Community Center', 'Alano Club', 'Public Library', 'YMCA', 'Unity Church', 'Senior Center', 'Lutheran Church', 'Fellowship Hall', 'Recovery Clubhouse', 'Iglesia San José'];
const CITIES = ['Springfield', 'Riverton', 'Lakeside', 'Fairview', 'Greenville', 'Oak Park', 'Hillcrest', 'Millbrook', 'Cedar Falls', 'Westfield', 'Brookside', 'Franklin'];
const AREAS = ['Downtown', 'North End', 'South Side', 'East Side', 'West End', 'University', 'Old Town', 'Harbor'];
const TYPE_POOL = ['O', 'C', 'D', 'B', 'ST', 'SP', 'BE', 'W', 'M', 'Y', 'S', 'LGBTQ', 'X', 'CAN', 'LIT', 'MED', '12x12', 'TR', 'GR', 'H', 'A', 'SM', 'XT', 'BA', 'CF', 'ASL'];
const PROVIDERS = ['https://us02web.zoom.us/j/', 'https://zoom.us/j/', 'https://meet.google.com/', 'https://teams.microsoft.com/l/meetup-join/', 'https://meet.jit.si/'];
const NOTES = ['Coffee from 30 minutes before.', 'Enter through the side door.', 'Newcomers welcome.', 'Literature available.', 'Parking behind the building.', 'Reunión en español.', '<p>Bring a friend.</p>', ''];

export interface FeedOptions {
  seed?: number;
  /** Centre of the metro area. */
  centre?: {lat: number; lng: number};
  timezone?: string;
}

/** The feed's records (plain objects as parsed from JSON). */
export function meetingGuideFeed(n = 10_000, options: FeedOptions = {}): Record<string, unknown>[] {
  const rnd = prng(options.seed ?? 20261125);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const centre = options.centre ?? {lat: 39.7817, lng: -89.6501};
  const timezone = options.timezone ?? 'America/Chicago';
  // Venues: ~3 meetings each.
  const venues = Array.from({length: Math.max(1, Math.ceil(n / 3))}, (_, i) => {
    const city = pick(CITIES);
    return {
      name: `${pick(VENUES)}${i % 7 === 0 ? ` ${city}` : ''}`,
      address: `${100 + Math.floor(rnd() * 9800)} ${pick(STREETS)}`,
      city,
      area: pick(AREAS),
      zip: String(62700 + Math.floor(rnd() * 99)),
      lat: +(centre.lat + (rnd() - 0.5) * 0.8).toFixed(5),
      lng: +(centre.lng + (rnd() - 0.5) * 1.0).toFixed(5),
    };
  });
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const v = venues[i % venues.length];
    const r = rnd();
    const online = r < 0.3;
    const hybrid = r < 0.1;
    const daysRoll = rnd();
    const day = daysRoll < 0.85 ? Math.floor(rnd() * 7) : daysRoll < 0.95 ? [1, 2, 3, 4, 5] : [0, 6];
    const minutes = 6 * 60 + Math.floor(rnd() * 68) * 15; // 06:00–22:45 in 15-minute steps
    const hh = Math.floor(minutes / 60);
    const mm = String(minutes % 60).padStart(2, '0');
    const types = new Set<string>([rnd() < 0.6 ? 'O' : 'C']);
    const extra = Math.floor(rnd() * 4);
    for (let k = 0; k < extra; k++) types.add(pick(TYPE_POOL));
    if (online && !hybrid) types.add('ONL');
    const messy = rnd() < 0.1;
    const rec: Record<string, unknown> = {
      name: `${pick(ADJECTIVES)} ${pick(SUFFIXES)}`,
      slug: messy && i % 2 ? i : `meeting-${i}`,
      day: messy && typeof day === 'number' ? String(day) : day,
      time: messy ? `${hh}:${mm}` : `${String(hh).padStart(2, '0')}:${mm}`,
      end_time: rnd() < 0.7 ? `${String((hh + 1) % 24).padStart(2, '0')}:${mm}` : undefined,
      timezone: rnd() < 0.95 ? timezone : undefined,
      types: messy ? [...types].join(',') : [...types],
      notes: pick(NOTES) || undefined,
      region: v.city,
      sub_region: v.area,
      updated: '2026-09-14 18:02:11',
      url: `https://intergroup.example/meetings/meeting-${i}/`,
    };
    if (!online || hybrid) {
      rec.location = v.name;
      rec.formatted_address = `${v.address}, ${v.city}, IL ${v.zip}, USA`;
      rec.latitude = messy ? String(v.lat) : v.lat;
      rec.longitude = messy ? String(v.lng) : v.lng;
    } else {
      rec.formatted_address = `${v.city}, IL, USA`;
      rec.approximate = 'yes';
    }
    if (online) {
      const provider = pick(PROVIDERS);
      rec.conference_url = provider + (provider.includes('google') ? `abc-defg-${String(i).padStart(3, '0')}` : String(81_000_000_000 + i));
      if (rnd() < 0.5) rec.conference_phone = `+13126266799,,${81_000_000_000 + i}#`;
    }
    for (const k of Object.keys(rec)) if (rec[k] === undefined) delete rec[k];
    out.push(rec);
  }
  return out;
}

/** The feed as the JSON text a server would send. */
export function meetingGuideFeedJson(n = 10_000, options: FeedOptions = {}): string {
  return JSON.stringify(meetingGuideFeed(n, options));
}
