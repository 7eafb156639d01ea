import {request, PeerFetchError} from './fetch.js';

/**
 * The outbox: every write a visitor makes (a question, a story) is first stored in IndexedDB with an
 * idempotency key, then sent. Offline, the server down, the tab closed mid-send: the item stays and is
 * sent when the network returns, the page is reopened, or the tab becomes visible again. The
 * idempotency key travels in the body and the `Idempotency-Key` header, so a retry after a lost
 * response creates nothing new on the server, and a Web Lock keeps two tabs (or two widgets) from
 * sending the same item at once: each item is delivered exactly once.
 *
 * Drafts (text typed but not yet submitted) live in the same database so they survive a reload.
 */
export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxItem<B = Record<string, unknown>, R = unknown> {
  /** The idempotency key. */
  id: string;
  /** What the item is (`question`, `story`): lets each widget find its own. */
  kind: string;
  url: string;
  body: B & {idempotency_key: string};
  status: OutboxStatus;
  attempts: number;
  createdAt: number;
  /** Earliest time of the next attempt (ms since epoch). */
  nextAt: number;
  /** The server's response once sent. */
  result?: R;
  /** Why the last attempt failed: the server's refusal (status, body), or `kind` `network`/`timeout` when no answer came. */
  error?: {status?: number; body?: unknown; message: string; kind?: string};
}

type Listener = (item: OutboxItem) => void;

/**
 * Called before each attempt to send an item of one kind; returns the body to send (it must keep
 * `idempotency_key`). Lets a widget refresh a form token or answer a proof-of-work challenge that
 * the server sent with the previous refusal (`item.error.body`). One preparer serves every item of
 * its kind on the page, so it prepares each for the server in the item's own `url` (two forms on one
 * page may write to two servers), never for one server it was made for.
 */
export type Preparer = (item: OutboxItem) => Promise<Record<string, unknown>>;

const DB_VERSION = 1;
const ITEMS = 'outbox';
const DRAFTS = 'drafts';

