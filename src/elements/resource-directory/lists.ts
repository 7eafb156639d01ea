/**
 * The directory's lists as a reactive controller: "My list" (saved on this device per directory
 * source, shared live with every directory of it and other tabs: `DeviceListController`), a list
 * shared as a link (`#saved=id1,id2`: it opens on arrival or when followed, and can be saved), the
 * share link itself, and which of results / saved / shared is shown.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {DeviceListController} from '../../controllers/device-list.js';
import {SAVED_KEY, shareLink, sharedIds} from './saved.js';

export type View = 'results' | 'saved' | 'shared';

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ListsOptions {
  /** The directory's source: its own saved list. */
  src: () => string | undefined;
  /** The saved list changed here (`peer-saved-change`). */
  changed: (ids: string[]) => void;
}

export class DirectoryListsController implements ReactiveController {
  view: View = 'results';
  /** The ids of a list shared as a link. */
  shared: string[] = [];
  /** The share link, shown to copy by hand. */
  shareUrl = '';
  private readonly device: DeviceListController;

  constructor(
    private readonly host: Host,
    private readonly options: ListsOptions,
  ) {
    host.addController(this);
    this.device = new DeviceListController(host);
  }

  private get key(): string {
    return `${SAVED_KEY}:${this.options.src() ?? ''}`;
  }

  /** The saved ids, oldest first. */
  get saved(): readonly string[] {
    return this.device.get(this.key);
  }

  /** The ids the list on screen shows. */
  get ids(): readonly string[] {
    return this.view === 'shared' ? this.shared : this.saved;
  }

  /** A shared list holds services not saved yet ("Save all"). */
  get unsaved(): boolean {
    return this.shared.some((id) => !this.saved.includes(id));
  }

  private readonly onHash = () => {
    const ids = sharedIds(location.hash);
    if (!ids) return;
    this.shared = ids;
    this.view = 'shared';
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.onHash();
    addEventListener('hashchange', this.onHash);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHash);
  }

  toggle(id: string): void {
    this.device.toggle(this.key, id);
    this.options.changed([...this.saved]);
  }

  saveAll(): void {
    this.device.set(this.key, [...this.saved, ...this.shared]);
    this.options.changed([...this.saved]);
    this.view = 'saved';
    this.host.requestUpdate();
  }

  /** Shows `view` and moves focus to its heading (or the search box for the results). */
  show(view: View): void {
    this.view = view;
    this.shareUrl = '';
    if (view === 'results' && sharedIds(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(view === 'results' ? '#q' : '.panel h2')?.focus());
  }

  /** Copies a link carrying only the saved ids; shows it to copy by hand as well. True when copied. */
  async share(): Promise<boolean> {
    const link = shareLink(this.saved);
    this.shareUrl = link;
    this.host.requestUpdate();
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      /* the link is shown in a field to copy by hand */
    }
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
    return copied;
  }
}
