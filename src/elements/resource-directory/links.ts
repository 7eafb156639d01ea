/** Small pure helpers shared by the result cards and the detail: addresses and safe contact links. */
import type {Address, Resource, ResourceLocation, Schedule} from '../../model/resource.js';
import {distance} from '../../model/geo.js';
import {safeUrl} from '../../model/text.js';
import {zoneOffset} from '../../model/zone-offset.js';
import {joinAddress} from '../../model/address.js';

/**
 * The clock to show a schedule's times in, as the hours engine reads it: the schedule's zone; else
 * the embed's zone when the schedule gives no offset or one that zone uses (HSDS "-5" for New York
 * in July means Eastern time); else the fixed offset.
 */
export function scheduleZone(schedules: Schedule[], fallback: string, now = Date.now()): string | number {
  const sc = schedules.find((x) => x.rules.length && (x.timezone || x.utcOffsetMinutes !== undefined));
  if (sc?.timezone) return sc.timezone;
  if (sc?.utcOffsetMinutes === undefined) return fallback;
  const year = new Date(now).getUTCFullYear();
  try {
    if ([0, 6].some((m) => zoneOffset(fallback, Date.UTC(year, m, 15)) === sc.utcOffsetMinutes)) return fallback;
  } catch {
    /* unknown zone */
  }
  return sc.utcOffsetMinutes;
}

/** "1 Main St, Camden, NJ 08102", without stray commas from the data ("1 Main St," + "Camden"). */
export function addressText(a: Address | undefined): string {
  if (!a) return '';
  return joinAddress([a.line, a.city, [a.region, a.postalCode].filter(Boolean).join(' ')]) ?? '';
}

/** The location to show: the nearest to `near` when given (the one the distance is measured to), else the first. */
export function shownLocation(r: Resource, near?: {lat: number; lng: number}): ResourceLocation | undefined {
  if (!near || r.locations.length < 2) return r.location;
  let best = r.location;
  let bestD = Infinity;
  for (const l of r.locations) {
    if (typeof l.latitude !== 'number' || typeof l.longitude !== 'number') continue;
    const d = distance(near, {lat: l.latitude, lng: l.longitude});
    if (d < bestD) [best, bestD] = [l, d];
  }
  return best;
}

export function telUrl(number: string, extension?: string): string | undefined {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.replace(/\D/g, '').length < 3) return undefined;
  const ext = extension?.replace(/\D/g, '');
  return safeUrl(`tel:${digits}${ext ? `,${ext}` : ''}`);
}

export function smsUrl(number: string): string | undefined {
  const digits = number.replace(/[^\d+]/g, '');
  return digits.replace(/\D/g, '').length >= 3 ? safeUrl(`sms:${digits}`) : undefined;
}

export function directionsUrl(r: Resource, l = r.location): string | undefined {
  if (!l || l.type === 'virtual') return undefined;
  const dest = l.latitude !== undefined && l.longitude !== undefined ? `${l.latitude},${l.longitude}` : addressText(l.address);
  return dest ? `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(dest)}` : undefined;
}
