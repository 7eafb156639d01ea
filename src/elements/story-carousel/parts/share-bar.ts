import {html, nothing, type TemplateResult} from 'lit';
import type {Theme} from '../../../core/context.js';
import type {StoryCarouselStrings} from '../../../locales/en/story-carousel.js';

export type Panel = 'share' | 'withdraw';
export type PanelState = 'idle' | 'loading' | 'failed';

export interface ShareBarProps {
  s: StoryCarouselStrings;
  /** Where stories are shared (the form gets it). */
  api: string;
  theme: Theme | undefined;
  /** The panel open, if any. */
  panel: Panel | undefined;
  /** The form's chunk: loading, failed to load, or here. */
  state: PanelState;
  /** The loading state to show while the form's chunk loads. */
  loading: TemplateResult;
  retryLabel: string;
  onOpen: (panel: Panel) => void;
  onRetry: () => void;
  onClose: () => void;
  onWithdrawn: () => void;
}

/** "Share your story" and "Withdraw a story", and the form (a lazy chunk) for the one open. */
export function renderShareBar(p: ShareBarProps): TemplateResult {
  const {s, panel} = p;
  return html`<div class="share" part="share">
    <div class="share-bar">
      <button type="button" class="share-open primary" aria-expanded=${panel === 'share' ? 'true' : 'false'} @click=${() => p.onOpen('share')}>${s.share}</button>
      <button type="button" class="withdraw-open" aria-expanded=${panel === 'withdraw' ? 'true' : 'false'} @click=${() => p.onOpen('withdraw')}>${s.withdraw}</button>
    </div>
    ${panel
      ? html`<div class="share-panel">
          ${p.state === 'loading'
            ? p.loading
            : p.state === 'failed'
              ? html`<div class="state error" role="alert" part="error">
                  <p>${s.formLoadFailed}</p>
                  <button type="button" @click=${p.onRetry}>${p.retryLabel}</button>
                </div>`
              : html`<peer-story-share .api=${p.api} .mode=${panel} .theme=${p.theme} @peer-story-close=${p.onClose} @peer-story-withdrawn=${p.onWithdrawn}></peer-story-share>`}
        </div>`
      : nothing}
  </div>`;
}
