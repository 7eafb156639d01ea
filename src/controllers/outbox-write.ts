import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {Outbox, answeringChallenge, type OutboxItem} from '../core/outbox.js';
import {ForgetController, keptCodeKey} from '../core/device.js';
import {createLogger} from '../core/log.js';
import {apiOfWriteUrl, failedWriteState, fetchFormToken, formTokenReady, peerkitPreparer, MIN_TOKEN_AGE_MS} from '../sources/peerkit-api.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Where a write is: the form (also after a refusal, with `refusal` set), being sent, kept on the
 * device until the network returns (`queued`), refused by the browser while the server answers reads
 * (`blocked`: the site must let this origin write), or sent with its code on screen.
 */
export type WritePhase = 'form' | 'sending' | 'queued' | 'blocked' | 'sent';

/** Why the last write was not taken: the server's refusal (status, body), or `{}` when it could not even be stored. */
export type WriteRefusal = {status?: number; body?: unknown; message?: string};

/** What a view of the code after sending needs (the question box's receipt, the story form's withdrawal code). */
export interface CodeViewProps {
  code?: string;
  copied?: 'copied' | 'failed';
  /** The visitor keeps the code on this device. */
  kept: boolean;
  /** "Forget this device". */
  forget: unknown;
  onCopy(): void;
  onSaveNote(): void;
  onKeep(keep: boolean): void;
}

export interface OutboxWriteOptions<D> {
  /** The outbox kind (`question`, `story`). */
  kind: string;
  /** What the console advice names when the browser refuses the write. */
  what: 'questions' | 'stories';
  /** The endpoint writes are posted to; undefined while the host has no API. */
  url: () => string | undefined;
  /** Where the draft is kept for that endpoint. */
  draftKey: (url: string) => string;
  /** An empty form. */
  empty: () => D;
  /** Whether a draft holds anything the visitor wrote or chose. */
  hasContent: (draft: D) => boolean;
  /** The form again from a body in the outbox (its draft was forgotten meanwhile). */
  draftOf: (body: Record<string, unknown>) => D;
  /** The code (receipt, withdrawal code) in the server's answer. */
  codeOf: (result: unknown) => string | undefined;
  /** Whether the host shows its form now: only then is anything restored or a form token fetched. */
  writing?: () => boolean;
  /** Kept with a kept code (never the text): e.g. that the question looked like a crisis. */
  keepWith?: (body: Record<string, unknown>) => Record<string, unknown>;
  /**
   * The visitor's write moved on while they watched (sent, queued, blocked, refused): the host
   * moves focus to what replaced the button they pressed. Not called for what a reload restores.
   */
  moved?: (to: WritePhase | 'refused') => void;
  /** A code is on screen (just sent, or restored after a reload). */
  sent?: (code: string | undefined) => void;
  /** "Forget this device" here or in another widget (the host forgets what else it shows). */
  forgotten?: () => void;
}

const IN_FLIGHT: readonly WritePhase[] = ['sending', 'queued', 'blocked'];

/**
 * The write flow the question box and the story form share: a form token fetched while the visitor
 * writes (sent no sooner than its server asked); the draft kept on the device as they type, restored
 * after a reload with a notice and "Discard draft"; the write stored in the outbox and sent exactly
 * once, also later (offline, the server down, the page closed), with "Try sending now" and a retry
 * when the network returns; a form token that expired meanwhile is replaced once; a write the browser
 * refuses while the server answers reads is said so plainly (`blocked`), and can be deleted from the
 * device; the code from the server's answer shown for this visit only, unless the visitor keeps it
 * on this device; and "Forget this device", which forgets all of it but what is still being sent.
 *
 * The host draws `phase`, `draft`, `code`, `refusal`; it calls `edit` as the visitor types and
 * `send` with the wire body (built by its source adapter).
 */
export class OutboxWriteController<D extends object> implements ReactiveController {
  /** Minimum age of a form token before a write is sent, for servers that do not say (`min_submit_ms`). Lowered only by tests. */
  static minTokenAgeMs = MIN_TOKEN_AGE_MS;

