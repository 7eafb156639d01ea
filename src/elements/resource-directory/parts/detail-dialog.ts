/** The directory's details dialog: the shell (always there, for the dialog controller); its body comes with the details' chunk (`detail.ts`). */
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
  return html`<dialog part="detail" aria-labelledby="detail-title" @close=${p.onClose} @click=${p.onClick}>
    ${p.service && p.module ? p.module.dialogBody(p) : nothing}
  </dialog>`;
}
