import {css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {I18n} from './i18n.js';
import {safeUrl} from '../model/text.js';
import {quickExit} from '../locales/tables/quick-exit.js';

/**
 * Quick exit, built once for every widget: a button that leaves for a neutral site at once, the
 * Escape-twice shortcut, what it does to the tab's history, and a one-time note on clearing it.
 *
 * - **Reachable from every state.** `renderBar()` goes first in the widget (sticky at the top); a
 *   modal dialog makes everything behind it inert, so a dialog renders `renderButton()` inside itself.
 * - **Escape twice** (within 1.5 s, no other key between) leaves, but only when no modal dialog is
 *   open (the widget's, the page's, or another widget's that holds focus) and no text field of the
 *   widget (nor the focused field of the page) holds text: a visitor clearing a search with Escape
 *   never leaves by accident. Escape that closes a dialog never counts.
 * - **History.** Browsers let a page replace its own history entry (`location.replace`) and add or
 *   rewrite entries of its own origin (`history.pushState` / `replaceState`); no page can remove or
 *   rewrite the pages visited before it, nor clear the browser's history. So the exit marks this
 *   page's entry as left, pushes a second entry of the page, and replaces that one with the neutral
 *   site: Back from the neutral site lands on the marked entry, and any peerkit widget with a quick
 *   exit that loads there (or is restored from the back-forward cache) leaves for the neutral site
 *   again at once, rendering nothing. A second Back reaches whatever page came before (the browser
 *   allows no more), which is why the visitor is told once how to clear their history.
 * - **A chunk of its own**: a widget imports this module with `import()` only when `quick-exit` is
 *   set, and renders once it is here (see the directory's `quickExitReady`).
 * - **Never covers focus** (WCAG 2.4.11): `quickExitStyles` gives every focusable control a
 *   `scroll-margin-block-start` taller than the sticky bar, so a control scrolled into view by
 *   keyboard focus stops below the button.
 */

const MARK = 'peerkitQuickExit';
const TIP_KEY = 'peerkit:quick-exit-tip';
const DEFAULT_EXIT = 'https://www.google.com/';

/** The neutral site for an attribute value: an http(s) URL, else Google (never `javascript:`). */
export function exitUrlFor(value: string | null | undefined): string {
  const url = value ? safeUrl(value, typeof location === 'undefined' ? undefined : location.href) : undefined;
  return url && /^https?:/.test(url) ? url : DEFAULT_EXIT;
}

/** Leaves for `url`, leaving a marked entry behind so Back from the neutral site leaves again (see above). */
export function leaveTo(url: string): void {
  try {
    history.replaceState({...(history.state as object | null), [MARK]: url}, '');
    history.pushState({[MARK]: url}, '', location.href);
  } catch {
    /* a sandboxed frame may refuse: replacing the page still keeps it out of Back */
  }
  location.replace(url);
}

/** The neutral site this history entry was left for, when the visitor came Back to it. */
function leftFor(): string | undefined {
  try {
    const v = (history.state as Record<string, unknown> | null)?.[MARK];
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

let tipOwner: QuickExitController | undefined;
/** Escape presses one quick exit acted on: two widgets on a page leave once, not twice. */
const handled = new WeakSet<Event>();

/** True for the one quick exit on the page that shows the history note this visit (tab). */
function ownsTip(c: QuickExitController): boolean {
  if (tipOwner === c) return true;
  if (tipOwner?.connected) return false;
  try {
    if (sessionStorage.getItem(TIP_KEY)) return false;
    // sessionStorage: this tab only, gone when it closes; nothing lasting on a shared computer.
    sessionStorage.setItem(TIP_KEY, '1');
  } catch {
    /* storage blocked: shown once per page */
  }
  tipOwner = c;
  return true;
}

const TEXT_TYPES = /^(text|search|email|tel|url|number|password|)$/;

/** A field the visitor may be typing in holds text (a read-only one, like a share link, is not typed in). */
function holdsText(el: Element | null | undefined): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return !el.readOnly && !el.disabled && el.value !== '' && (el instanceof HTMLTextAreaElement || TEXT_TYPES.test(el.type));
  }
  return el instanceof HTMLElement && el.isContentEditable && (el.textContent ?? '') !== '';
}

function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * Focus is in an open dialog or popover, in any shadow root (another widget's details): Escape
 * closes that first. A modal dialog traps focus, so this finds any widget's open details.
 */
function inModal(el: Element | null): boolean {
  for (let n: Node | null = el; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof HTMLDialogElement && n.open) return true;
    if (n instanceof HTMLElement && n.hasAttribute('popover') && matches(n, ':popover-open')) return true;
  }
  return false;
}

/** A modal dialog of the page itself is open (a non-modal one, a notice, does not close on Escape). */
function openModal(): boolean {
  for (const d of document.querySelectorAll('dialog[open]')) if (matches(d, ':modal')) return true;
  return false;
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return selector === ':modal'; // a browser without `:modal`: count every open dialog, as before
  }
}

