/**
 * Meetings at one place, for the details' "Other meetings here" (a module of its own, so only the
 * details chunk carries it).
 */
import type {Meeting} from './meeting.js';
import {fold} from './text.js';

/**
 * Other meetings at the same place (same coordinates, else the same address), the next to start
 * first (by appointment last, then by name), when `nextStart` tells each one's next start.
 */
export function sameLocation(m: Meeting, all: readonly Meeting[], nextStart?: (x: Meeting) => number | null | undefined): Meeting[] {
  if (!m.inPerson) return [];
  const key = (x: Meeting) => (x.latitude !== undefined && x.longitude !== undefined ? `${x.latitude.toFixed(4)},${x.longitude.toFixed(4)}` : x.address ? fold(x.address) : undefined);
  const k = key(m);
  if (!k) return [];
  const here = all.filter((x) => x !== m && x.inPerson && key(x) === k);
  if (nextStart) {
    const at = new Map(here.map((x) => [x, nextStart(x) ?? Infinity]));
    here.sort((a, b) => at.get(a)! - at.get(b)! || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return here.slice(0, 20);
}
