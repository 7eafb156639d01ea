import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Reduced motion, as widgets ask for it. */
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Whether a media query matches, kept current while the host is connected (after Spectrum's
 * `MatchMediaController`): a visitor who turns on "reduce motion" mid-visit is honoured at once.
 */
export class MatchMediaController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
    /** How to make the `MediaQueryList` (a test can pass its own). */
    private readonly match: (query: string) => MediaQueryList = (q) => window.matchMedia(q),
  ) {
    host.addController(this);
  }

  private readonly onChange = (e: MediaQueryListEvent) => {
    this.matches = e.matches;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.list = this.match(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener?.('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener?.('change', this.onChange);
    this.list = undefined;
  }
}
