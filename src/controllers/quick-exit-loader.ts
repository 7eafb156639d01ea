import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {retryableImport} from '../core/lazy-import.js';
import type {I18n} from '../core/i18n.js';
import {safeUrl} from '../model/text.js';
import type {QuickExitController} from '../core/quick-exit.js';

/** The quick exit (a small chunk): fetched at once by a widget with `quick-exit`, never by one without. */
const loadQuickExit = retryableImport(() => import('../core/quick-exit.js'));

export interface QuickExitLoaderOptions {
  /** The `quick-exit` attribute: absent (null/undefined) = no quick exit; its value the neutral site. */
  value: () => string | null | undefined;
  /** Leaves for `url` (the widget's overridable `navigate`, which calls `leave`). */
  navigate: (url: string) => void;
  /** The host renders again once `chunk` settles (`PeerElement.renderWhenLoaded`). */
  waitFor: (chunk: Promise<unknown>) => void;
  failed: (error: unknown) => void;
}

/**
 * A widget's quick exit, loaded only when the site asked for one: with `quick-exit` its chunk loads
 * at once and `ready()` is false until it is here (a few ms), so the button is there in every state
 * the widget shows. If the chunk cannot be loaded, a plain button still leaves at once (without
 * Escape twice or the note on history): a visitor who needs to leave must always be able to.
 */
export class QuickExitLoader implements ReactiveController {
  private controller?: QuickExitController;
  private module?: typeof import('../core/quick-exit.js');
  private load?: Promise<unknown>;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & {renderRoot: HTMLElement | DocumentFragment},
    private readonly options: QuickExitLoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Starts loading at once (not at the first render) when the site asked for a quick exit.
    this.ready();
  }

  /** The quick exit is here (or not asked for, or failed to load, with its fallback). */
  ready(): boolean {
    if (this.options.value() == null || this.controller || this.failed) return true;
    this.load ??= loadQuickExit().then(
      (m) => {
        this.module = m;
        this.controller = new m.QuickExitController(this.host, {value: this.options.value, navigate: this.options.navigate});
      },
      (e) => {
        this.failed = true;
        this.options.failed(e);
      },
    );
    this.options.waitFor(this.load);
    return false;
  }

  get enabled(): boolean {
    return !!this.controller?.enabled || (this.failed && this.options.value() != null);
  }

  /** The page is on its way to the neutral site: render nothing. */
  get leaving(): boolean {
    return !!this.controller?.leaving;
  }

  /** Leaves now, as the button does (once the chunk is here). */
  exitNow(): void {
    if (this.controller) this.controller.exit();
    else void this.load?.then(() => this.controller?.exit());
  }

  /** Replaces this page in the tab's history with `url` (`leaveTo`), or plainly when the chunk failed. */
  leave(url: string): void {
    if (this.module) this.module.leaveTo(url);
    else location.replace(url);
  }

  /** The sticky bar at the top (`label` for the fallback button). */
  renderBar(i18n: I18n, label: string): TemplateResult | typeof nothing {
    return this.controller ? this.controller.renderBar(i18n) : this.renderFallback(label);
  }

  /** The button alone (inside a dialog). */
  renderButton(i18n: I18n, label: string): TemplateResult | typeof nothing {
    return this.controller ? this.controller.renderButton(i18n) : this.renderFallback(label);
  }

  private renderFallback(label: string) {
    const value = this.options.value();
    if (value == null || !this.failed) return nothing;
    const url = safeUrl(value, location.href);
    const to = url && /^https?:/.test(url) ? url : 'https://www.google.com/';
    // As the quick exit's own button: a cancelable `peer-quick-exit` first (a site may handle it), then away.
    const leave = () => this.host.dispatchEvent(new CustomEvent('peer-quick-exit', {detail: {url: to}, bubbles: true, composed: true, cancelable: true})) && this.options.navigate(to);
    return html`<button type="button" class="quick-exit" part="quick-exit" @click=${leave}>${label}</button>`;
  }
}
