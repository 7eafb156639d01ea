import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {retryableImport} from '../core/lazy-import.js';
import type {LatLng} from '../model/geo.js';

/** The place search's reader (zod/mini and the geocoder's formats): fetched when a visitor searches for a place. */
const loadGeocoder = retryableImport(() => import('../sources/geocoder.js'));

/** Why the last search for a point gave none: refused, failed (or no geolocation), place not found. */
export type LocationProblem = '' | 'denied' | 'failed' | 'not-found';

export interface LocationOptions {
  /** The geocoder URL template (`{query}`), when the site set one. */
  geocoder: () => string | undefined;
  /** A point was found: the visitor's own position (`me`) or a place they named (`place`). */
  found: (point: LatLng, how: 'me' | 'place') => void;
  /** The visitor's position (default: the browser's geolocation, asked only now). */
  locate?: () => Promise<LatLng>;
}

/** The browser's geolocation, coarse and cached for five minutes: enough to sort by distance. */
export function browserLocation(): Promise<LatLng> {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) return reject(new Error('unavailable'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({lat: p.coords.latitude, lng: p.coords.longitude}),
      reject,
      {enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000},
    );
  });
}

/**
 * "Near me" and "near a place" for the search widgets. Nothing is asked of the browser or of any
 * geocoder until the visitor presses a button: then one geolocation request, or one request to the
 * site's geocoder with the place they typed. `locating` / `geocoding` say a request is under way
 * (the buttons are disabled), `problem` why the last one found nothing.
 */
export class LocationController implements ReactiveController {
  locating = false;
  geocoding = false;
  problem: LocationProblem = '';
  /** The place the visitor last searched for. */
  place = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LocationOptions,
  ) {
    host.addController(this);
  }

  /** A request that answers after the host left the page finds nothing to update. */
  hostDisconnected(): void {
    this.locating = this.geocoding = false;
  }

  get busy(): boolean {
    return this.locating || this.geocoding;
  }

  private set(patch: Partial<Pick<LocationController, 'locating' | 'geocoding' | 'problem'>>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Asks the browser for the visitor's position. */
  async nearMe(): Promise<void> {
    if (this.busy) return;
    this.set({locating: true, problem: ''});
    try {
      const point = await (this.options.locate ?? browserLocation)();
      this.set({locating: false});
      this.options.found(point, 'me');
    } catch (e) {
      this.set({locating: false, problem: (e as GeolocationPositionError | undefined)?.code === 1 ? 'denied' : 'failed'});
    }
  }

  /** Asks the site's geocoder for `query` (trimmed; nothing for an empty one or without a geocoder). */
  async nearPlace(query: string): Promise<void> {
    const q = query.trim();
    const template = this.options.geocoder();
    if (!q || !template || this.busy) return;
    this.place = q;
    this.set({geocoding: true, problem: ''});
    let point: LatLng | undefined;
    try {
      point = await (await loadGeocoder()).geocode(template, q);
    } catch {
      point = undefined;
    }
    this.set({geocoding: false, problem: point ? '' : 'not-found'});
    if (point) this.options.found(point, 'place');
  }

  /** Forgets the last problem (the visitor cleared the point). */
  clear(): void {
    if (this.problem) this.set({problem: ''});
  }
}