export interface QuickExitOptions {
  /** The `quick-exit` attribute: null/undefined = off, '' = on with the default neutral site. */
  value: () => string | null | undefined;
  /** Leaves for the neutral site (the element's overridable `navigate`, `leaveTo` by default). */
  navigate: (url: string) => void;
}

/**
 * One widget's quick exit. The host renders `renderBar(i18n)` first, `renderButton(i18n)` inside
 * any modal dialog, and nothing while `leaving`; `quickExitStyles` is adopted into its shadow root.
 * `exit()` fires the cancelable `peer-quick-exit` event (`detail.url`) on the host, then leaves.
 */
export class QuickExitController implements ReactiveController {
  /** True once the visitor left (or came Back to a page they left): render nothing. */
  leaving = false;
  connected = false;
  private tipDismissed = false;
  private lastEscape = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & {renderRoot: HTMLElement | DocumentFragment},
    private readonly options: QuickExitOptions,
  ) {
    host.addController(this);
  }

  get enabled(): boolean {
    return this.options.value() != null;
  }

  get url(): string {
    return exitUrlFor(this.options.value());
  }

  hostConnected(): void {
    this.connected = true;
    // The styles travel with this chunk: adopted into the host's shadow root, not its static styles.
    const root = this.host.renderRoot;
    const sheet = quickExitStyles.styleSheet;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('pageshow', this.onPageShow);
    this.leaveAgainIfLeft();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('pageshow', this.onPageShow);
  }

  /** Leaves now, as the button does (unless a listener cancels `peer-quick-exit`). */
  exit(): void {
    const url = this.url;
    const go = this.host.dispatchEvent(new CustomEvent('peer-quick-exit', {detail: {url}, bubbles: true, composed: true, cancelable: true}));
    if (!go) return;
    this.leaving = true;
    this.host.requestUpdate();
    this.options.navigate(url);
  }

  private leaveAgainIfLeft() {
    const url = this.enabled ? leftFor() : undefined;
    if (!url) return;
    this.leaving = true;
    this.host.requestUpdate();
    this.options.navigate(url);
  }

  private onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) this.leaveAgainIfLeft();
  };

  private blocked(): boolean {
    const root = this.host.renderRoot;
    const active = deepActive();
    if (root.querySelector('dialog[open]') || inModal(active) || openModal()) return true;
    if (holdsText(active)) return true;
    for (const field of root.querySelectorAll('input, textarea')) if (holdsText(field)) return true;
    return false;
  }

  private onKey = (e: KeyboardEvent) => {
    if (!this.enabled || this.leaving || e.isComposing || handled.has(e)) return;
    if (e.key !== 'Escape') {
      this.lastEscape = 0;
      return;
    }
    if (e.repeat) return;
    if (this.blocked()) {
      this.lastEscape = 0;
      return;
    }
    const t = e.timeStamp || performance.now();
    if (this.lastEscape && t - this.lastEscape < 1500) {
      this.lastEscape = 0;
      handled.add(e);
      this.exit();
    } else this.lastEscape = t;
  };

  private dismissTip() {
    this.tipDismissed = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.quick-exit-bar [part~=quick-exit]')?.focus());
  }

  /** The exit button alone (for a dialog's header). */
  renderButton(i18n: I18n): TemplateResult | typeof nothing {
    if (!this.enabled) return nothing;
    // Another language's strings are a small chunk (the button shows English for those few ms).
    const s = i18n.pick(quickExit);
    return html`<button type="button" class="quick-exit" part="quick-exit" title=${s.hint} @click=${() => this.exit()}>${s.label}</button>`;
  }

  /** The sticky bar with the button, and once per visit the note on clearing history. */
  renderBar(i18n: I18n): TemplateResult | typeof nothing {
    if (!this.enabled) return nothing;
    const s = i18n.pick(quickExit);
    const tip = !this.tipDismissed && ownsTip(this);
    return html`<div class="quick-exit-bar">${this.renderButton(i18n)}</div>
      ${tip
        ? html`<p class="quick-exit-tip" part="quick-exit-tip">
            <span>${s.tip}</span>
            <button type="button" @click=${() => this.dismissTip()}>${s.tipDismiss}</button>
          </p>`
        : nothing}`;
  }
}

/** Styles for the bar, the button and the focus margin; add to the host's `static styles`. */
export const quickExitStyles = css`
  .quick-exit-bar {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    display: flex;
    justify-content: flex-end;
    pointer-events: none;
  }
  .quick-exit {
    pointer-events: auto;
    flex: none;
    white-space: nowrap;
    background: var(--_danger);
    border-color: var(--_danger);
    color: light-dark(#fff, #1f0000);
    font-weight: 700;
  }
  .quick-exit-tip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    margin: 0;
    padding: 0.5em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.95em;
  }
  .quick-exit-tip span {
    flex: 1 1 16em;
  }
  /* The sticky button is 2.75em tall: a control brought into view by focus stops below it. */
  .has-quick-exit :is(a[href], button, input, select, textarea, summary, [tabindex]) {
    scroll-margin-block-start: 3.5em;
  }
  @media print {
    .quick-exit-bar,
    .quick-exit-tip,
    .quick-exit {
      display: none !important;
    }
  }
`;
