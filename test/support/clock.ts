/**
 * Moves this page's clock to `at` (ms since the epoch), still ticking, until the returned function
 * is called. For tests that compare "open now" at two moments a few seconds apart: a real clock
 * crossing 9:00 between the two gives different answers, so the test would fail at that minute only.
 */
export function shiftClock(at: number): () => void {
  const Real = Date;
  const offset = at - Real.now();
  class Shifted extends Real {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [number]));
      else super(Real.now() + offset);
    }
    static override now() {
      return Real.now() + offset;
    }
  }
  globalThis.Date = Shifted as DateConstructor;
  return () => {
    globalThis.Date = Real;
  };
}
