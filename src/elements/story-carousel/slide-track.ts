import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface SlideTrackOptions {
  /**
   * The visitor moved to slide `index`: `swipe` false for a button (always announced), true once a
   * swipe, drag or scroll of theirs has settled (announced if it landed somewhere new).
   */
  onMove: (index: number, swipe: boolean) => void;
}

/**
 * The carousel's scroll-snapping track (`.slides` of `.slide`s in the host's render root): which
 * slides are in view (at least half visible; the others the host makes `inert`), moving to a slide
 * from its inline-start edge (the right one on a right-to-left page), the wrapper as tall as the
 * tallest story in view, and a mouse drag that scrolls and never turns into a click. Touch and
 * trackpads scroll natively.
 */
export class SlideTrackController implements ReactiveController {
  /** The first slide in view. */
  index = 0;
  /** The slides in view, in order. */
  visible: readonly number[] = [0];
  private autoScroll = false;
  /** The slide a programmatic scroll is heading for, until it ends. */
  private target?: number;
  private frame = 0;
  private resize?: ResizeObserver;
  private drag?: {id: number; x: number; left: number; moved: boolean};

  constructor(
    private readonly host: ReactiveControllerHost & {readonly renderRoot: ParentNode},
    private readonly opts: SlideTrackOptions,
  ) {
    host.addController(this);
  }

  private get scroller(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.slides');
  }

  private get slides(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.slide')];
  }

  hostUpdated(): void {
    const scroller = this.scroller;
    if (scroller && !this.resize && typeof ResizeObserver !== 'undefined') {
      this.resize = new ResizeObserver(() => this.scheduleMeasure());
      this.resize.observe(scroller);
    } else if (!scroller && this.resize) {
      this.resize.disconnect();
      this.resize = undefined;
    }
    // Slides change height when opened or expanded: the wrapper follows the stories in view.
    for (const slide of this.slides) this.resize?.observe(slide);
    this.scheduleMeasure();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.resize?.disconnect();
    this.resize = undefined;
    this.endDrag();
  }

  /** Back to the first slide (the stories shown changed). */
  reset(): void {
    this.index = 0;
    this.visible = [0];
    this.scroller?.scrollTo({left: 0, behavior: 'instant'});
    this.host.requestUpdate();
  }

  /** Scrolls so that slide `index` is first in view; `user` announces it. Focus stays where it is. */
  go(index: number, user: boolean): void {
    const scroller = this.scroller;
    const target = this.slides[index];
    if (!scroller || !target) return;
    // From the inline-start edge: the left one, or the right one on a right-to-left page (where
    // scrollLeft runs from 0 down into negative numbers, so the same sum holds).
    const delta = this.start(target.getBoundingClientRect(), scroller) - this.start(scroller.getBoundingClientRect(), scroller);
    this.autoScroll = !user;
    this.target = Math.abs(delta) >= 1 ? index : undefined;
    // Smooth or not as the wrapper's CSS says (instant when reduced motion is preferred).
    scroller.scrollTo({left: scroller.scrollLeft + delta});
    this.index = index;
    this.host.requestUpdate();
    if (user) this.opts.onMove(index, false);
    this.scheduleMeasure();
  }

  /** Next (1) or previous (-1), wrapping: past the last stories in view to the first, and back. */
  step(dir: 1 | -1): void {
    const n = this.slides.length;
    if (n < 2) return;
    const perView = Math.max(1, this.visible.length);
    let next = this.index + dir;
    if (dir > 0 && this.index + perView >= n) next = 0;
    if (dir < 0 && this.index === 0) next = Math.max(0, n - perView);
    this.go(next, true);
  }

  /** A box's inline-start edge in the scroller's writing direction. */
  private start(r: DOMRect, scroller: HTMLElement): number {
    return getComputedStyle(scroller).direction === 'rtl' ? r.right : r.left;
  }

  private scheduleMeasure(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure());
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const box = scroller.getBoundingClientRect();
    const slides = this.slides;
    const visible: number[] = [];
    slides.forEach((slide, i) => {
      const r = slide.getBoundingClientRect();
      const overlap = Math.min(r.right, box.right) - Math.max(r.left, box.left);
      if (r.width > 0 && overlap >= r.width / 2) visible.push(i);
    });
    if (!visible.length) return;
    let changed = false;
    if (visible.join() !== this.visible.join()) {
      this.visible = visible;
      changed = true;
    }
    // The wrapper is as tall as the tallest story in view (not the tallest of all), so there is no gap.
    const tallest = Math.max(...visible.map((i) => slides[i]?.offsetHeight ?? 0));
    const height = `${Math.ceil(tallest + parseFloat(getComputedStyle(scroller).paddingBlockEnd || '0'))}px`;
    if (tallest > 0 && scroller.style.blockSize !== height) scroller.style.blockSize = height;
    if (visible[0] !== this.index && !this.drag?.moved && this.target === undefined) {
      this.index = visible[0];
      changed = true;
    }
    if (changed) this.host.requestUpdate();
  }

  readonly onScroll = (): void => this.scheduleMeasure();

  readonly onScrollEnd = (): void => {
    const wasAuto = this.autoScroll;
    this.autoScroll = false;
    this.target = undefined;
    this.measure();
    // A swipe is a user action: the host announces where it landed.
    if (!wasAuto) this.opts.onMove(this.index, true);
  };

  readonly onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    const scroller = this.scroller;
    if (!scroller || (e.composedPath()[0] as Element)?.closest?.('button, a, input, summary, label')) return;
    this.drag = {id: e.pointerId, x: e.clientX, left: scroller.scrollLeft, moved: false};
    addEventListener('pointermove', this.onPointerMove);
    addEventListener('pointerup', this.onPointerUp);
    addEventListener('pointercancel', this.onPointerUp);
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    const drag = this.drag;
    const scroller = this.scroller;
    if (!drag || !scroller || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 6) return;
    if (!drag.moved) {
      drag.moved = true;
      scroller.classList.add('dragging');
    }
    scroller.scrollLeft = drag.left - dx;
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.id) return;
    const scroller = this.scroller;
    this.endDrag();
    if (!drag.moved || !scroller) return;
    scroller.classList.remove('dragging');
    // Swallow the click that ends the drag. It goes to the nearest common ancestor of where the
    // press began and where it ended, which after the slides move can be the host or the page
    // (the footer may slide under the pointer), so catch it first, on the window.
    const swallow = (ev: Event) => {
      ev.preventDefault();
      ev.stopImmediatePropagation();
    };
    addEventListener('click', swallow, {capture: true, once: true});
    setTimeout(() => removeEventListener('click', swallow, {capture: true}), 0);
    // Settle on the nearest slide, as a swipe would.
    this.measure();
    const edge = this.start(scroller.getBoundingClientRect(), scroller);
    let best = this.index;
    let bestDist = Infinity;
    this.slides.forEach((s, i) => {
      const d = Math.abs(this.start(s.getBoundingClientRect(), scroller) - edge);
      if (d < bestDist) {
        bestDist = d;
        best = i;
      }
    });
    this.go(best, true);
  };

  private endDrag(): void {
    this.drag = undefined;
    removeEventListener('pointermove', this.onPointerMove);
    removeEventListener('pointerup', this.onPointerUp);
    removeEventListener('pointercancel', this.onPointerUp);
  }
}
