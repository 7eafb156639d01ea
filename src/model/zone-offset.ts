/**
 * A time zone's offset from UTC at an instant, through `Intl` (DST-correct). Its own module so the
 * directory's cards can place schedule times without loading the hours engine.
 */
import {dateTimeFormat} from '../core/i18n.js';

const MINUTE = 60_000;

const knownZones = new Map<string, boolean>();
/** Whether this runtime's `Intl` knows the zone (memoised: constructing a formatter costs ~1 ms; feeds repeat a few zones). */
export function intlKnowsZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', {timeZone: zone});
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}

const partsFormat = (zone: string) =>
  dateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});

const offsetCache = new Map<string, number>();

/** Offset of `zone` from UTC at `instant`, in minutes (cached per zone and quarter hour). */
export function zoneOffset(zone: string, instant: number): number {
  const bucket = Math.floor(instant / (15 * MINUTE));
  const key = `${zone}|${bucket}`;
  let off = offsetCache.get(key);
  if (off === undefined) {
    const at = bucket * 15 * MINUTE;
    const p: Record<string, number> = {};
    for (const part of partsFormat(zone).formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
    off = Math.round((asUtc - at) / MINUTE);
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, off);
  }
  return off;
}
