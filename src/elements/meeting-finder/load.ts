/**
 * The feed loader and parsers (Meeting Guide, BMLT, their validation) in their own chunk: the
 * finder starts importing it as soon as an element is created, in parallel with its first render,
 * so the first paint (search box, filters, loading state) does not wait for the parsers.
 */
export {loadMeetings} from '../../sources/meetings.js';

/** `fn` at most once per `ms` (a progress count: each call renders the loading state again). */
export function throttled(fn: (n: number) => void, ms = 250): (n: number) => void {
  let at = -Infinity;
  return (n) => {
    const t = performance.now();
    if (t - at < ms) return;
    at = t;
    fn(n);
  };
}
