/**
 * Handing a list over, as a reactive controller: the send links' chunk (`send.ts`, asked for when a
 * list is shown) and "Print handout" (`handout.ts` with the QR encoder, asked for on the click):
 * while it prints, the directory shows only the handout, then everything comes back and focus
 * returns to the button.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {retryableImport} from '../../core/lazy-import.js';

const loadSend = retryableImport(() => import('./send.js'));
const loadHandout = retryableImport(() => import('./handout.js'));

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class HandoverController implements ReactiveController {
  send?: typeof import('./send.js');
  handout?: typeof import('./handout.js');
  /** The handout is on screen for the browser's print. */
  printing = false;
  private asked = false;

  constructor(
    private readonly host: Host,
    private readonly failed: (e: unknown) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.printing = false;
  }

  /** Loads the send links (a list or the details are shown); the host renders again when they are here. */
  wantSend(): void {
    if (this.send || this.asked) return;
    this.asked = true;
    loadSend()
      .then((m) => ((this.send = m), this.host.requestUpdate()))
      .catch((e: unknown) => ((this.asked = false), this.failed(e)));
  }

  /** "Print handout": the chunk, then only the handout on screen, the print dialog, and back. */
  async print(opener: HTMLElement | null): Promise<void> {
    try {
      this.handout ??= await loadHandout();
    } catch (e) {
      this.failed(e);
      return;
    }
    const root = this.host.renderRoot;
    const sheet = this.handout.handoutStyles.styleSheet;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    try {
      window.print();
    } finally {
      this.printing = false;
      this.host.requestUpdate();
      await this.host.updateComplete;
      opener?.focus();
    }
  }
}
