/**
 * The service-directory domain model: what the HSDS adapter (API or JSON file) produces and what
 * `<peer-resource-directory>` renders. Widgets never see wire formats.
 *
 * CONTRACT between the model/adapter (src/model, src/sources/hsds.ts) and the element
 * (src/elements/resource-directory). Extend it; do not rename or remove fields without updating both.
 */

export type PhoneType = 'voice' | 'text' | 'fax' | 'cell' | 'video' | 'pager' | 'textphone' | 'other';

export interface Phone {
  number: string;
  extension?: string;
  type: PhoneType;
  description?: string;
  languages: string[];
}

/** One weekly opening rule, normalised from an HSDS schedule. */
export interface OpeningRule {
  /** 0–6 (0 = Sunday). */
  days: number[];
  /** Minutes after local midnight. */
  opens: number;
  /** Minutes after local midnight; ≤ opens means overnight (closes the next day); 1440 = midnight. */
  closes: number;
}

export interface Schedule {
  rules: OpeningRule[];
  /** IANA zone, or a fixed UTC offset in minutes when the data gives only an offset. */
  timezone?: string;
  utcOffsetMinutes?: number;
  /** ISO dates; outside them the schedule does not apply. */
  validFrom?: string;
  validTo?: string;
  /** Free-text hours ("By appointment", "24/7"). */
  description?: string;
  /** Open around the clock every listed day. */
  allDay?: boolean;
}

export interface Address {
  line: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

export interface ResourceLocation {
  id: string;
  name?: string;
  type?: string;
  address?: Address;
  latitude?: number;
  longitude?: number;
  transportation?: string;
  accessibility: string[];
  languages: string[];
}

export interface Taxonomy {
  id: string;
  name: string;
  code?: string;
}

export interface Resource {
  /** HSDS service id (any string). */
  id: string;
  /** service_at_location id, when the record came from /service_at_locations. */
  serviceAtLocationId?: string;
  name: string;
  alternateName?: string;
  /** Plain text (HTML stripped, Markdown kept as text); rendered as text, never as HTML. */
  description?: string;
  organization?: {id?: string; name: string; url?: string; email?: string};
  url?: string;
  email?: string;
  /** active | inactive | defunct | temporarily closed | other strings kept as given. */
  status?: string;
  /** Phones in precedence order: service_at_location, service, location, organisation. */
  phones: Phone[];
  /** The schedule that applies, by the same precedence; undefined = hours unknown. */
  schedules: Schedule[];
  location?: ResourceLocation;
  /** All locations (the first is `location`). */
  locations: ResourceLocation[];
  categories: Taxonomy[];
  languages: string[];
  eligibility?: string;
  /** HSDS 2 `eligibility` records (their text), when the feed has them. */
  eligibilityTerms?: string[];
  minimumAge?: number;
  maximumAge?: number;
  fees?: string;
  /** True when cost options or fees say it is free. */
  free?: boolean;
  /** HSDS 3 `cost_options`, as given (only those with something in them). */
  costOptions?: {option?: string; amount?: number; currency?: string; description?: string}[];
  applicationProcess?: string;
  interpretationServices?: string;
  serviceAreas: string[];
  requiredDocuments: string[];
  capacities: {available?: number; maximum?: number; unit?: string; description?: string}[];
  additionalUrls: string[];
  alert?: string;
  /** ISO date: "last verified" (assured_date only). */
  assuredDate?: string;
  lastModified?: string;
  /** Extension fields kept as given. */
  extra?: Record<string, unknown>;
}

export interface ResourceIssue {
  source: string;
  index: number;
  id?: string;
  reason: string;
}

/** The hours engine's verdict for a resource at an instant. */
export type OpenStatus =
  | {state: 'open'; closesAt?: number /* ms epoch */; closesInMinutes?: number; allDay?: boolean}
  | {state: 'closed'; opensAt?: number /* ms epoch */}
  /** `expired`: every schedule's validity has ended (`hoursExpiredOn`): the hours may be out of date. */
  | {state: 'unknown'; expired?: boolean};

export interface ResourceFilters {
  query?: string;
  /** Taxonomy term id or name (one; `categories` takes several). */
  category?: string;
  /** Any of these categories (term ids, names or preset ids); `category` is added to them. */
  categories?: string[];
  near?: {lat: number; lng: number};
  radius?: number;
  distanceUnit?: 'mi' | 'km';
  openNow?: boolean;
  /** ISO 639 code or language name. */
  language?: string;
  /** Offered in any of these languages; `language` is added to them. */
  languages?: string[];
  /** `free` is `payment: ['free']` (kept as an alias). */
  cost?: 'free';
  /** For any of these groups (`ELIGIBILITY_KEYS`): those that say so first, then those that do not say. */
  eligibility?: string[];
  /** Paid in any of these ways (`PAYMENT_KEYS`), as `eligibility`. */
  payment?: string[];
  /** Only services that state a chosen eligibility / payment (not those that do not say). */
  statedOnly?: boolean;
}
