/**
 * The finder's meeting details as a reactive controller: the details' chunk (fetched the first time
 * a visitor opens a meeting, asked for again after a failure), the meeting shown, the modal dialog
 * (`DialogController`: focus in, and back to the meeting's row), the deep link in the page's hash
 * (`#mf-meeting=<id>`, under this finder's prefix) that opens a meeting on arrival or when followed,
 * and the notice shown inside the dialog only (link copied).
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {DialogController} from '../../controllers/dialog.js';
import {retryableImport} from '../../core/lazy-import.js';
import type {Occurrence} from '../../model/meeting.js';
import type {DetailHost} from './detail.js';
import {meetingHash, meetingIdFromHash} from '../../model/meeting-hash.js';

const loadDetail = retryableImport(() => import('./detail.js'));

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface MeetingDetailOptions {
  /** This finder's URL prefix. */
  prefix: () => string;
  /** The occurrence a deep link names, once meetings are loaded. */
  find: (id: string) => Occurrence | undefined;
  /** The details' code could not be fetched (offline); the next press asks again. */
  unavailable: () => void;
  /** A visitor opened a meeting (not a deep link). */
  opened: (o: Occurrence) => void;
}

export class MeetingDetailController implements ReactiveController {
  selected?: Occurrence;
  /** Shown inside the dialog only (link copied), gone when it closes. */
  notice = '';
  private module?: typeof import('./detail.js');
  private readonly dialog: DialogController;

  constructor(
    private readonly host: Host,
    private readonly options: MeetingDetailOptions,
  ) {
    host.addController(this);
    this.dialog = new DialogController(host, {dialog: 'dialog.detail', focus: '.detail-title', fallback: 'input[type=search]'}, () => this.closed());
  }

  private readonly onHash = () => this.openFromHash();

  hostConnected(): void {
    addEventListener('hashchange', this.onHash);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHash);
  }

  /** A deep link in the page's hash opens its meeting (on arrival, once loaded, or when followed). */
  openFromHash(): void {
    const id = meetingIdFromHash(location.hash, this.options.prefix());
    const occ = id ? this.options.find(id) : undefined;
    if (occ && occ.meeting.id !== this.selected?.meeting.id) void this.open(occ, false);
  }

  async open(occ: Occurrence, fromVisitor = true): Promise<void> {
    try {
      this.module ??= await loadDetail();
    } catch {
      this.options.unavailable();
      return;
    }
    this.selected = occ;
    this.notice = '';
    this.host.requestUpdate();
    await this.dialog.open(fromVisitor ? undefined : null, occ.meeting.id);
    if (fromVisitor) {
      history.replaceState(history.state, '', meetingHash(occ.meeting.id, this.options.prefix()));
      this.options.opened(occ);
    }
  }

  setNotice(text: string): void {
    this.notice = text;
    this.host.requestUpdate();
  }

  private closed() {
    this.notice = '';
    this.selected = undefined;
    if (meetingIdFromHash(location.hash, this.options.prefix())) history.replaceState(history.state, '', location.pathname + location.search);
    this.host.requestUpdate();
  }

  /** The dialog (its body once a meeting is open); `details` is what the body needs from the finder. */
  render(details: () => DetailHost, close: string): TemplateResult {
    const o = this.selected;
    return html`<dialog class="detail" part="detail" aria-labelledby="detail-title" @close=${this.dialog.onClose} @click=${this.dialog.onClick}>
      ${o && this.module ? this.module.renderDetailBody(details(), o, o.meeting) : nothing}
      <button type="button" class="close" @click=${() => this.dialog.close()}>${close}</button>
      ${this.notice && o ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
    </dialog>`;
  }
}
