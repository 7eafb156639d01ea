/**
 * A service's details as a reactive controller: the details' chunk (fetched the first time), the
 * service shown, its full record from an HSDS API (`/services/{id}`, fetched when it opens; the
 * summary stays on screen meanwhile or if that fails), the modal dialog (`DialogController`: focus
 * in, back to the card), and "Report an error" (its form's state and the POST to `feedback-url`).
 */
import type {ReactiveController, ReactiveControllerHost, TemplateResult, nothing} from 'lit';
import {DialogController} from '../../controllers/dialog.js';
import {sendServiceReport, type ServiceReport} from '../../sources/service-report.js';
import {retryableImport} from '../../core/lazy-import.js';
import {safeUrl} from '../../model/text.js';
import type {Resource} from '../../model/resource.js';
import {engine, fetchOne, hoursExpiredOn, weekOf} from './data.js';
import type {ResourceDirectoryStrings} from '../../locales/en/resource-directory.js';
import {renderDetailDialog} from './parts/detail-dialog.js';

const loadDetail = retryableImport(() => import('./detail.js'));

export type ReportState = 'idle' | 'sending' | 'sent' | 'failed';

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class ServiceDetailController implements ReactiveController {
  service?: Resource;
  /** The full record is on its way. */
  loading = false;
  reportOpen = false;
  reportState: ReportState = 'idle';
  module?: typeof import('./detail.js');
  readonly dialog: DialogController;

  constructor(
    private readonly host: Host,
    /** Remembers a full record fetched (the saved list shows it too). */
    private readonly fetched: (r: Resource) => void,
  ) {
    host.addController(this);
    this.dialog = new DialogController(host, {dialog: 'dialog', focus: '#detail-title', fallback: '#q'}, () => {
      // The `close` event comes a task later: another service opened meanwhile stays on screen.
      if (this.dialog.isOpen) return;
      this.service = undefined;
      host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.loading = false;
  }

  private set(patch: Partial<Pick<ServiceDetailController, 'service' | 'loading' | 'reportOpen' | 'reportState'>>) {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Opens `r` from `opener` (its card's button); `api`: the HSDS API to fetch its full record from. */
  async open(r: Resource, opener: HTMLElement, api?: string): Promise<void> {
    this.module ??= await loadDetail();
    this.set({service: r, reportOpen: false, reportState: 'idle'});
    await this.dialog.open(opener, r.id);
    if (!api) return;
    this.set({loading: true});
    try {
      const full = await fetchOne(api, r.id);
      if (this.service?.id === r.id) this.set({service: {...full, serviceAtLocationId: r.serviceAtLocationId ?? full.serviceAtLocationId}});
      this.fetched(full);
    } catch {
      /* the summary we have stays on screen */
    } finally {
      this.set({loading: false});
    }
  }

  openReport(): void {
    this.set({reportOpen: true});
  }

  /** Sends the report form's note (`sources/service-report.ts`); resolves with what was sent, or undefined. */
  async sendReport(e: Event, feedbackUrl: string | undefined): Promise<ServiceReport | undefined> {
    e.preventDefault();
    const r = this.service;
    const note = ((e.currentTarget as HTMLFormElement).elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    const url = feedbackUrl && safeUrl(feedbackUrl, location.href);
    if (!r || !note || !url) return undefined;
    this.set({reportState: 'sending'});
    const sent = await sendServiceReport(url, r.id, note);
    this.set({reportState: sent ? 'sent' : 'failed'});
    return sent;
  }

  /** The dialog (its body once a service is open), from the directory's strings, clock and zone. */
  render(c: {
    s: ResourceDirectoryStrings;
    tag: string;
    rtl: boolean;
    now: number;
    zone: string;
    closeText: string;
    quickExit: TemplateResult | typeof nothing;
    languageName: (code: string) => string;
    feedbackUrl?: string;
    reported: (sent: ServiceReport) => void;
  }): TemplateResult {
    const {s, tag, now, zone} = c;
    return renderDetailDialog({
      s,
      service: this.service,
      module: this.module,
      loading: this.loading,
      closeText: c.closeText,
      quickExit: c.quickExit,
      // The dialog opens from a card, so the engine chunk is here whenever a service is shown.
      body: () => {
        const cards = engine();
        const r = this.service!;
        return {
          status: cards.statusText({s, tag, now, zone}, r),
          week: weekOf(r, tag, now, zone, s),
          hoursUntil: hoursExpiredOn(r, now, zone),
          actions: cards.renderActions(s, r),
          languageName: c.languageName,
          verified: (date) => cards.verified(tag, date),
          tag,
          rtl: c.rtl,
        };
      },
      report: c.feedbackUrl
        ? {
            feedbackUrl: c.feedbackUrl,
            open: this.reportOpen,
            state: this.reportState,
            onOpen: () => this.openReport(),
            onSubmit: (e) => void this.sendReport(e, c.feedbackUrl).then((sent) => sent && c.reported(sent)),
          }
        : undefined,
      onClose: this.dialog.onClose,
      onClick: this.dialog.onClick,
      close: () => this.dialog.close(),
    });
  }
}
