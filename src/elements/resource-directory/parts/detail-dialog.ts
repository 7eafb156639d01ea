/** The directory's details dialog: close and quick exit on top, the title, everything the record holds, "Report an error". */
import {html, nothing, type TemplateResult} from 'lit';
import type {ResourceDirectoryStrings} from '../../../locales/en/resource-directory.js';
import type {Resource} from '../../../model/resource.js';
import type {DetailContext, ReportContext} from '../detail.js';

export interface DetailDialogProps {
  s: ResourceDirectoryStrings;
  service?: Resource;
  /** The details' chunk (and the engine, here whenever a card was opened). */
  module?: typeof import('../detail.js');
  loading: boolean;
  closeText: string;
  quickExit: TemplateResult | typeof nothing;
  body: () => Omit<DetailContext, 's' | 'r'>;
  report?: Omit<ReportContext, 's' | 'r'>;
  onClose: () => void;
  onClick: (e: MouseEvent) => void;
  close: () => void;
}

export function renderDetailDialog(p: DetailDialogProps): TemplateResult {
  const {s, service: r, module: mod} = p;
  return html`<dialog part="detail" aria-labelledby="detail-title" @close=${p.onClose} @click=${p.onClick}>
    ${r && mod
      ? html`<div class="dialog-body">
          <div class="dialog-bar">
            <button type="button" class="close" @click=${p.close}>${p.closeText}</button>
            ${p.quickExit}
          </div>
          <h2 id="detail-title" tabindex="-1">${r.name}</h2>
          ${p.loading ? html`<p role="status" class="hint">${s.loadingDetail}</p>` : nothing}
          ${mod.detailBody({s, r, ...p.body()})} ${p.report ? mod.reportSection({s, r, ...p.report}) : nothing}
        </div>`
      : nothing}
  </dialog>`;
}
