import {css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface TablistOptions<T extends string> {
  /** The tabs, in order. */
  tabs: readonly T[];
  /** The tab selected at first. */
  selected: T;
  /** After the selection changed (the host forgets a notice, say). */
  changed?: (tab: T) => void;
}

/**
 * WAI-ARIA tabs (the question box's "Ask" / "Check my answer", the desk's queues): one tab in the
 * Tab order (roving `tabindex`), arrow keys move to the next or previous tab (mirrored right to left) and wrap, Home and End
 * to the first and last, and the tab that gets focus is selected (automatic activation). Each tab
 * button is `#tab-<name>`, each panel `#panel-<name>`; every panel is rendered, the unselected ones
 * hidden and empty, so each tab's `aria-controls` names an element that exists.
 */
export class TablistController<T extends string> implements ReactiveController {
  selected: T;

  constructor(
    private readonly host: Host,
    private readonly options: TablistOptions<T>,
  ) {
    this.selected = options.selected;
    host.addController(this);
  }

  /** Nothing to set up or clean: the selection lives in `selected`, and the keys on the tablist. */
  hostConnected(): void {}

  /** Selects `tab`; with `focus`, its button takes focus once rendered. */
  select(tab: T, focus = false): void {
    if (tab !== this.selected) {
      this.selected = tab;
      this.options.changed?.(tab);
      this.host.requestUpdate();
    }
    if (focus) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  /**
   * The tablist's `keydown`. The arrows follow the tabs as they are laid out: in a right-to-left
   * tablist the next tab is on the left, so ArrowLeft moves to it (WAI-ARIA APG).
   */
  readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const {tabs} = this.options;
    const i = tabs.indexOf(this.selected);
    const forward = tabs[(i + 1) % tabs.length];
    const back = tabs[(i + tabs.length - 1) % tabs.length];
    const rtl = (e.currentTarget as Element | null)?.matches(':dir(rtl)') ?? false;
    const next = {ArrowRight: rtl ? back : forward, ArrowLeft: rtl ? forward : back, Home: tabs[0], End: tabs[tabs.length - 1]}[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.select(next, true);
  };

  /** The tablist, labelled `label`, with each tab's name from `names`. */
  renderTabs(label: string, names: Record<T, string>): TemplateResult {
    return html`<div class="tabs" role="tablist" aria-label=${label} @keydown=${this.onKeydown}>
      ${this.options.tabs.map((t) => {
        const on = t === this.selected;
        return html`<button type="button" role="tab" id=${`tab-${t}`} aria-selected=${on ? 'true' : 'false'} aria-controls=${`panel-${t}`} tabindex=${on ? 0 : -1} @click=${() => this.select(t)}>
          ${names[t]}
        </button>`;
      })}
    </div>`;
  }

  /** Every panel: `content` draws the selected one; the others are there, hidden and empty. */
  renderPanels(content: (tab: T) => unknown, className = ''): TemplateResult[] {
    return this.options.tabs.map((t) => {
      const on = t === this.selected;
      return html`<div role="tabpanel" class=${className} id=${`panel-${t}`} aria-labelledby=${`tab-${t}`} ?hidden=${!on}>${on ? content(t) : ''}</div>`;
    });
  }
}

/** Styles of the tablist above (each widget that renders it adds these). */
export const tablistStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.5em;
  }
  .tabs [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
    border-color: var(--_accent);
  }
`;
