import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * A clock that ticks once a minute while the host is connected: "open now", "starting soon" and
 * "ended" follow the time without re-filtering on every render. `now` is the last tick (or the last
 * `refresh()`); `onTick` runs before the host re-renders.
 */
export class ClockController implements ReactiveController {
  now = Date.now();
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onTick?: (now: number) => void,
    private readonly every = 60_000,
  ) {
    host.addController(this);
  }

  /** The minute `now` falls in: a key for work that only changes with the minute. */
  get minute(): number {
    return Math.floor(this.now / 60_000);
  }

  /** Reads the time again now (after a load, say), without waiting for the next tick. */
  refresh(): number {
    return (this.now = Date.now());
  }

  hostConnected(): void {
    this.refresh();
    this.timer = setInterval(() => {
      this.refresh();
      this.onTick?.(this.now);
      this.host.requestUpdate();
    }, this.every);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
