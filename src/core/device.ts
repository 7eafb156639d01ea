/**
 * What peerkit keeps on the visitor's device, and the visitor's say over it: the "Forget this
 * device" control every widget that stores something shows (the question box, the story form, the
 * finder's stars, the directory's saved list), the "draft restored" notice with "Discard draft",
 * and the "keep this code on this device" choice for receipt and withdrawal codes. Built once here
 * so a library computer is cleared the same way from any widget.
 *
 * Only the button is in a widget's first load: the confirmation, its strings and the clearing itself
 * (`device-forget.ts`, which needs the IndexedDB outbox the finder and the directory never load
 * otherwise) are a lazy chunk, fetched when the visitor presses it.
 */
import {css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {I18n} from './i18n.js';
import {retryableImport} from './lazy-import.js';
import {FORGET_EVENT, onForget, type ForgetOptions} from './forget-event.js';

/** localStorage key prefixes of the visitor's own lists, forgotten only when asked. */
export const FAVOURITE_PREFIXES = ['peerkit:meeting-favourites:', 'peerkit:resource-directory:saved'];
export {FORGET_EVENT, onForget, type ForgetOptions} from './forget-event.js';

/** The key a kept receipt or withdrawal code is stored under (in the outbox's drafts store). */
export const keptCodeKey = (kind: string, url: string) => `kept-code:${kind}:${url}`;

type ForgetChunk = typeof import('./device-forget.js');
const forgetChunk = retryableImport(() => import('./device-forget.js'));

/**
 * Clears everything peerkit stored on this device: drafts, kept codes, items already sent or
 * refused, peerkit settings in localStorage, and the favourites when asked. Items still waiting to be
 * sent stay (and are sent). Then every widget on the page hears `FORGET_EVENT` and forgets what it
 * shows.
 */
export async function forgetDevice(options: ForgetOptions): Promise<void> {
  await (await forgetChunk()).forget(options);
  dispatchEvent(new CustomEvent<ForgetOptions>(FORGET_EVENT, {detail: options}));
}

export type ForgetPhase = 'idle' | 'loading' | 'confirm' | 'working' | 'done' | 'failed';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * "Forget this device": a button, then a short confirmation (with "also my saved meetings and
 * services"), then a polite "done". The host resets what it shows in `onForgotten`, which runs for a
 * forget started in any widget on the page.
 */
export class ForgetController implements ReactiveController {
  phase: ForgetPhase = 'idle';
  /** "Also my saved meetings and services" is ticked. */
  favourites = false;
  /** What the last forget cleared. */
  done?: ForgetOptions;
  private chunk?: ForgetChunk;
  private off?: () => void;

  constructor(
    private readonly host: Host,
    private readonly onForgotten: (options: ForgetOptions) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.off = onForget((options) => {
      this.onForgotten(options);
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.off?.();
  }

  /** Moves to `phase`, re-renders, and focuses `focus` (a selector in the host) once rendered. */
  set(phase: ForgetPhase, focus?: string): void {
    this.phase = phase;
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(focus)?.focus());
  }

  private async open() {
    this.set('loading');
    try {
      this.chunk = await forgetChunk();
      this.set('confirm', '.forget-check input');
    } catch (err) {
      console.warn('[peerkit] could not load "Forget this device"', err);
      this.set('failed', '.forget-open');
    }
  }

  /** The control: `label` is the button's text (`coreText.forget`), `i18n` the host's language. */
  render(label: string, i18n: I18n): TemplateResult {
    const open = this.phase === 'confirm' || this.phase === 'working';
    return html`<div class="forget">
      ${open && this.chunk
        ? this.chunk.renderPanel(this, i18n)
        : html`<button type="button" class="forget-open" aria-expanded="false" ?disabled=${this.phase === 'loading'} @click=${() => void this.open()}>${label}</button>`}
      <p class="forget-status" aria-live="polite">${this.chunk?.statusText(this, i18n) ?? ''}</p>
    </div>`;
  }
}

/** "What you wrote here last time was kept on this device" with "Discard draft" (strings from the widget's table). */
export function renderDraftNotice(s: {draftRestored: string; discardDraft: string}, discard: () => void): TemplateResult {
  return html`<div class="draft-notice" part="draft-notice">
    <p>${s.draftRestored}</p>
    <button type="button" class="discard-draft" @click=${discard}>${s.discardDraft}</button>
  </div>`;
}

/** "Keep the code on this device", unticked by default: otherwise a code lasts for this page view only. */
export function renderKeepCode(s: {codeForVisit: string; keepCode: string}, kept: boolean, change: (keep: boolean) => void): TemplateResult {
  return html`<div class="keep-code">
    <p>${s.codeForVisit}</p>
    <label class="forget-check"
      ><input type="checkbox" class="keep" .checked=${kept} @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} /><span>${s.keepCode}</span></label
    >
  </div>`;
}

/** Styles of the pieces above (each widget that renders them adds these). */
export const deviceStyles = css`
  .forget,
  .forget-panel,
  .draft-notice,
  .keep-code {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .forget-panel,
  .draft-notice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_surface);
  }
  .forget-check {
    display: flex;
    gap: 0.5em;
    align-items: start;
    font-weight: 500;
  }
  .forget-check input {
    min-block-size: 1.5em;
    min-inline-size: 1.5em;
    margin: 0;
  }
  .forget-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .forget p,
  .draft-notice p,
  .keep-code p {
    margin: 0;
  }
`;
