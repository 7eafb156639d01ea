import {formatNumber, plural} from '../../core/i18n.js';

/** Numbers in counts are grouped as the language writes them (14,635). */
const count = (n: number) => formatNumber(n, 'en');

/** Strings of <peer-meeting-finder>. Functions take parameters; plurals go through the locale's rules. */
export const meetingFinder = {
  filters: 'Filters',
  filtersActive: (n: number) => (n === 1 ? '1 filter on' : `${n} filters on`),
  search: 'Search',
  searchPlaceholder: 'Name, place, address…',
  day: 'Day',
  today: 'Today',
  tomorrow: 'Tomorrow',
  time: 'Time of day',
  timeNames: {morning: 'Morning', midday: 'Midday', evening: 'Evening', night: 'Night'} as Record<string, string>,
  attendance: 'How to attend',
  anyAttendance: 'Any way',
  attendanceNames: {'in-person': 'In person', online: 'Online', hybrid: 'Hybrid'} as Record<string, string>,
  /** Badge of a meeting whose place is temporarily closed (type TC): it meets online, or not for now. */
  temporarilyClosed: 'Location temporarily closed',
  types: 'Meeting types',
  typesHint: 'Choose “with” to require a type, “without” to leave it out.',
  typeAny: 'Either',
  typeWith: 'With',
  typeWithout: 'Without',
  /** The button that opens the legend of meeting types (what Open, Closed, Hybrid… mean), in the filters and a meeting's details. */
  typeLegend: 'What do these mean?',
  /** A type code no table names and the site did not name either (the code as the feed wrote it). */
  otherType: (code: string) => `Other type (${code})`,
  /** Legend of the language filter (the languages meetings are held in, from the feed's language types). */
  meetingLanguages: 'Meeting language',
  region: 'Area',
  anyRegion: 'Any area',
  regionSearch: 'Find an area',
  near: 'Distance',
  nearMe: 'Near me',
  locating: 'Finding your location…',
  locationDenied: 'We could not get your location. You can still search by name or area.',
  nearPlace: 'Near a place',
  nearPlacePlaceholder: 'Town or postcode',
  nearPlaceGo: 'Search near',
  placeNotFound: 'We could not find that place.',
  within: 'Within',
  clearNear: 'Any distance',
  clearLocation: 'Clear location',
  favouritesOnly: 'Only my favourites',
  clearFilters: 'Clear filters',
  /** The count with `limit`, when more match than are shown: "5 of 120 meetings". */
  limitedCount: (shown: number, total: number) => `${count(shown)} of ${total === 1 ? '1 meeting' : `${count(total)} meetings`}`,
  /** The count with `upcoming`: "120 upcoming meetings" (those that have not started yet). */
  upcomingCount: (n: number) => (n === 1 ? '1 upcoming meeting' : `${count(n)} upcoming meetings`),
  /** With `upcoming` and `limit`, when more are coming up than are shown: "Next 5 of 120 meetings". */
  upcomingLimitedCount: (shown: number, total: number) => `Next ${count(shown)} of ${count(total)} meetings`,
  print: 'Print list',
  listView: 'List',
  mapView: 'Map',
  viewLabel: 'Show as',
  /** Heading of the results, for screen readers only (the meeting names are headings one level below it). */
  resultsHeading: 'Meetings',
  resultCount: (n: number) => (n === 1 ? '1 meeting' : `${count(n)} meetings`),
  resultCountEnded: (n: number, ended: number) => `${n === 1 ? '1 meeting' : `${count(n)} meetings`} (${ended === 1 ? '1 has' : `${count(ended)} have`} already ended)`,
  /** A meeting of the chosen day that is already over today. */
  ended: 'Ended',
  errorNoSource: 'No meeting feed was given (set the src attribute).',
  empty: 'No meetings match these filters.',
  emptyHint: 'Try another day, a wider area or fewer meeting types.',
  showMore: (shown: number, total: number) => `Show more (${count(shown)} of ${count(total)})`,
  skipped: (n: number) => (n === 1 ? '1 record could not be read' : `${count(n)} records could not be read`),
  byAppointment: 'By appointment',
  inProgress: 'Happening now',
  startingSoon: 'Starting soon',
  yourTime: (t: string) => `${t} your time`,
  distanceAway: (d: string, unit: 'mi' | 'km') => `${d} ${unit === 'km' ? 'km' : 'mi'} away`,
  /** A radius choice: "1 mile", "5 miles", "10 km" (plural rules of the page's locale). */
  radiusOption: (n: number, unit: 'mi' | 'km', tag: string) => (unit === 'km' ? `${formatNumber(n, tag)} km` : plural(n, tag, {one: '{n} mile', other: '{n} miles'})),
  addFavourite: (name: string) => `Add ${name} to favourites`,
  removeFavourite: (name: string) => `Remove ${name} from favourites`,
  // Detail view
  when: 'When',
  where: 'Where',
  online: 'Online',
  notes: 'Notes',
  group: 'Group',
  typesHeading: 'Types',
  directions: 'Directions',
  joinOn: (provider: string) => `Join on ${provider}`,
  joinOnline: 'Join online',
  dialIn: 'Join by phone',
  /** Before the dial-in number, for visitors who cannot tap to call. */
  phoneNumber: 'Number',
  addToCalendar: 'Add to calendar',
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  sameLocation: 'Other meetings here',
  seventhTradition: '7th Tradition',
  reportProblem: 'Report a problem',
  /** Subject of the e-mail that reports a problem with a meeting. */
  reportSubject: (name: string) => `Meeting update: ${name}`,
  website: 'Website',
  updated: (d: string) => `Updated ${d}`,
  /** Under the times of a meeting whose feed gives no time zone (they are not converted). */
  localTimeOnly: 'Local time where the meeting is held: the list does not say which time zone.',
  locationApproximate: 'Location is approximate',
  mapLoading: 'Loading the map…',
  loadingMeetings: 'Loading meetings…',
  /** While a big feed downloads: meetings read so far (`n` already formatted). */
  soFar: (n: string) => `${n} so far`,
  mapError: 'The map could not be loaded.',
  mapLabel: 'Map of meetings',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  /** OpenStreetMap's attribution: "© OpenStreetMap contributors". */
  mapContributors: 'contributors',
  mapNoCoordinates: 'None of these meetings has a location to show on the map.',
  meetingsHere: (n: number) => (n === 1 ? '1 meeting here' : `${count(n)} meetings here`),
  printedOn: (d: string) => `Printed ${d}`,
};
export type MeetingFinderStrings = typeof meetingFinder;
