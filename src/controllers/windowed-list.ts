import type {ReactiveController, ReactiveControllerHost} from 'lit';

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface WindowedListOptions {
  /** Rows rendered at first and added each time (two or three screens). */
  page: number;
  /** The element after the last row the host renders while more remain (default `.sentinel`). */
  sentinel?: string;
  /** Near the end of the list: default `more()`; a paged source can fetch its next page here. */
  onEnd?: () => void;
}

/**
 * A long list rendered a page at a time: `limit` rows, and more when the visitor scrolls near the
 * end (an `IntersectionObserver` on the host's sentinel, 400 px ahead) or presses "Show more".
 * A 10,000-row result paints only its first page; every keystroke starts from the top (`reset`).
 */
export class WindowedListController implements ReactiveController {
  limit: number;
  private observer?: IntersectionObserver;
  private observed?: Element;

  constructor(
    private readonly host: Host,
    private readonly options: WindowedListOptions,
  ) {
    this.limit = options.page;
    host.addController(this);
  }

  /** Back to the first page (new results). */
  reset(): void {
    if (this.limit === this.options.page) return;
    this.limit = this.options.page;
    this.host.requestUpdate();
  }

  /** One more page of rows. */
  more(): void {
    this.limit += this.options.page;
    this.host.requestUpdate();
    this.recheck();
  }

  /** At least `n` rows (rows that arrived with a page the visitor asked for stay shown). */
  atLeast(n: number): void {
    if (n > this.limit) {
      this.limit = n;
      this.host.requestUpdate();
    }
  }

  /** After more rows arrive: is the sentinel still in view (a tall screen)? Then it fires again. */
  recheck(): void {
    void this.host.updateComplete.then(() => {
      if (!this.observer || !this.observed) return;
      this.observer.unobserve(this.observed);
      this.observer.observe(this.observed);
    });
  }

  hostUpdated(): void {
    const sentinel = this.host.renderRoot.querySelector(this.options.sentinel ?? '.sentinel') ?? undefined;
    if (sentinel === this.observed) return;
    this.observer?.disconnect();
    this.observed = sentinel;
    if (!sentinel || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) (this.options.onEnd ?? (() => this.more()))();
    }, {rootMargin: '0px 0px 400px 0px'});
    this.observer.observe(sentinel);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
