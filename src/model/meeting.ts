/**
 * The meeting domain model: what every meeting source adapter (Meeting Guide JSON, BMLT) produces
 * and what `<peer-meeting-finder>` renders. Widgets never see wire formats.
 *
 * CONTRACT between the model/adapters (src/model, src/sources) and the element
 * (src/elements/meeting-finder). Extend it; do not rename or remove fields without updating both.
 */

export type Attendance = 'in-person' | 'online' | 'hybrid';
export type TimeOfDay = 'morning' | 'midday' | 'evening' | 'night';
export type DistanceUnit = 'mi' | 'km';
export type MeetingFormat = 'meeting-guide' | 'bmlt' | 'auto';

/**
 * Adapters create every meeting with all fields present, in this order (absent optional fields are
 * `undefined`), so all meetings share one object shape; test for a value, not with `in`. Equal
 * arrays (days, types, regions, feedbackEmails) may be shared between meetings and are frozen.
 */
export interface Meeting {
  /** Unique across every merged feed: `${feedIndex}:${slug}`. Used for favourites and deep links. */
  id: string;
  /** The feed's own key (string even when the feed sent a number). */
  slug: string;
  /** URL of the feed the meeting came from. */
  feed: string;
  name: string;
  /** 0–6 (0 = Sunday); empty = by appointment. One occurrence per day. */
  days: number[];
  /** Start as minutes after local midnight (0–1439); null = by appointment. */
  start: number | null;
  /** End as minutes after local midnight; start + 60 when the feed gives none. May be < start (past midnight). */
  end: number | null;
  /**
   * IANA zone of the meeting: its own in the feed, else the embed's (`timezone` on the element or
   * `<peer-config>`), else the zone most of the feed's records name; else the visitor's (see
   * `timezoneUnknown`).
   */
  timezone: string;
  /**
   * No zone is known for the meeting (none in the record, on the embed, or in the feed's other
   * records): `timezone` is the visitor's, used only to order the list and for "in progress"; the
   * time is the meeting's own local clock, shown with no zone label and never converted.
   */
  timezoneUnknown: boolean;
  /** Type codes as given, upper-case; unknown codes kept. */
  types: string[];
  /** Can be attended in person (address or coordinates, not approximate, no TC type). */
  inPerson: boolean;
  /** Can be joined online (conference URL, or a conference phone with ≥ 10 dialable characters). */
  online: boolean;
  /**
   * in-person | online | hybrid (both); null when neither: a temporarily closed (`TC`) or
   * approximate-location meeting with no conference URL/phone. Such meetings still list (they have
   * an address) but match no attendance filter.
   */
  attendance: Attendance | null;
  /** Venue name. */
  location?: string;
  /** One-line address for display and directions. */
  address?: string;
  locationNotes?: string;
  notes?: string;
  /** Region path, general → specific (e.g. ['Springfield', 'Downtown']). */
  regions: string[];
  group?: string;
  groupNotes?: string;
  latitude?: number;
  longitude?: number;
  /** The location is only approximate (online groups): no pin, no directions. */
  approximate: boolean;
  conferenceUrl?: string;
  conferenceUrlNotes?: string;
  /** Dial string for `tel:` (digits, `+`, `,`, `*`, `#`). */
  conferencePhone?: string;
  conferencePhoneNotes?: string;
  /** Provider name for the join button ("Zoom", "Google Meet", "Microsoft Teams", …), from the URL host. */
  conferenceProvider?: string;
  url?: string;
  feedbackUrl?: string;
  feedbackEmails: string[];
  /** 7th Tradition links. */
  venmo?: string;
  square?: string;
  paypal?: string;
  homegroupOnline?: string;
  /** Who provides the listing ("Provided by"): e-mail, phone and URL checked (a bad one dropped, with a `bad-contact` warning). */
  entity?: {name?: string; email?: string; phone?: string; url?: string; location?: string; logo?: string};
  /** The group's own e-mail, phone and website (Meeting Guide `email`, `phone`, `website`), checked like `entity`'s. */
  email?: string;
  phone?: string;
  website?: string;
  /** Named contacts (Meeting Guide `contact_1_*` … `contact_3_*`, public BMLT `contact_*_1` … `_3`), each with at least one value. */
  contacts?: MeetingContact[];
  /** Last update (ISO string). */
  updated?: string;
  /** Names for codes outside the Meeting Guide table (BMLT formats), by code and language. */
  extraTypeNames?: Record<string, {en?: string; es?: string; [lang: string]: string | undefined}>;
}

