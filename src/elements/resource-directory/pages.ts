/**
 * The directory's services as they arrive: the first page of a search (a Task, run again when the
 * search changes), further pages of an HSDS API (a Task of their own, run by "Load more", the
 * sentinel, or "open now"), and every service seen, by id (for the saved and shared lists, and
 * fetched one by one when a list names a service no page has shown).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import type {Resource, ResourceIssue} from '../../model/resource.js';
import {newServices} from '../../sources/hsds-url.js';
import {fetchOne, loadFile, searchServer, type Page, type SearchMemory} from './data.js';

export type Search = readonly [src: string | undefined, mode: 'hsds' | 'json', query: string, category: string];

export interface PagesOptions {
  /** Services per page. */
  perPage: number;
  /** The search: a change loads its first page. */
  search: () => Search;
  /** Records a page skipped (`first`: a new search's first page). */
  skipped: (issues: ResourceIssue[], first: boolean) => void;
  /** A new search's first page is in (the list starts from the top). */
  started: () => void;
}

export class DirectoryPages implements ReactiveController {
  items: Resource[] = [];
  hasMore = false;
  issues: ResourceIssue[] = [];
  /** The last further page could not be loaded (shown with a retry). */
  moreError: unknown = undefined;
  /** Every service seen, by id. */
  readonly known = new Map<string, Resource>();
  private readonly missing = new Set<string>();
  private readonly fetching = new Set<string>();
  private page = 1;
  private current?: {src: string; query: string; category: string; memory: SearchMemory};

  readonly first: Task<Search, Page>;
  private readonly next: Task<[number], Page>;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: PagesOptions,
  ) {
    host.addController(this);
    this.first = new Task(host, {
      task: async ([src, mode, query, category], {signal}) => {
        // A new search: a further page of the old one is of no use.
        this.next.abort();
        if (!src) throw Object.assign(new Error('no src'), {kind: 'nosrc'});
        // This search's own memory of the ids its pages gave (another directory of the API has its own).
        const memory: SearchMemory = new Map();
        this.current = {src, query, category, memory};
        return mode === 'json' ? loadFile(src, signal) : searchServer(src, {query, category, page: 1, perPage: options.perPage, signal, memory});
      },
      args: () => options.search(),
      onComplete: (page) => {
        this.page = 1;
        this.items = page.resources;
        this.hasMore = page.hasMore;
        this.moreError = undefined;
        this.issues = page.issues;
        this.remember(page.resources);
        options.skipped(page.issues, true);
        options.started();
      },
    });
    this.next = new Task(host, {
      autoRun: false,
      task: async ([n], {signal}) => {
        const c = this.current!;
        return searchServer(c.src, {query: c.query, category: c.category, page: n, perPage: options.perPage, signal, memory: c.memory});
      },
      onComplete: (page) => {
        this.items = [...this.items, ...newServices(this.items, page.resources)];
        this.page += 1;
        // A page of repeats or unreadable records is not the end: only an empty one is.
        this.hasMore = page.hasMore && (page.resources.length > 0 || page.issues.length > 0);
        this.issues = [...this.issues, ...page.issues];
        this.remember(page.resources);
        options.skipped(page.issues, false);
      },
      onError: (e) => {
        if (!(e instanceof DOMException && e.name === 'AbortError')) this.moreError = e;
      },
    });
  }

  hostDisconnected(): void {
    this.next.abort();
  }

  get loaded(): boolean {
    return this.first.status === TaskStatus.COMPLETE;
  }

  get loadingMore(): boolean {
    return this.next.status === TaskStatus.PENDING;
  }

  /** The next page of the API, when there is one and none is on its way; resolves when it is in. */
  async more(): Promise<void> {
    if (this.loadingMore || !this.hasMore || !this.loaded || !this.current) return;
    this.moreError = undefined;
    await this.next.run([this.page + 1]).catch(() => undefined);
  }

  /** A new source: forget what the old one listed. */
  reset(): void {
    this.known.clear();
    this.missing.clear();
  }

  private remember(list: Resource[]) {
    for (const r of list) if (!this.known.has(r.id)) this.known.set(r.id, r);
  }

  /** Whether a listed id is still being fetched (`missing`: it could not be). */
  state(id: string): 'known' | 'loading' | 'missing' {
    return this.known.has(id) ? 'known' : this.missing.has(id) ? 'missing' : 'loading';
  }

  /** Fetches the services of a saved or shared list that no page has shown (HSDS API only). */
  fetchMissing(src: string, ids: readonly string[]): void {
    if (!this.loaded) return;
    for (const id of ids) {
      if (this.known.has(id) || this.fetching.has(id) || this.missing.has(id)) continue;
      this.fetching.add(id);
      fetchOne(src, id)
        .then((r) => void this.known.set(id, r))
        .catch(() => this.missing.add(id))
        .finally(() => {
          this.fetching.delete(id);
          this.host.requestUpdate();
        });
    }
  }
}