  phase: WritePhase = 'form';
  draft: D;
  /** The form holds a draft from an earlier visit. */
  draftRestored = false;
  /** The last write was refused (the form shows it again with the reason). */
  refusal?: WriteRefusal;
  /** The body of the write being sent or just sent. */
  body?: Record<string, unknown>;
  /** The code in the server's answer (`sent`). */
  code?: string;
  /** The visitor keeps the code on this device. */
  kept = false;
  /** What was kept with a kept code restored after a reload (see `keepWith`). */
  keptWith?: Record<string, unknown>;
  /** "Copy code" worked, or did not. */
  copied?: 'copied' | 'failed';
  /** "Forget this device" (render it with `forget.render`). */
  readonly forget: ForgetController;

  private readonly outbox = Outbox.shared();
  private readonly log;
  private itemId?: string;
  /** Attempts of the write already judged (a retry resends with the old error: not judged again). */
  private judged = 0;
  /** The visitor sent it, or pressed "Try sending now", in this page view: what follows moves focus. */
  private watching = false;
  private token?: string;
  private tokenAt = 0;
  private tokenFor?: string;
  private tokenLoading?: Promise<void>;
  private readonly tokenRetried = new Set<string>();
  private restoredFor?: string;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    private readonly options: OutboxWriteOptions<D>,
  ) {
    this.draft = options.empty();
    this.log = createLogger(host.localName || 'peerkit');
    this.forget = new ForgetController(host, () => {
      options.forgotten?.();
      if (IN_FLIGHT.includes(this.phase)) return;
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.reset();
    });
    host.addController(this);
  }

  private readonly onOnline = () => {
    if (this.phase === 'queued' && this.itemId) void this.outbox.retryNow(this.itemId);
  };

  hostConnected(): void {
    this.outbox.setPreparer(this.options.kind, peerkitPreparer);
    this.unsubscribe = this.outbox.subscribe((item) => this.onItem(item));
    addEventListener('online', this.onOnline);
    // Back in the page after a move: catch up with what happened to the write meanwhile.
    if (this.itemId) void this.outbox.get(this.itemId).then((item) => item && this.onItem(item), () => undefined);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    removeEventListener('online', this.onOnline);
    void this.flushDraft();
  }

  hostUpdated(): void {
    const url = this.options.url();
    if (!url || !(this.options.writing?.() ?? true)) return;
    if (this.restoredFor !== url) {
      this.restoredFor = url;
      void this.restore(url);
    }
    if (this.tokenFor !== url && this.phase === 'form') {
      this.tokenFor = url;
      this.tokenLoading = this.loadToken(url);
    }
  }

  private get keptKey(): string | undefined {
    const url = this.options.url();
    return url && keptCodeKey(this.options.kind, url);
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  private async loadToken(url: string): Promise<void> {
    const token = await fetchFormToken(apiOfWriteUrl(url));
    // Unreachable now: the outbox's preparer fetches one before sending.
    if (!token || this.tokenFor !== url) return;
    this.token = token;
    this.tokenAt = Date.now();
  }

  /**
   * Picks up what happened while the page was closed, newest first: a code never shown yet (shown
   * once), a write still waiting or refused, a code the visitor kept on this device, a draft.
   */
  private async restore(url: string): Promise<void> {
    const {kind, draftKey, hasContent, draftOf} = this.options;
    let items: OutboxItem[] = [];
    let stored: D | undefined;
    let kept: {code?: unknown; receipt?: unknown} | undefined;
    try {
      items = (await this.outbox.list(kind)).filter((i) => i.url === url);
      [stored, kept] = await Promise.all([this.outbox.loadDraft<D>(draftKey(url)), this.outbox.loadDraft<typeof kept>(keptCodeKey(kind, url))]);
    } catch (err) {
      this.log.warn('outbox unavailable', err);
    }
    if (this.restoredFor !== url || this.phase !== 'form') return;
    const newest = (status: OutboxItem['status']) => items.filter((i) => i.status === status).pop();
    const item = newest('sent') ?? newest('pending') ?? newest('failed');
    const draft = stored && typeof stored === 'object' && hasContent({...this.options.empty(), ...stored}) ? {...this.options.empty(), ...stored} : undefined;
    const typed = hasContent(this.draft);
    if (item) {
      this.itemId = item.id;
      this.body = item.body;
      this.watching = false;
      // Its last error is from before the page was closed: sent again now, what comes of it is judged.
      this.judged = item.attempts;
      if (item.status !== 'sent') {
        this.draft = draft ?? draftOf(item.body);
        this.phase = 'sending';
      }
      this.onItem(item);
      if (item.status === 'pending') void (item.attempts ? this.outbox.retryNow(item.id) : this.outbox.flush());
    } else if (typeof (kept?.code ?? kept?.receipt) === 'string' && !typed) {
      // Kept receipts were once stored as `receipt`.
      const {code, receipt, ...rest} = kept!;
      this.code = (code ?? receipt) as string;
      this.keptWith = rest;
      this.kept = true;
      this.phase = 'sent';
      this.options.sent?.(this.code);
    } else if (draft && !typed) {
      this.draft = draft;
      this.draftRestored = true;
    }
    this.changed();
  }

  /** What the outbox says about the write this form sent. */
  private onItem(item: OutboxItem): void {
    if (!this.itemId || item.id !== this.itemId) return;
    const live = this.watching;
    const error = (item.error?.body as {error?: unknown} | undefined)?.error;
    if (item.status === 'failed' && error === 'invalid_form_token' && !this.tokenRetried.has(item.id)) {
      // The token expired (the page was open, or the device offline, for long): the preparer fetches
      // a fresh one. Same idempotency key, so still sent at most once.
      this.tokenRetried.add(item.id);
      void this.outbox.retryNow(item.id);
      return;
    }
    if (item.status === 'sent') {
      // Shown for this page view only: the sent item (and with it the code) leaves the device now.
      this.code = this.options.codeOf(item.result);
      this.body = item.body;
      this.phase = 'sent';
      this.draft = this.options.empty();
      this.draftRestored = this.kept = false;
      this.refusal = undefined;
      const url = this.options.url();
      if (url) void this.outbox.clearDraft(this.options.draftKey(url)).catch(() => undefined);
      void this.outbox.remove(item.id).catch(() => undefined);
      this.options.sent?.(this.code);
      if (live) this.options.moved?.('sent');
    } else if (item.status === 'failed') {
      // Refused: the form comes back with what was written, and the reason; a new write gets a new token.
      this.refusal = item.error ?? {};
      this.phase = 'form';
      this.itemId = this.body = undefined;
      if (!live) this.draftRestored = true;
      if (!this.options.hasContent(this.draft)) this.draft = this.options.draftOf(item.body);
      this.tokenFor = undefined;
      void this.outbox.remove(item.id).catch(() => undefined);
      if (live) this.options.moved?.('refused');
    } else if (item.attempts > this.judged) {
      this.judged = item.attempts;
      // A fresh token or a solved challenge is being sent at once, or the server said when: still sending.
      if (error === 'invalid_form_token' || error === 'too_fast' || answeringChallenge(item)) this.phase = 'sending';
      else void this.afterFailedAttempt(item, live);
    }
    this.changed();
  }

  /**
   * A send got no answer: "saved, sent when you are back online" only when that can happen. If the
   * browser is online and the server answers reads, the browser refused this write (the server does
   * not take this site's origin): say so plainly instead, and keep the write on the device.
   */
  private async afterFailedAttempt(item: OutboxItem, live: boolean): Promise<void> {
    const state = await failedWriteState(apiOfWriteUrl(item.url), item, this.options.what);
    if (this.itemId !== item.id || !IN_FLIGHT.includes(this.phase) || this.phase === state) return;
    this.phase = state;
    this.changed();
    if (live) this.options.moved?.(state);
  }

  // --- what the host calls -----------------------------------------------------------------------

  /** The visitor changed the form: kept on the device a moment later. */
  edit(patch: Partial<D>): void {
    this.draft = {...this.draft, ...patch};
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), 250);
    this.changed();
  }

  private async saveDraft(): Promise<void> {
    this.saveTimer = undefined;
    const url = this.options.url();
    if (!url) return;
    const key = this.options.draftKey(url);
    try {
      // An empty form leaves nothing behind.
      await (this.options.hasContent(this.draft) ? this.outbox.saveDraft(key, this.draft) : this.outbox.clearDraft(key));
    } catch (err) {
      this.log.warn('could not save the draft', err);
    }
  }

  /** Resolves once what the visitor typed is stored (before sending, leaving, or in a test). */
  async flushDraft(): Promise<void> {
    if (!this.saveTimer) return;
    clearTimeout(this.saveTimer);
    await this.saveDraft();
  }

  /**
   * Sends `body` (the wire body of the form as it is) through the outbox, with the form token, no
   * sooner than its server takes it. Resolves with the stored item, or undefined when it could not be
   * stored (no IndexedDB: `refusal` is `{}` and the form stays).
   */
  async send(body: Record<string, unknown>): Promise<OutboxItem | undefined> {
    const url = this.options.url();
    if (!url || this.phase !== 'form') return undefined;
    this.phase = 'sending';
    this.refusal = undefined;
    this.draftRestored = false;
    this.changed();
    await this.flushDraft();
    await this.tokenLoading;
    await formTokenReady(this.token, {fetchedAt: this.tokenAt, ms: OutboxWriteController.minTokenAgeMs});
    const full = this.token ? {...body, form_token: this.token} : body;
    // One token per write: the next one fetches its own.
    this.token = this.tokenFor = undefined;
    try {
      // The id is known before the first attempt ends, so no word about this item is missed.
      const item = await this.outbox.enqueue(this.options.kind, url, full);
      this.itemId = item.id;
      this.judged = 0;
      this.watching = true;
      this.body = item.body;
      const now = await this.outbox.get(item.id);
      if (now) this.onItem(now);
      return item;
    } catch (err) {
      this.log.warn('could not store the write', err);
      this.refusal = {};
      this.phase = 'form';
      this.changed();
      return undefined;
    }
  }

  /** "Try sending now". */
  async sendNow(): Promise<void> {
    this.watching = true;
    if (this.itemId) await this.outbox.retryNow(this.itemId);
  }

  /** An empty form: nothing of the last write or its code on screen. */
  reset(): void {
    this.itemId = this.body = this.code = this.keptWith = this.refusal = this.copied = undefined;
    this.kept = this.draftRestored = false;
    this.phase = 'form';
    this.draft = this.options.empty();
    this.changed();
  }

  /** "Discard draft": the form empties and the stored draft goes. */
  discardDraft(): Promise<void> {
    return this.clearForm();
  }

  /** A blocked write: the visitor takes it off the device, with its draft (else a reload brings the text back). */
  deleteQueued(): Promise<void> {
    return this.clearForm(this.itemId);
  }

  /** An empty form at once; the draft (and the write `id`) leave the device, both asked for in this tick. */
  private async clearForm(id?: string): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.reset();
    const url = this.options.url();
    await Promise.all([url && this.outbox.clearDraft(this.options.draftKey(url)), id && this.outbox.remove(id)].map((p) => p && p.catch(() => undefined)));
  }

  /** Done with the code ("Ask another question", "I have saved my code"): a kept code goes too. */
  async finish(): Promise<void> {
    const id = this.itemId;
    if (this.kept) this.keep(false);
    this.reset();
    if (id) await this.outbox.remove(id).catch(() => undefined);
  }

  /** "Keep the code on this device" ticked or unticked. */
  keep(keep: boolean): void {
    const key = this.keptKey;
    this.kept = keep;
    this.changed();
    if (!key) return;
    const extra = this.body ? this.options.keepWith?.(this.body) : this.keptWith;
    const write = keep && this.code ? this.outbox.saveDraft(key, {...extra, code: this.code}) : this.outbox.clearDraft(key);
    void write.catch((err) => this.log.warn('could not keep the code', err));
  }

  /** "Copy code". */
  async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.code ?? '');
      this.copied = 'copied';
    } catch {
      this.copied = 'failed';
    }
    this.changed();
  }

  /** The view of the code: what `renderReceipt` / `renderShareSent` take, the host adding its strings and `forget`. */
  codeView(note: (code: string, page: string) => string, fileName: string): Omit<CodeViewProps, 'forget'> {
    return {code: this.code, copied: this.copied, kept: this.kept, onCopy: () => void this.copy(), onSaveNote: () => this.saveNote(note, fileName), onKeep: (keep) => this.keep(keep)};
  }

  /** "Save as a note": a text file with the code and this page's address (without its query). */
  saveNote(text: (code: string, page: string) => string, fileName: string): void {
    if (!this.code) return;
    const blob = new Blob([text(this.code, location.origin + location.pathname)], {type: 'text/plain;charset=utf-8'});
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
