/**
 * Demo meetings: a small region on the Platte river straddling two time zones (Central in North
 * Platte and Kearney, Mountain in Ogallala and Scottsbluff). Venues and groups are invented; towns,
 * zones and coordinates are real. Types come from the Meeting Guide type list.
 */
interface Venue {
  location: string;
  address: string;
  city: string;
  postal: string;
  lat: number;
  lng: number;
  region: string;
  sub_region?: string;
  tz: 'America/Chicago' | 'America/Denver';
  notes?: string;
}

const V: Record<string, Venue> = {
  stPauls: {location: "St. Paul's Lutheran Church", address: '308 W 5th St', city: 'North Platte', postal: '69101', lat: 41.1371, lng: -100.7665, region: 'North Platte', sub_region: 'Downtown', tz: 'America/Chicago', notes: 'Use the east door by the parking lot; basement fellowship hall.'},
  alano: {location: 'Platte Valley Alano Club', address: '1120 N Jeffers St', city: 'North Platte', postal: '69101', lat: 41.1452, lng: -100.7651, region: 'North Platte', sub_region: 'North Side', tz: 'America/Chicago', notes: 'Coffee is on from 30 minutes before each meeting.'},
  hospital: {location: 'Great Plains Health, Conference Room B', address: '601 W Leota St', city: 'North Platte', postal: '69101', lat: 41.1263, lng: -100.7704, region: 'North Platte', sub_region: 'South Side', tz: 'America/Chicago', notes: 'Enter through the main lobby; ask the front desk for Conference Room B.'},
  library: {location: 'North Platte Public Library, Community Room', address: '120 W 4th St', city: 'North Platte', postal: '69101', lat: 41.1359, lng: -100.7633, region: 'North Platte', sub_region: 'Downtown', tz: 'America/Chicago'},
  methodist: {location: 'First United Methodist Church', address: '2002 S Willow St', city: 'North Platte', postal: '69101', lat: 41.1118, lng: -100.7678, region: 'North Platte', sub_region: 'South Side', tz: 'America/Chicago', notes: 'Wheelchair ramp on Willow St side.'},
  kearneyCenter: {location: 'Kearney Recovery Center', address: '2404 Central Ave', city: 'Kearney', postal: '68847', lat: 40.7017, lng: -99.0812, region: 'Kearney', tz: 'America/Chicago'},
  kearneyChurch: {location: 'St. James Catholic Church, Parish Hall', address: '3801 Ave A', city: 'Kearney', postal: '68847', lat: 40.7152, lng: -99.0868, region: 'Kearney', tz: 'America/Chicago'},
  ogallalaHall: {location: 'Ogallala Community Center', address: '511 N Spruce St', city: 'Ogallala', postal: '69153', lat: 41.1312, lng: -101.7202, region: 'Ogallala', tz: 'America/Denver'},
  ogallalaChurch: {location: 'Grace Episcopal Church', address: '214 W 5th St', city: 'Ogallala', postal: '69153', lat: 41.1305, lng: -101.7223, region: 'Ogallala', tz: 'America/Denver', notes: 'Side entrance on Spruce St.'},
  scottsbluffClub: {location: 'Monument Valley Fellowship Hall', address: '1702 Broadway', city: 'Scottsbluff', postal: '69361', lat: 41.8722, lng: -103.6622, region: 'Scottsbluff', tz: 'America/Denver'},
  scottsbluffChurch: {location: 'First Presbyterian Church', address: '1908 4th Ave', city: 'Scottsbluff', postal: '69361', lat: 41.8696, lng: -103.6664, region: 'Scottsbluff', tz: 'America/Denver', notes: 'Meets in room 4, down the stairs on the left.'},
  gering: {location: 'Gering Civic Center', address: '1050 M St', city: 'Gering', postal: '69341', lat: 41.8269, lng: -103.6606, region: 'Scottsbluff', sub_region: 'Gering', tz: 'America/Denver'},
};

type Mode = 'in-person' | 'online' | 'hybrid';
interface Group {
  name: string;
  fellowship: 'AA' | 'NA' | 'Al-Anon' | 'SMART' | 'CMA' | 'Refuge';
  venue?: keyof typeof V;
  /** For online-only groups. */
  tz?: Venue['tz'];
  region?: string;
  mode: Mode;
  slots: {day: number | number[]; time: string; end?: string; types?: string[]; name?: string}[];
  types: string[];
  zoom?: string;
  phone?: string;
  notes?: string;
  group?: string;
}

