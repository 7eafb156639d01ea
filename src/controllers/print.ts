import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Printing a list the screen shows a window of: `printing` is true from the browser's `beforeprint`
 * (or the host's own Print button) until `afterprint`, and the host renders every row meanwhile.
 * The host renders at once on `beforeprint`: the browser lays the page out for print right after.
 */
export class PrintController implements ReactiveController {
  printing = false;

  /** `renderNow`: the host's `performUpdate` (protected, so the host passes it). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  private readonly before = () => {
    this.printing = true;
    this.host.requestUpdate();
    this.renderNow();
  };

  private readonly after = () => {
    this.printing = false;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    addEventListener('beforeprint', this.before);
    addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.before);
    removeEventListener('afterprint', this.after);
  }

  /** The host's Print button: every row, then the browser's print dialog. */
  async print(): Promise<void> {
    this.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    window.print();
    this.after();
  }
}
