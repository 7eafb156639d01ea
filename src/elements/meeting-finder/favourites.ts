import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Meeting} from '../../model/meeting.js';
import {onForget} from '../../core/device.js';

const PREFIX = 'peerkit:meeting-favourites:';

/**
 * The starred slugs per feed, read from `localStorage` once and shared by every finder on the page,
 * so two finders on one feed see each other's stars and never overwrite them.
 */
const cache = new Map<string, Set<string>>();
const controllers = new Set<FavouritesController>();

function slugs(feed: string): Set<string> {
  let set = cache.get(feed);
  if (!set) {
    set = new Set();
    try {
      const raw = JSON.parse(localStorage.getItem(PREFIX + feed) ?? '[]');
      if (Array.isArray(raw)) for (const s of raw) if (typeof s === 'string') set.add(s);
    } catch {
      /* unavailable or corrupt: start empty */
    }
    cache.set(feed, set);
  }
  return set;
}

function changed() {
  for (const c of controllers) c.onChange();
}

let offForget: (() => void) | undefined;

function onStorage(e: StorageEvent) {
  // Another tab starred or unstarred (or cleared storage): read again.
  if (e.key === null || e.key.startsWith(PREFIX)) {
    cache.clear();
    changed();
  }
}

/**
 * Starred meetings, kept in `localStorage` per feed (a list of slugs under a key naming the feed
 * URL): no account, nothing leaves the device. Storage that is full, disabled or blocked (private
 * mode, sandboxed iframes) degrades to favourites for this page view only. A change made in another
 * finder on the page, or in another tab, reaches every finder (`onChange`).
 */
export class FavouritesController implements ReactiveController {
  private readonly changedHook: () => void;

  /** `onChange`: called when the stars change anywhere (this finder, another one, another tab); default: re-render. */
  constructor(host: ReactiveControllerHost, onChange: () => void = () => host.requestUpdate()) {
    this.changedHook = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    if (!controllers.size) {
      addEventListener('storage', onStorage);
      // "Forget this device", with the favourites, from any widget on the page.
      offForget = onForget(({favourites}) => {
        if (!favourites) return;
        cache.clear();
        changed();
      });
    }
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size) return;
    // No finder left on the page: the next one reads storage afresh.
    removeEventListener('storage', onStorage);
    offForget?.();
    cache.clear();
  }

  /** @internal */
  onChange(): void {
    this.changedHook();
  }

  has(m: Meeting): boolean {
    return slugs(m.feed).has(m.slug);
  }

  toggle(m: Meeting): boolean {
    const set = slugs(m.feed);
    const on = !set.has(m.slug);
    if (on) set.add(m.slug);
    else set.delete(m.slug);
    try {
      if (set.size) localStorage.setItem(PREFIX + m.feed, JSON.stringify([...set]));
      else localStorage.removeItem(PREFIX + m.feed);
    } catch {
      /* storage unavailable: kept for this page view */
    }
    changed();
    return on;
  }
}
