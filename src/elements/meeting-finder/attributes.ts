/**
 * The meeting finder's public attributes and properties, documented once (the element, in
 * `meeting-finder.ts`, adds its controllers and layout).
 */
import {PeerElement} from '../../core/peer-element.js';
import type {MeetingFormat} from '../../model/meeting.js';

export class MeetingFinderAttributes extends PeerElement {
  static override properties = {
    ...PeerElement.properties,
    src: {type: String},
    format: {type: String},
    keepDuplicates: {type: Boolean, attribute: 'keep-duplicates'},
    day: {type: String, reflect: true},
    time: {type: String, reflect: true},
    types: {type: String, reflect: true},
    attendance: {type: String, reflect: true},
    region: {type: String, reflect: true},
    query: {type: String, reflect: true},
    near: {type: String, reflect: true},
    radius: {type: Number, reflect: true},
    distanceUnit: {type: String, attribute: 'distance-unit'},
    view: {type: String, reflect: true},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    tileUrl: {type: String, attribute: 'tile-url'},
    geocoder: {type: String},
    favourites: {type: Boolean, reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
  };

  /**
   * Feed URL(s), space-separated (Meeting Guide), or a BMLT root server URL. A Meeting Guide feed is
   * fetched once and read as it downloads; a BMLT server is asked again when a filter it can apply
   * (days, attendance, types, distance) changes.
   */
  declare src: string | undefined;
  /** `meeting-guide`, `bmlt` or `auto` (default: detected from the response). */
  declare format: MeetingFormat;
  /**
   * With several feeds in `src`: show a meeting that two feeds list (same name, days, start time and
   * place or online link) twice, once per feed. By default it is shown once (the richer record, with
   * what it lacks taken from the other), and the one left out is reported in `peer-feed-issues`.
   */
  declare keepDuplicates: boolean;
  /** Days to show, space-separated: `0`–`6` (0 = Sunday), `today`, `tomorrow`. Any of them. */
  declare day: string | undefined;
  /** Times of day, space-separated: `morning`, `midday`, `evening`, `night` (by the meeting's local start). */
  declare time: string | undefined;
  /** Type codes that must all be present, space-separated; `-CODE` excludes (`O -C`). */
  declare types: string | undefined;
  /** `in-person` (in person or hybrid), `online` (online or hybrid) or `hybrid`. */
  declare attendance: string | undefined;
  /** An area name at any level (e.g. `Springfield` or `Downtown`). */
  declare region: string | undefined;
  /** Free-text search: every word must match the name, location, address, area, group or notes (case and accents ignored). */
  declare query: string | undefined;
  /** `lat,lng` to sort by distance from (meetings without coordinates are left out). */
  declare near: string | undefined;
  /** With `near`: only meetings within this distance. */
  declare radius: number | undefined;
  /** `mi` (default) or `km`. */
  declare distanceUnit: string | undefined;
  /** `list` (default) or `map`. The map (Leaflet and its tiles) loads only when this is `map`. */
  declare view: string | undefined;
  /** Mirror the visitor's filters in the page URL (`?mf-day=1`, or `?<id>-day=1` when the element has an id). */
  declare syncUrl: boolean;
  /** Map tile URL template (`{z}/{x}/{y}`); default OpenStreetMap. Fetched only after the visitor opens the map. */
  declare tileUrl: string | undefined;
  /** Geocoder URL template with `{query}` (Nominatim-style JSON or GeoJSON); off unless set, so no third party is contacted by default. */
  declare geocoder: string | undefined;
  /** Show only the visitor's starred meetings. */
  declare favourites: boolean;
  /** Heading level (2–6) of each meeting's name in the list, to fit the page's outline; default 3. */
  declare headingLevel: number | undefined;

  constructor() {
    super();
    this.format = 'auto';
    this.keepDuplicates = false;
    this.syncUrl = false;
    this.favourites = false;
  }
}
