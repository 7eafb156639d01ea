/**
 * Reading a place search's answer (a `geocoder` URL template with `{query}`): Nominatim-style JSON
 * (`[{lat, lon}]`, numbers or strings) or GeoJSON (`{features: [{geometry: {coordinates: [lng, lat]}}]}`,
 * as Photon, Pelias and Mapbox answer). The first result is the place. Validated with zod/mini: a
 * geocoder is a third party, and its answer is untrusted. A lazy chunk: fetched only when a visitor
 * searches for a place.
 */
import * as z from 'zod/mini';
import {getJson} from '../core/fetch.js';
import {safeUrl} from '../model/text.js';
import {validLatLng, type LatLng} from '../model/geo.js';

const coord = z.pipe(z.union([z.number(), z.string()]), z.transform((v) => Number(v)));
const nominatim = z.array(z.object({lat: coord, lon: z.optional(coord), lng: z.optional(coord)}));
const geojson = z.object({features: z.array(z.object({geometry: z.object({coordinates: z.array(z.number())})}))});

/** The first place in a geocoder's answer, or undefined when it names none (or nothing valid). */
export function readGeocoderAnswer(json: unknown): LatLng | undefined {
  let lat: number | undefined;
  let lng: number | undefined;
  const n = nominatim.safeParse(json);
  if (n.success) {
    const first = n.data[0];
    lat = first?.lat;
    lng = first?.lon ?? first?.lng;
  } else {
    const g = geojson.safeParse(json);
    const c = g.success ? g.data.features[0]?.geometry.coordinates : undefined;
    [lng, lat] = c ?? [];
  }
  return validLatLng(lat, lng) ? {lat: lat!, lng: lng!} : undefined;
}

/** The geocoder URL for `query` (its `{query}` filled in, encoded), or undefined for an unsafe template. */
export function geocoderUrl(template: string, query: string, base = location.href): string | undefined {
  return safeUrl(template.replace('{query}', encodeURIComponent(query)), base);
}

/** Asks the geocoder once (no retry: the visitor presses again) and reads its answer. */
export async function geocode(template: string, query: string): Promise<LatLng | undefined> {
  const url = geocoderUrl(template, query);
  return url ? readGeocoderAnswer(await getJson<unknown>(url, {retries: 0})) : undefined;
}