const zoom = (id: string, pwd?: string) => `https://zoom.us/j/${id}${pwd ? `?pwd=${pwd}` : ''}`;

const GROUPS: Group[] = [
  {name: 'Sunrise Serenity', fellowship: 'AA', venue: 'alano', mode: 'in-person', types: ['O', 'D'], group: 'Sunrise Serenity Group', slots: [{day: [1, 2, 3, 4, 5], time: '06:30', end: '07:30'}, {day: 6, time: '07:00', end: '08:00', types: ['B']}]},
  {name: 'Noon Nuggets', fellowship: 'AA', venue: 'alano', mode: 'hybrid', types: ['O', 'D'], zoom: zoom('81234567890', 'Tm9vbk51Z2dldHM'), phone: '+13462487799,,81234567890#,,,,*482913#', slots: [{day: [0, 1, 2, 3, 4, 5, 6], time: '12:00', end: '13:00'}]},
  {name: 'Downtown Big Book Study', fellowship: 'AA', venue: 'stPauls', mode: 'in-person', types: ['C', 'B', 'LIT'], slots: [{day: 2, time: '19:00', end: '20:00'}, {day: 4, time: '19:00', end: '20:00', name: 'Downtown Step Study', types: ['C', 'ST']}]},
  {name: "Women's Circle of Hope", fellowship: 'AA', venue: 'methodist', mode: 'in-person', types: ['C', 'W', 'D'], slots: [{day: 1, time: '18:30', end: '19:30'}, {day: 3, time: '10:00', end: '11:00', types: ['C', 'W', 'BE', 'CF']}]},
  {name: 'Men on the Move', fellowship: 'AA', venue: 'stPauls', mode: 'in-person', types: ['C', 'M', 'ST'], slots: [{day: 6, time: '08:00', end: '09:00'}]},
  {name: 'Grupo Nueva Esperanza', fellowship: 'AA', venue: 'library', mode: 'in-person', types: ['O', 'S', 'D'], notes: 'Reunión en español. Todos son bienvenidos.', slots: [{day: 2, time: '19:30', end: '21:00'}, {day: 5, time: '19:30', end: '21:00'}, {day: 0, time: '16:00', end: '17:30', types: ['O', 'S', 'B']}]},
  {name: 'Young People in Recovery', fellowship: 'AA', venue: 'library', mode: 'hybrid', types: ['O', 'Y', 'D'], zoom: zoom('84455667788', 'WVBBeW91bmc'), slots: [{day: 5, time: '20:00', end: '21:00'}]},
  {name: 'Living Sober Online', fellowship: 'AA', tz: 'America/Chicago', region: 'Online', mode: 'online', types: ['O', 'D', 'LGBTQ'], zoom: zoom('89911223344', 'TGl2aW5nU29iZXI'), phone: '+16699006833,,89911223344#', notes: 'Password 24hours. Cameras optional; please mute when not sharing.', slots: [{day: [1, 3, 5], time: '21:00', end: '22:00'}]},
  {name: 'Late Night Lifeline', fellowship: 'AA', tz: 'America/Chicago', region: 'Online', mode: 'online', types: ['O', 'D'], zoom: 'https://meet.google.com/xyz-abcd-efg', phone: '+15153771234,,,,482991034#', notes: 'Google Meet. Dial-in PIN 482 991 034#.', slots: [{day: [0, 1, 2, 3, 4, 5, 6], time: '23:00', end: '00:00'}]},
  {name: 'Eleventh Step Meditation', fellowship: 'AA', venue: 'hospital', mode: 'hybrid', types: ['O', '11', 'MED'], zoom: zoom('83300112233'), slots: [{day: 0, time: '18:00', end: '19:00'}]},
  {name: 'Kearney Keep It Simple', fellowship: 'AA', venue: 'kearneyCenter', mode: 'in-person', types: ['O', 'D', 'X'], slots: [{day: [1, 3, 5], time: '12:00', end: '13:00'}, {day: 6, time: '10:00', end: '11:00', types: ['O', 'SP']}]},
  {name: 'Kearney Grapevine', fellowship: 'AA', venue: 'kearneyChurch', mode: 'in-person', types: ['C', 'GR', 'LIT'], slots: [{day: 4, time: '19:00', end: '20:00'}]},
  {name: 'High Plains Group', fellowship: 'AA', venue: 'ogallalaHall', mode: 'in-person', types: ['O', 'D', 'X'], slots: [{day: [1, 4], time: '19:00', end: '20:00'}, {day: 6, time: '09:00', end: '10:00', types: ['O', 'B']}]},
  {name: 'Lake McConaughy Sobriety', fellowship: 'AA', venue: 'ogallalaChurch', mode: 'hybrid', types: ['O', 'D'], zoom: zoom('86677889900', 'TGFrZU1j'), slots: [{day: 3, time: '18:00', end: '19:00'}]},
  {name: 'Monument Valley Group', fellowship: 'AA', venue: 'scottsbluffClub', mode: 'in-person', types: ['O', 'D', 'X'], slots: [{day: [0, 2, 4], time: '19:00', end: '20:00'}, {day: 6, time: '12:00', end: '13:00', types: ['O', 'SP']}]},
  {name: 'Grupo Valle del Río', fellowship: 'AA', venue: 'gering', mode: 'in-person', types: ['C', 'S', 'D'], notes: 'Reunión cerrada en español; solo para quienes tienen un deseo de dejar de beber.', slots: [{day: 3, time: '19:00', end: '20:30'}]},
  {name: 'Clean and Serene', fellowship: 'NA', venue: 'alano', mode: 'in-person', types: ['O', 'D'], slots: [{day: [1, 3], time: '19:30', end: '20:30'}, {day: 5, time: '19:30', end: '20:30', name: 'Clean and Serene Speaker Night', types: ['O', 'SP']}]},
  {name: 'Just for Today NA', fellowship: 'NA', venue: 'hospital', mode: 'hybrid', types: ['O', 'LIT'], zoom: zoom('87766554433', 'SkZU'), phone: '+13017158592,,87766554433#', slots: [{day: [2, 4], time: '12:00', end: '13:00'}]},
  {name: 'Miracles Happen NA', fellowship: 'NA', venue: 'kearneyCenter', mode: 'in-person', types: ['C', 'D'], slots: [{day: [0, 6], time: '18:00', end: '19:00'}]},
  {name: 'Panhandle NA', fellowship: 'NA', venue: 'scottsbluffChurch', mode: 'in-person', types: ['O', 'D'], slots: [{day: [2, 5], time: '19:00', end: '20:00'}]},
  {name: 'NA Recovery Online', fellowship: 'NA', tz: 'America/Denver', region: 'Online', mode: 'online', types: ['O', 'D', 'ST'], zoom: zoom('85544332211'), phone: '+12532158782,,85544332211#', slots: [{day: [0, 3], time: '20:00', end: '21:00'}]},
  {name: 'Al-Anon Serenity Seekers', fellowship: 'Al-Anon', venue: 'methodist', mode: 'in-person', types: ['C', 'AL-AN', 'LIT'], notes: 'For families and friends of alcoholics.', slots: [{day: 1, time: '19:00', end: '20:00'}, {day: 4, time: '10:00', end: '11:00'}]},
  {name: 'Al-Anon Hope for Today', fellowship: 'Al-Anon', venue: 'kearneyChurch', mode: 'hybrid', types: ['O', 'AL-AN'], zoom: zoom('82211009988'), slots: [{day: 2, time: '18:00', end: '19:00'}]},
  {name: 'Al-Anon Familias Unidas', fellowship: 'Al-Anon', venue: 'gering', mode: 'in-person', types: ['C', 'AL-AN', 'S'], notes: 'Grupo de familias Al-Anon en español.', slots: [{day: 6, time: '17:00', end: '18:00'}]},
  {name: 'Al-Anon Evening Online', fellowship: 'Al-Anon', tz: 'America/Denver', region: 'Online', mode: 'online', types: ['C', 'AL-AN'], zoom: zoom('81100223344', 'QWxBbm9u'), slots: [{day: [1, 4], time: '19:30', end: '20:30'}]},
  {name: 'SMART Recovery North Platte', fellowship: 'SMART', venue: 'library', mode: 'in-person', types: ['O', 'D'], notes: 'Science-based, secular self-help. Bring a notebook.', slots: [{day: 3, time: '17:30', end: '19:00'}]},
  {name: 'SMART Recovery Family & Friends', fellowship: 'SMART', tz: 'America/Chicago', region: 'Online', mode: 'online', types: ['O', 'A'], zoom: zoom('88822334455'), slots: [{day: 0, time: '14:00', end: '15:30'}]},
  {name: 'SMART Recovery Scottsbluff', fellowship: 'SMART', venue: 'scottsbluffClub', mode: 'hybrid', types: ['O', 'A'], zoom: zoom('89933445566'), slots: [{day: 1, time: '18:00', end: '19:30'}]},
  {name: 'Crystal Meth Anonymous Panhandle', fellowship: 'CMA', venue: 'scottsbluffChurch', mode: 'in-person', types: ['O', 'D'], slots: [{day: 4, time: '18:30', end: '19:30'}]},
  {name: 'Refuge Recovery Sangha', fellowship: 'Refuge', venue: 'hospital', mode: 'in-person', types: ['O', 'MED', 'A'], notes: 'Buddhist-inspired recovery; 20 minutes of meditation, then sharing.', slots: [{day: 2, time: '18:00', end: '19:15'}]},
];

