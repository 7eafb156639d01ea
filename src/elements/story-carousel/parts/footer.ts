import {html, nothing, type TemplateResult} from 'lit';
import {CONTENT_WARNINGS, type ContentWarning} from '../../../model/story.js';
import type {StoryCarouselStrings} from '../../../locales/en/story-carousel.js';

export interface FooterProps {
  s: StoryCarouselStrings;
  layout: 'carousel' | 'list';
  /** Stories shown (not hidden by the reader's settings). */
  shown: number;
  /** Stories hidden by the reader's settings. */
  hiddenStories: number;
  /** Warnings any story in the feed carries. */
  present: ReadonlySet<ContentWarning>;
  /** Warnings the reader hides. */
  hidden: readonly ContentWarning[];
  /** "3 records could not be read", when some were skipped. */
  skippedNote: string;
  onToggleLayout: () => void;
  onToggleHidden: (warning: ContentWarning, hide: boolean) => void;
}

/** Below the stories: the layout toggle, the content settings, and what is hidden or was skipped. */
export function renderFooter(p: FooterProps): TemplateResult {
  const {s} = p;
  return html`<div class="footer" part="footer">
      ${p.shown > 1
        ? html`<button type="button" class="layout-toggle" @click=${p.onToggleLayout}>${p.layout === 'carousel' ? s.showAll : s.showCarousel}</button>`
        : nothing}
      ${renderSettings(p)}
    </div>
    ${p.hiddenStories && p.shown ? html`<p class="note">${s.hiddenCount(p.hiddenStories)}</p>` : nothing}
    ${p.skippedNote ? html`<p class="note">${p.skippedNote}</p>` : nothing}`;
}

/** "Hide stories that mention…": one box per warning in the feed or already hidden; open when that hid them all. */
function renderSettings({s, present, hidden, shown, onToggleHidden}: FooterProps): TemplateResult | typeof nothing {
  const warnings = CONTENT_WARNINGS.filter((w) => present.has(w) || hidden.includes(w));
  if (!warnings.length) return nothing;
  return html`<details class="settings" ?open=${hidden.length > 0 && shown === 0}>
    <summary>${s.settings}</summary>
    <fieldset>
      <legend>${s.settingsHint}</legend>
      ${warnings.map(
        (w) =>
          html`<label
            ><input type="checkbox" name="hide" value=${w} .checked=${hidden.includes(w)} @change=${(e: Event) => onToggleHidden(w, (e.target as HTMLInputElement).checked)} />
            ${s.warning[w]}</label
          >`,
      )}
    </fieldset>
  </details>`;
}
