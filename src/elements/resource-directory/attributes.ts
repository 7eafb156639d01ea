/**
 * The directory's public attributes and properties, documented once (the element, in
 * `resource-directory.ts`, adds its controllers and layout).
 */
import {PeerElement} from '../../core/peer-element.js';
import type {DistanceUnit} from '../../model/geo.js';

export class ResourceDirectoryAttributes extends PeerElement {
  static override properties = {
    ...PeerElement.properties,
    src: {type: String},
    format: {type: String},
    query: {type: String, reflect: true},
    category: {type: String, reflect: true},
    near: {type: String, reflect: true},
    radius: {type: Number, reflect: true},
    distanceUnit: {type: String, attribute: 'distance-unit', reflect: true},
    openNow: {type: Boolean, attribute: 'open-now', reflect: true},
    language: {type: String, reflect: true},
    cost: {type: String, reflect: true},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    geocoder: {type: String},
    feedbackUrl: {type: String, attribute: 'feedback-url'},
    quickExit: {type: String, attribute: 'quick-exit'},
    crisisRow: {type: Boolean, attribute: 'crisis-row'},
    categories: {type: String},
    crisisLines: {type: String, attribute: 'crisis-lines'},
  };


  /** The directory: an HSDS API base (`format="hsds"`) or the URL of a JSON file holding an array of HSDS services. */
  declare src: string | undefined;
  /** `hsds` or `json`; when absent, `json` for a `.json` URL and `hsds` otherwise. */
  declare format: 'hsds' | 'json' | undefined;
  /** Words to find in names, descriptions, organisations and categories. */
  declare query: string | undefined;
  /** A category (taxonomy term id or name). */
  declare category: string | undefined;
  /** `lat,lng` to sort by distance from (set by "Near me" or a place search, or preset). */
  declare near: string | undefined;
  /** Only services within this distance of `near` (in `distance-unit`); unset = any distance. */
  declare radius: number | undefined;
  /** `mi` (default) or `km`. */
  declare distanceUnit: DistanceUnit;
  /** Only services open now, by the hours engine (services with unknown hours are left out). */
  declare openNow: boolean;
  /** Only services offered in this language (ISO 639 code or name). */
  declare language: string | undefined;
  /** `free`: only free services. */
  declare cost: string | undefined;
  /** Keep the filters in the page's URL (`rd-q`…, `rd2-q`… or `<id>-q`…: see the description). */
  declare syncUrl: boolean;
  /** A geocoder URL template with `{query}`, answering Nominatim-style JSON (`[{lat, lon}]`) or GeoJSON; off by default, so no place search. */
  declare geocoder: string | undefined;
  /** Where "Report an error" sends `{service_id, note}` as JSON (POST), or a `mailto:` address. */
  declare feedbackUrl: string | undefined;
  /** Shows a quick-exit button (Escape twice also works, when not typing and no dialog is open); the value is the neutral site (default Google). */
  declare quickExit: string | null | undefined;
  /** Shows crisis lines (988, SAMHSA) above the results. */
  declare crisisRow: boolean;
  /** JSON list replacing the category list (see the description). */
  declare categories: string | undefined;
  /** JSON list replacing the crisis row's links (see the description). */
  declare crisisLines: string | undefined;

  constructor() {
    super();
    this.distanceUnit = 'mi';
    this.openNow = false;
    this.syncUrl = false;
    this.crisisRow = false;
  }
}
