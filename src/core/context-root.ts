import {ContextRoot} from '@lit/context';

const KEY = Symbol.for('peerkit/context-root');

/**
 * Attaches one `ContextRoot` to the document so that elements upgraded before `<peer-config>`
 * (a script loaded late, an element defined lazily) still receive its configuration.
 * Idempotent across several copies of peerkit on one page.
 */
export function attachContextRoot(): void {
  const g = globalThis as unknown as Record<symbol, unknown>;
  if (g[KEY] || typeof document === 'undefined') return;
  g[KEY] = true;
  new ContextRoot().attach(document.documentElement);
}
