import type {ReactiveController, ReactiveControllerHost} from 'lit';

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface DialogOptions {
  /** The host's `<dialog>`. */
  dialog: string;
  /** What takes focus when it opens (its title, `tabindex="-1"`). */
  focus: string;
  /** Where focus goes on close when the opener is gone (the search box). */
  fallback: string;
}

/**
 * A modal details dialog: `open` shows it (after the host rendered its content) and moves focus to
 * its title; closing it (the close button, Escape, a click on the backdrop) puts focus back on what
 * opened it. The opener is remembered by its `data-id` too, so focus finds it when the list was
 * drawn again meanwhile (a minute tick, a BMLT refresh), and else the fallback (the search box).
 * Bind `onClose` to the dialog's `close` event and `onClick` to its `click`.
 */
export class DialogController implements ReactiveController {
  private opener?: HTMLElement;
  private openerId?: string;

  constructor(
    private readonly host: Host,
    private readonly options: DialogOptions,
    /** After it closed, before focus moves back (the host forgets what it showed). */
    private readonly closed: () => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.opener = this.openerId = undefined;
  }

  private get element(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(this.options.dialog);
  }

  get isOpen(): boolean {
    return !!this.element?.open;
  }

  /**
   * Shows the dialog once the host has rendered. `opener` is what to return to (default: what has
   * focus; `null`: nothing); `id` the `data-id` to return to when that is gone or was none (a deep link's row).
   */
  async open(opener?: HTMLElement | null, id?: string): Promise<void> {
    if (!this.isOpen) {
      const root = this.host.renderRoot as ShadowRoot;
      const from = (opener === undefined ? (root.activeElement as HTMLElement | null) : opener) ?? undefined;
      this.opener = from;
      this.openerId = from?.closest<HTMLElement>('[data-id]')?.dataset.id ?? id;
    }
    await this.host.updateComplete;
    const dialog = this.element;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>(this.options.focus)?.focus();
  }

  close(): void {
    this.element?.close();
  }

  /** The dialog's `close` event. */
  readonly onClose = async (): Promise<void> => {
    const {opener, openerId} = this;
    this.opener = this.openerId = undefined;
    this.closed();
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const again = openerId !== undefined ? [...root.querySelectorAll<HTMLElement>('[data-id]')].find((b) => b.dataset.id === openerId) : undefined;
    const target = opener?.isConnected ? opener : (again ?? root.querySelector<HTMLElement>(this.options.fallback));
    target?.focus();
  };

  /**
   * The dialog's `click` event: a click on the backdrop closes it. The backdrop's clicks reach the
   * dialog element itself, outside its box (a click on its own padding is inside, and does not).
   */
  readonly onClick = (e: MouseEvent): void => {
    const dialog = e.currentTarget as HTMLElement;
    if (e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.close();
  };
}