/** One contact person of a meeting: at least one of the three; e-mail and phone checked. */
export interface MeetingContact {
  name?: string;
  email?: string;
  phone?: string;
}

/**
 * A meeting left out because another feed lists the same one (`mergeDuplicateMeetings`): the
 * `peer-feed-issues` event's `detail.merged`.
 */
export interface MergedMeeting {
  /** The feed and slug of the record left out. */
  feed: string;
  slug: string;
  /** The record shown instead. */
  keptFeed: string;
  keptSlug: string;
}

/** Why a record (or a whole feed, when others loaded) was skipped: stable, for translation. */
export type FeedIssueCode = 'not-object' | 'no-slug' | 'duplicate-slug' | 'bad-day' | 'bad-time' | 'no-location' | 'feed-failed';

/** One skipped record, with why. */
export interface FeedIssue {
  feed: string;
  /** Position in the feed's array (-1 when the whole feed failed to load). */
  index: number;
  slug?: string;
  /** Clear English, for the console and developers. */
  reason: string;
  /** Machine-readable reason. */
  code?: FeedIssueCode;
}

/** What a feed-level or record-level warning is about (the record was kept). */
export type FeedWarningCode = 'no-timezone' | 'extra-links' | 'bad-contact';

/**
 * A problem in a feed that did not skip any record: meetings whose zone nobody gave (`no-timezone`,
 * once per feed, `count` meetings), a field holding more than one link (`extra-links`, per record),
 * contact e-mails, phones or links that are not one and were dropped (`bad-contact`, once per feed,
 * `count` values).
 */
export interface FeedWarning {
  feed: string;
  /** Position of the record in the feed's array; -1 for the whole feed. */
  index: number;
  slug?: string;
  code: FeedWarningCode;
  /** Clear English, for the console and developers. */
  reason: string;
  /** With `no-timezone`: how many meetings it concerns; with `bad-contact`, how many values were dropped. */
  count?: number;
}

export interface ParsedFeed {
  meetings: Meeting[];
  issues: FeedIssue[];
  /** Problems that skipped nothing (adapters always set it; absent on an empty result). */
  warnings?: FeedWarning[];
}

/** One meeting on one day: what the list shows and `resultCount` counts. */
export interface Occurrence {
  meeting: Meeting;
  /** 0–6, or null for by-appointment meetings. */
  day: number | null;
  /** Great-circle distance in the filter's unit, when `near` is set. */
  distance?: number;
  /** Next start as an instant (ms since epoch) relative to "now"; null for by appointment. */
  nextStart: number | null;
}

export interface MeetingFilters {
  /** Any of these days; 'today' / 'tomorrow' resolve in the visitor's time zone. */
  day?: (number | 'today' | 'tomorrow')[];
  /** Any of these times of day, by the meeting's local start. */
  time?: TimeOfDay[];
  /** Codes that must all be present; `-CODE` excludes. */
  types?: string[];
  attendance?: Attendance;
  /** A region name at any level of the path. */
  region?: string;
  /** Any of these meeting languages (lower-case BCP 47, from the language type codes: `es`, `ase`). */
  languages?: string[];
  /** Case- and accent-insensitive words, each matching name, location, address, region, group or notes. */
  query?: string;
  near?: {lat: number; lng: number};
  radius?: number;
  distanceUnit?: DistanceUnit;
}
