import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {MatchMediaController, REDUCED_MOTION} from './match-media.js';

export interface AutoplayOptions {
  /** Whether autoplay is asked for (the host's `autoplay` attribute). */
  enabled: () => boolean;
  /** How to ask about `prefers-reduced-motion` (a test or a host can pass its own). */
  match?: (query: string) => MediaQueryList;
  /** Milliseconds per step. */
  interval: () => number;
  /** Whether there is anything to rotate now (more than one slide, the carousel layout). */
  canAdvance: () => boolean;
  /** Moves on one step (without announcing it: rotation is not the visitor's doing). */
  advance: () => void;
}

/**
 * Automatic rotation, after Shoelace's `AutoplayController`, with the rules of the WAI-ARIA carousel
 * pattern it leaves out: nothing rotates unless asked for, and never on its own while reduced motion is
 * preferred; a mouse over the region pauses it (until the pointer leaves); focus entering the region
 * stops it for good, until the visitor presses start. A press on the start / stop button focuses it
 * first, so that one focus is left to the button's click.
 *
 * The host binds `onFocusIn`, `onPointerEnter` and `onPointerLeave` on the rotating region, and
 * `onButtonPointerDown` and `toggle` on the stop / start button. It re-checks after every update.
 */
export class AutoplayController implements ReactiveController {
  /** Rotating, or about to (a mouse over the region only pauses it). */
  rotating = false;
  private hovered = false;
  private timer?: ReturnType<typeof setTimeout>;
  private enabled = false;
  private reduced = false;
  private pressed?: EventTarget | null;
  /** Reduced motion always wins: rotation starts stopped, and stops when the visitor turns it on. */
  private readonly motion: MatchMediaController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: AutoplayOptions,
  ) {
    this.motion = new MatchMediaController(host, REDUCED_MOTION, opts.match);
    host.addController(this);
  }

  /** Whether a step is on its way now (rotating, not paused, something to rotate). */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.schedule();
  }

  hostUpdate(): void {
    const enabled = this.opts.enabled();
    const reduced = this.motion.matches;
    if (enabled !== this.enabled) this.rotating = enabled && !reduced;
    else if (reduced && !this.reduced) this.rotating = false;
    this.enabled = enabled;
    this.reduced = reduced;
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** The stop / start button: the visitor's choice, whatever reduced motion says. */
  toggle(): void {
    this.pressed = undefined;
    this.rotating = !this.rotating;
    this.clear();
    this.host.requestUpdate();
  }

  readonly onButtonPointerDown = (e: Event): void => {
    this.pressed = e.currentTarget;
  };

  readonly onFocusIn = (e: FocusEvent): void => {
    if (this.pressed && e.composedPath()[0] === this.pressed) {
      // The press on start / stop focused it: its click decides.
      this.pressed = undefined;
      return;
    }
    if (!this.rotating) return;
    this.rotating = false;
    this.clear();
    this.host.requestUpdate();
  };

  readonly onPointerEnter = (e: PointerEvent): void => this.hover(e, true);
  readonly onPointerLeave = (e: PointerEvent): void => this.hover(e, false);

  private hover(e: PointerEvent, on: boolean): void {
    if (e.pointerType !== 'mouse') return;
    this.hovered = on;
    this.schedule();
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private get running(): boolean {
    return this.rotating && !this.hovered && this.opts.canAdvance();
  }

  private schedule(): void {
    if (!this.running) return this.clear();
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running) this.opts.advance();
      this.schedule();
    }, this.opts.interval());
  }
}
