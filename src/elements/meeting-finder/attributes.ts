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
    typeNames: {attribute: 'type-names'},
    typeDescriptions: {attribute: 'type-descriptions'},
    languages: {type: String, reflect: true},
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
    noControls: {type: Boolean, attribute: 'no-controls'},
    limit: {type: Number},
    upcoming: {type: Boolean},
    compact: {type: Boolean},
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
  /**
   * The site's own names for meeting types, JSON in the attribute or an object in the property:
   * `{"CODE": {"en": "Name", "es": "Nombre"}}`, or `{"CODE": "Name"}` for one name in every language.
   * Defines codes the built-in table lacks (`LIT`, `YP`, a fellowship's own) and renames built-in
   * ones. A name is looked up in the visitor's language (`es-MX`, then `es`), then the site's `en`,
   * then the built-in name, then a name the feed gave (BMLT formats); a code no one names shows as
   * "Other type (XYZ)". Used by the type filter, the details and `feedOptions()`. Bad JSON or a wrong
   * shape: one console warning, the attribute ignored.
   */
  declare typeNames: string | Readonly<Record<string, string | Readonly<Record<string, string>>>> | undefined;
  /**
   * The text of the "What do these mean?" legend (in the type filter and beside a meeting's types),
   * the same shape as `type-names`: overrides the built-in descriptions (Open, Closed, Hybrid,
   * Online, Temporarily closed, Newcomer, Big Book, Discussion, Speaker, Step, Women, Men; every
   * language) and adds the site's own codes. Same fallbacks and validation as `type-names`.
   */
  declare typeDescriptions: string | Readonly<Record<string, string | Readonly<Record<string, string>>>> | undefined;
  /**
   * Meeting languages to show, space-separated lower-case BCP 47 (`es fr ase`; ASL is `ase`, and
   * `ASL`, `ITA`… are read too): any of them. A meeting's languages come from its language type codes
   * (Meeting Guide `EN`, `S`, `FR`, `ASL`, `POL`, `RUS`…; BMLT's language formats); a meeting with none
   * matches no language. The filter panel offers the feed's languages, named in the visitor's
   * language, when it has two or more, or one that not every meeting has. Synced to the URL. On a
   * BMLT server this filter is applied in the browser, not by the server.
   */
  declare languages: string | undefined;
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
  /**
   * A preset list for a page (`<peer-meeting-finder no-controls types="ES">`): no search box, filter
   * panel or view switch; the attributes choose what is listed. The count and the details stay.
   */
  declare noControls: boolean;
  /** Show at most this many meetings (no "show more"); the count says how many match ("5 of 120 meetings"). */
  declare limit: number | undefined;
  /**
   * Only meetings that have not started yet, soonest first across the week (as TSML's
   * `[tsml_next_meetings]`: one in progress is left out). With `limit="5"`: the next five meetings.
   */
  declare upcoming: boolean;
  /** Compact rows for a sidebar: time, name and place or attendance on one or two lines (down to 240 px wide). */
  declare compact: boolean;

  constructor() {
    super();
    this.format = 'auto';
    this.keepDuplicates = false;
    this.syncUrl = false;
    this.favourites = false;
    this.noControls = false;
    this.upcoming = false;
    this.compact = false;
  }
}
