/** Helpers shared by the <peer-resource-directory> element tests: waiting, and keeping the test page when the visitor leaves. */
import type {PeerResourceDirectory} from '../../src/elements/resource-directory/resource-directory.js';
import {until, $} from './a11y.js';

/** Waits for the results, the empty state or the error state. */
export async function loaded(el: PeerResourceDirectory): Promise<void> {
  await until(() => $(el, '.list, [part=empty], [part=error]') !== null, 'results, empty or error state', 10000);
  await el.updateComplete;
}

/** Keeps the test page here, as a site can: handles the cancelable `peer-quick-exit` itself and records where the directory would have gone. */
export function captureExits(el: PeerResourceDirectory): string[] {
  const went: string[] = [];
  el.addEventListener('peer-quick-exit', (e) => {
    if (e.defaultPrevented) return;
    e.preventDefault();
    went.push(e.detail.url);
  });
  return went;
}