function promisify<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface OutboxOptions {
  /** IndexedDB database name; default `peerkit`. */
  dbName?: string;
  /** Base delay before retrying a transient failure; doubles per attempt up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
}

const instances = new Map<string, Outbox>();

export class Outbox {
  readonly dbName: string;
  private db?: Promise<IDBDatabase>;
  private listeners = new Set<Listener>();
  private preparers = new Map<string, Preparer>();
  /** Kinds some widget on this page handles; only their items are sent from this page. */
  private kinds = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private flushing?: Promise<void>;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly timeoutMs: number;
  private readonly onOnline = () => void this.flush();
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.flush();
  };

  /** One shared outbox per database on a page, so every widget sees the same queue. */
  static shared(options: OutboxOptions = {}): Outbox {
    const name = options.dbName ?? 'peerkit';
    let box = instances.get(name);
    if (!box) {
      box = new Outbox(options);
      instances.set(name, box);
    }
    return box;
  }

  constructor(options: OutboxOptions = {}) {
    this.dbName = options.dbName ?? 'peerkit';
    this.backoffMs = options.backoffMs ?? 2000;
    this.maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      document.addEventListener('visibilitychange', this.onVisible);
    }
  }

  /** Stops listening for the network; the stored items stay. */
  close(): void {
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      document.removeEventListener('visibilitychange', this.onVisible);
    }
    clearTimeout(this.timer);
    instances.delete(this.dbName);
    void this.db?.then((db) => db.close());
    this.db = undefined;
  }

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const req = indexedDB.open(this.dbName, DB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(ITEMS)) db.createObjectStore(ITEMS, {keyPath: 'id'});
        if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return this.db;
  }

  private async store(name: string, mode: IDBTransactionMode) {
    const db = await this.open();
    const tx = db.transaction(name, mode);
    return {tx, store: tx.objectStore(name)};
  }

  /** Sets the preparer for items of `kind` (see `Preparer`: one per kind, reading the server from each item). */
  setPreparer(kind: string, preparer: Preparer): void {
    const before = this.preparers.get(kind);
    if (before && before !== preparer) console.warn(`[peerkit outbox] a second preparer for "${kind}" replaces the first: every ${kind} on the page is now prepared by it`);
    this.preparers.set(kind, preparer);
    this.kinds.add(kind);
  }

  /**
   * Declares that this page handles items of `kind` (done implicitly by `enqueue` and
   * `setPreparer`). Items of other kinds wait for a page whose widget knows how to prepare them
   * (a question queued on the "Ask" page is not sent, without its form token, from the stories page).
   */
  claim(kind: string): void {
    this.kinds.add(kind);
  }

  /** Calls `listener` whenever an item is added, sent, failed or retried. Returns an unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(item: OutboxItem) {
    for (const l of this.listeners) {
      try {
        l(item);
      } catch (err) {
        console.error('[peerkit outbox]', err);
      }
    }
  }

  /** Stores a write and tries to send it now. The body gains `idempotency_key`. */
  async enqueue<B extends Record<string, unknown>>(kind: string, url: string, body: B): Promise<OutboxItem<B>> {
    this.kinds.add(kind);
    const id = uuid();
    const item: OutboxItem<B> = {
      id,
      kind,
      url,
      body: {...body, idempotency_key: id},
      status: 'pending',
      attempts: 0,
      createdAt: Date.now(),
      nextAt: 0,
    };
    const {tx, store} = await this.store(ITEMS, 'readwrite');
    store.put(item);
    await done(tx);
    this.notify(item as OutboxItem);
    void this.flush();
    return item;
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    const {store} = await this.store(ITEMS, 'readonly');
    return promisify(store.get(id) as IDBRequest<OutboxItem | undefined>);
  }

  /** Every stored item (optionally of one kind), oldest first. */
  async list(kind?: string): Promise<OutboxItem[]> {
    const {store} = await this.store(ITEMS, 'readonly');
    const all = (await promisify(store.getAll())) as OutboxItem[];
    return all.filter((i) => !kind || i.kind === kind).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Forgets an item (after the widget has shown its result to the visitor). */
  async remove(id: string): Promise<void> {
    const {tx, store} = await this.store(ITEMS, 'readwrite');
    store.delete(id);
    await done(tx);
  }

  private async put(item: OutboxItem) {
    const {tx, store} = await this.store(ITEMS, 'readwrite');
    store.put(item);
    await done(tx);
    this.notify(item);
  }

  /**
   * Stores what an attempt came to, unless the item was removed while it was being sent (the visitor
   * deleted it from the device): a removed item never comes back.
   */
  private async settle(item: OutboxItem) {
    const {tx, store} = await this.store(ITEMS, 'readwrite');
    let present = false;
    const key = store.getKey(item.id);
    key.onsuccess = () => {
      present = key.result !== undefined;
      if (present) store.put(item);
    };
    await done(tx);
    if (present) this.notify(item);
  }

  /** Sends every pending item that is due. Safe to call any time, from any tab. */
  flush(): Promise<void> {
    this.flushing ??= this.withLock(() => this.sendDue()).finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private withLock(fn: () => Promise<void>): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request(`peerkit-outbox:${this.dbName}`, () => fn()).then(() => undefined) : fn();
  }

  private async sendDue(): Promise<void> {
    clearTimeout(this.timer);
    let soonest = Infinity;
    for (const listed of await this.list()) {
      // Re-read inside the lock: another tab may have sent it meanwhile.
      const item = await this.get(listed.id);
      if (!item || item.status !== 'pending' || !this.kinds.has(item.kind)) continue;
      if (item.nextAt > Date.now()) {
        soonest = Math.min(soonest, item.nextAt);
        continue;
      }
      const preparer = this.preparers.get(item.kind);
      if (preparer) {
        try {
          item.body = {...(await preparer(item)), idempotency_key: item.id};
        } catch (err) {
          console.warn('[peerkit outbox] could not prepare', item.kind, err);
        }
      }
      const r = await request(item.url, {
        method: 'POST',
        body: item.body,
        headers: {'Idempotency-Key': item.id},
        retries: 0,
        timeoutMs: this.timeoutMs,
      });
      item.attempts++;
      if (r.ok) {
        item.status = 'sent';
        item.result = r.data;
        delete item.error;
      } else if (r.error.transient) {
        const delay = Math.min(this.maxBackoffMs, this.backoffMs * 2 ** (item.attempts - 1));
        item.nextAt = Date.now() + delay;
        item.error = {status: r.error.status, body: r.error.body, message: r.error.message, kind: r.error.kind};
        // The server asked for proof of work: try again at once with the preparer's answer.
        if (r.error.status === 429 && preparer && hasChallenge(r.error.body) && item.attempts < 4) item.nextAt = Date.now();
        // Sent sooner than the server takes it (429 too_fast): again as soon as it says, not later.
        const b = r.error.body as {error?: unknown; retry_after_ms?: unknown} | undefined;
        if (b?.error === 'too_fast' && typeof b.retry_after_ms === 'number') item.nextAt = Date.now() + Math.min(b.retry_after_ms, 6e5) + 100;
        soonest = Math.min(soonest, item.nextAt);
      } else {
        item.status = 'failed';
        item.error = {status: r.error.status, body: r.error.body, message: r.error.message};
      }
      await this.settle(item);
    }
    if (soonest !== Infinity) this.timer = setTimeout(() => void this.flush(), Math.max(0, soonest - Date.now()));
  }

  /** Retries a pending item now (the visitor pressed "send now"). */
  async retryNow(id: string): Promise<void> {
    const item = await this.get(id);
    if (!item || item.status === 'sent') return;
    item.status = 'pending';
    item.nextAt = 0;
    await this.put(item);
    await this.flush();
  }

  // --- drafts ---------------------------------------------------------------------------------

  async saveDraft(key: string, value: unknown): Promise<void> {
    const {tx, store} = await this.store(DRAFTS, 'readwrite');
    store.put(value, key);
    await done(tx);
  }

  async loadDraft<T = unknown>(key: string): Promise<T | undefined> {
    const {store} = await this.store(DRAFTS, 'readonly');
    return promisify(store.get(key) as IDBRequest<T | undefined>);
  }

  async clearDraft(key: string): Promise<void> {
    const {tx, store} = await this.store(DRAFTS, 'readwrite');
    store.delete(key);
    await done(tx);
  }

  /**
   * "Forget this device": deletes every draft (and code kept with them) and every item already sent
   * or refused. Items still pending stay, and are still sent.
   */
  async forgetDone(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([ITEMS, DRAFTS], 'readwrite');
    tx.objectStore(DRAFTS).clear();
    const items = tx.objectStore(ITEMS);
    const all = (await promisify(items.getAll())) as OutboxItem[];
    for (const i of all) if (i.status !== 'pending') items.delete(i.id);
    await done(tx);
  }
}

function hasChallenge(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'challenge' in body && !!(body as {challenge: unknown}).challenge;
}

/**
 * True while a write the server rate-limited with a proof-of-work challenge is being answered and
 * sent again at once (as `flush` does): it is still being sent, not waiting for the network.
 */
export function answeringChallenge(item: Pick<OutboxItem, 'status' | 'attempts' | 'error'>): boolean {
  return item.status === 'pending' && item.error?.status === 429 && hasChallenge(item.error.body) && item.attempts < 4;
}

export {PeerFetchError};