const slugify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const ENTITY: Record<Group['fellowship'], {entity: string; entity_url: string; entity_phone?: string}> = {
  AA: {entity: 'Platte Valley Intergroup (demo)', entity_url: 'https://example.org/aa', entity_phone: '+13085550100'},
  NA: {entity: 'Western Nebraska Area of NA (demo)', entity_url: 'https://example.org/na'},
  'Al-Anon': {entity: 'Al-Anon Family Groups, Nebraska (demo)', entity_url: 'https://example.org/al-anon'},
  SMART: {entity: 'SMART Recovery (demo listing)', entity_url: 'https://example.org/smart'},
  CMA: {entity: 'Crystal Meth Anonymous (demo listing)', entity_url: 'https://example.org/cma'},
  Refuge: {entity: 'Refuge Recovery (demo listing)', entity_url: 'https://example.org/refuge'},
};

/** ~60 Meeting Guide records. */
export function demoMeetings(updated: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const g of GROUPS) {
    const v = g.venue ? V[g.venue] : undefined;
    for (const slot of g.slots) {
      const days = Array.isArray(slot.day) ? slot.day : [slot.day];
      // Weekday groups with many days: one record per day keeps each meeting's slug stable.
      for (const d of days) {
        const name = slot.name ?? g.name;
        const m: Record<string, unknown> = {
          name,
          slug: `${slugify(name)}-${DAYS[d]}-${slot.time.replace(':', '')}`,
          day: d,
          time: slot.time,
          end_time: slot.end,
          timezone: v?.tz ?? g.tz,
          types: [...new Set(slot.types ?? g.types)],
          notes: g.notes,
          group: g.group ?? `${g.name} Group`,
          updated,
          ...ENTITY[g.fellowship],
          district: g.fellowship,
        };
        if (v && g.mode !== 'online') {
          Object.assign(m, {
            location: v.location,
            formatted_address: `${v.address}, ${v.city}, NE ${v.postal}, USA`,
            address: v.address,
            city: v.city,
            state: 'NE',
            postal_code: v.postal,
            country: 'US',
            latitude: v.lat,
            longitude: v.lng,
            region: v.region,
            sub_region: v.sub_region,
            location_notes: v.notes,
          });
        } else {
          Object.assign(m, {region: g.region ?? 'Online', approximate: 'yes', formatted_address: g.tz === 'America/Denver' ? 'Scottsbluff, NE, USA' : 'North Platte, NE, USA'});
        }
        if (g.mode !== 'in-person') {
          if (g.zoom) m.conference_url = g.zoom;
          if (g.phone) m.conference_phone = g.phone;
          m.conference_url_notes = g.zoom?.includes('zoom.us') ? 'Zoom: the link joins directly; the password is in the link.' : 'Google Meet: open the link in a browser or the Meet app.';
          if (g.phone) m.conference_phone_notes = 'One-tap dial-in; the meeting ID and password are included.';
        }
        if (g.fellowship === 'AA' && g.mode !== 'in-person') m.venmo = '@PlatteValleyIntergroup';
        out.push(Object.fromEntries(Object.entries(m).filter(([, x]) => x !== undefined)));
      }
    }
  }
  return out;
}
