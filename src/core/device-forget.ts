/**
 * The lazy half of "Forget this device" (`device.ts`): the confirmation panel and its strings, and
 * the clearing: peerkit's localStorage and sessionStorage keys (the favourites only when asked),
 * and in the outbox's IndexedDB every draft, kept code and item already sent or refused. Items
 * still waiting to be sent stay, and are sent.
 */
import {html, type TemplateResult} from 'lit';
import {Outbox} from './outbox.js';
import {FAVOURITE_PREFIXES, forgetDevice, type ForgetController, type ForgetOptions} from './device.js';
import type {I18n} from './i18n.js';
import {device} from '../locales/tables/device.js';

export async function forget({favourites}: ForgetOptions): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('peerkit:') && (favourites || !FAVOURITE_PREFIXES.some((p) => key.startsWith(p)))) localStorage.removeItem(key);
    }
  } catch {
    /* storage disabled: nothing was kept there */
  }
  // This tab's memos too (the directory's "which endpoint this API serves"); the moderation desk's
  // sign-in (`peerkit-moderation-token:`) is staff's, and ends with the tab or "Sign out".
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('peerkit:')) sessionStorage.removeItem(key);
  } catch {
    /* storage disabled */
  }
  // Opening the database would create it: only when it exists (or the browser cannot tell).
  const dbs = await indexedDB.databases?.().catch(() => undefined);
  if (dbs && !dbs.some((d) => d.name === 'peerkit')) return;
  await Outbox.shared().forgetDone();
}

async function run(c: ForgetController) {
  const options = {favourites: c.favourites};
  c.set('working');
  try {
    await forgetDevice(options);
    c.done = options;
    c.favourites = false;
    c.set('done', '.forget-open');
  } catch (err) {
    console.warn('[peerkit] could not forget this device', err);
    c.set('failed', '.forget-open');
  }
}

/** The confirmation: what is cleared, "also my saved meetings and services", Forget now / Cancel. */
export function renderPanel(c: ForgetController, i18n: I18n): TemplateResult {
  const s = i18n.pick(device);
  return html`<div class="forget-panel" role="group" aria-label=${s.title}>
    <p>${s.intro}</p>
    <label class="forget-check"
      ><input type="checkbox" .checked=${c.favourites} @change=${(e: Event) => (c.favourites = (e.target as HTMLInputElement).checked)} /><span>${s.favourites}</span></label
    >
    <div class="forget-actions">
      <button type="button" class="primary forget-now" ?disabled=${c.phase === 'working'} @click=${() => void run(c)}>${s.now}</button>
      <button type="button" class="forget-cancel" @click=${() => c.set('idle', '.forget-open')}>${s.cancel}</button>
    </div>
  </div>`;
}

/** What the polite status line says after the visitor's last action. */
export function statusText(c: ForgetController, i18n: I18n): string {
  const s = i18n.pick(device);
  return c.phase === 'done' ? s.done(!!c.done?.favourites) : c.phase === 'failed' ? s.failed : '';
}
