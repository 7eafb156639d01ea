import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Meeting} from '../../model/meeting.js';

const KEY = (feed: string) => `peerkit:meeting-favourites:${feed}`;

/**
 * Starred meetings, kept in `localStorage` per feed (a list of slugs under a key naming the feed
 * URL): no account, nothing leaves the device. Storage that is full, disabled or blocked (private
 * mode, sandboxed iframes) degrades to favourites for this page view only.
 */
export class FavouritesController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly cache = new Map<string, Set<string>>();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.onStorage);
  }

  private onStorage = (e: StorageEvent) => {
    if (e.key?.startsWith('peerkit:meeting-favourites:')) {
      this.cache.clear();
      this.host.requestUpdate();
    }
  };

  private slugs(feed: string): Set<string> {
    let set = this.cache.get(feed);
    if (!set) {
      set = new Set();
      try {
        const raw = JSON.parse(localStorage.getItem(KEY(feed)) ?? '[]');
        if (Array.isArray(raw)) for (const s of raw) if (typeof s === 'string') set.add(s);
      } catch {
        /* unavailable or corrupt: start empty */
      }
      this.cache.set(feed, set);
    }
    return set;
  }

  has(m: Meeting): boolean {
    return this.slugs(m.feed).has(m.slug);
  }

  toggle(m: Meeting): boolean {
    const set = this.slugs(m.feed);
    const on = !set.has(m.slug);
    if (on) set.add(m.slug);
    else set.delete(m.slug);
    try {
      if (set.size) localStorage.setItem(KEY(m.feed), JSON.stringify([...set]));
      else localStorage.removeItem(KEY(m.feed));
    } catch {
      /* storage unavailable: kept for this page view */
    }
    this.host.requestUpdate();
    return on;
  }
}
