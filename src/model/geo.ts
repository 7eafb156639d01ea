/** Great-circle distance and coordinate parsing, shared by the meeting finder and the directory. */
export type DistanceUnit = 'mi' | 'km';
/** A point on the map. */
export type LatLng = {lat: number; lng: number};

const EARTH_RADIUS = {mi: 3958.7613, km: 6371.0088} as const;

/** Haversine distance between two points, in `unit`. */
export function distance(a: {lat: number; lng: number}, b: {lat: number; lng: number}, unit: DistanceUnit = 'mi'): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS[unit] * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Parses `"lat,lng"` (attribute form; a leading `+` or `-`, spaces around the comma and the ends
 * allowed: `"+41.88, -87.63"`); undefined when malformed or out of range.
 */
export function parseLatLng(value: string | null | undefined): {lat: number; lng: number} | undefined {
  if (!value) return undefined;
  const m = value.trim().match(/^([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)$/);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  return validLatLng(lat, lng) ? {lat, lng} : undefined;
}

export function validLatLng(lat: unknown, lng: unknown): boolean {
  return typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0);
}

/** `"lat,lng"` with 5 decimals (≈ 1 m), for reflecting `near` to an attribute or URL. */
export function formatLatLng(p: {lat: number; lng: number}): string {
  return `${p.lat.toFixed(5)},${p.lng.toFixed(5)}`;
}
