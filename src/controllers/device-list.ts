import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {onForget} from '../core/forget-event.js';

/**
 * Lists kept on the visitor's device (`localStorage`, a JSON array of strings per key): the
 * finder's starred meetings per feed, the directory's saved services per directory, the carousel's
 * hidden content warnings. No account, nothing leaves the device.
 *
 * Each key is read once and shared by every widget on the page, so two widgets on one list see each
 * other's changes and never overwrite them; a change in another tab (`storage`) or "Forget this
 * device" (which clears storage first) reaches every widget too. Storage that is full, disabled or
 * blocked (private mode, sandboxed iframes) degrades to a list for this page view only.
 */
const cache = new Map<string, {list: readonly string[]; set: ReadonlySet<string>}>();
const controllers = new Set<DeviceListController>();
let off: (() => void) | undefined;

function entry(key: string) {
  let e = cache.get(key);
  if (!e) {
    let list: string[] = [];
    try {
      const raw: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      if (Array.isArray(raw)) list = [...new Set(raw.filter((x): x is string => typeof x === 'string'))];
    } catch {
      /* unavailable or corrupt: start empty */
    }
    cache.set(key, (e = {list, set: new Set(list)}));
  }
  return e;
}

function reread() {
  cache.clear();
  for (const c of controllers) c.changed();
}

function onStorage(e: StorageEvent) {
  // Another tab changed a list, or cleared storage: read again.
  if (e.key === null || e.key.startsWith('peerkit:')) reread();
}

export class DeviceListController implements ReactiveController {
  /** `onChange`: a list changed anywhere (this widget, another, another tab, a forget); default: re-render. */
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!controllers.size) {
      addEventListener('storage', onStorage);
      off = onForget(reread);
    }
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size) return;
    // No widget left on the page: the next one reads storage afresh.
    removeEventListener('storage', onStorage);
    off?.();
    cache.clear();
  }

  /** @internal */
  changed(): void {
    this.onChange();
  }

  /** The list under `key`, oldest first. */
  get(key: string): readonly string[] {
    return entry(key).list;
  }

  has(key: string, item: string): boolean {
    return entry(key).set.has(item);
  }

  /** Replaces the list (an empty list removes the key) and tells every widget. */
  set(key: string, items: readonly string[]): void {
    const list = [...new Set(items)];
    cache.set(key, {list, set: new Set(list)});
    try {
      if (list.length) localStorage.setItem(key, JSON.stringify(list));
      else localStorage.removeItem(key);
    } catch {
      /* storage unavailable: kept for this page view */
    }
    for (const c of controllers) c.changed();
  }

  /** Adds or removes `item`; true when it is now in the list. */
  toggle(key: string, item: string): boolean {
    const on = !this.has(key, item);
    this.set(key, on ? [...this.get(key), item] : this.get(key).filter((x) => x !== item));
    return on;
  }
}
