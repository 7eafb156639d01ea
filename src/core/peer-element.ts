import {LitElement, html, type PropertyValues, type TemplateResult} from 'lit';
import {ContextConsumer} from '@lit/context';
import {configContext, type PeerConfig, type Theme} from './context.js';
import {resolveLocale, inheritedLangTag, type LazyTables, type Locale, type Tables} from './i18n.js';
import {createLogger, type Logger} from './log.js';
import {themeStyles} from './theme.js';
import {core as coreEn} from '../locales/en/core.js';
import {core as coreEs} from '../locales/es/core.js';
import type {PeerFetchError} from './fetch.js';
import type {PeerEventDetails, PeerEventName} from './events.js';

const coreStrings: Tables<typeof coreEn> = {en: coreEn, es: coreEs};

/** Every connected peerkit element, so a change of `<html lang>` re-renders them all. */
const live = new Set<PeerElement>();
let htmlLangObserver: MutationObserver | undefined;
function watchHtmlLang() {
  if (htmlLangObserver || typeof MutationObserver === 'undefined') return;
  htmlLangObserver = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
  htmlLangObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
}

/**
 * The thin base of every peerkit element: shared host styles and theme tokens, configuration from
 * an enclosing `<peer-config>` (context) or the element's own attributes, the resolved locale, a
 * typed `emit`, and a logger prefixed with the tag name.
 */
export class PeerElement extends LitElement {
  static override styles = [themeStyles];

  static override properties = {
    lang: {type: String, reflect: true},
    theme: {type: String, reflect: true},
    timezone: {type: String},
  };

  /** Language of the element's text (BCP 47); otherwise inherited from the nearest `lang` ancestor or `<html lang>`. */
  declare lang: string;
  /** `auto` (follows the visitor's system), `light` or `dark`; otherwise from `<peer-config>`. */
  declare theme: Theme | undefined;
  /** Default IANA time zone for data that carries none; otherwise from `<peer-config>`. */
  declare timezone: string | undefined;

  /** Configuration provided by the nearest `<peer-config>`, if any. */
  protected config: PeerConfig = {};
  protected readonly log: Logger;

  constructor() {
    super();
    this.log = createLogger(this.localName || 'peerkit');
    new ContextConsumer(this, {
      context: configContext,
      subscribe: true,
      callback: (value) => {
        this.config = value ?? {};
        this.requestUpdate();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    watchHtmlLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  /** The locale in force: own `lang`, nearest `lang` ancestor (e.g. `<peer-config lang>`), `<html lang>`. */
  get locale(): Locale {
    return resolveLocale(this.getAttribute('lang'), inheritedLangTag(this), this.config.lang, document.documentElement.lang);
  }

  /** The string table for the current language. */
  protected t<S>(tables: Tables<S>): S {
    return tables[this.locale.lang];
  }

  /** Lazy chunks this element waits for (see `renderWhenLoaded`); `updateComplete` waits for them. */
  private readonly chunksLoading = new Set<Promise<unknown>>();

  /**
   * Renders the element again once `chunk` (a lazy `import()` the current render could not use
   * yet) settles; `updateComplete` resolves only after that render. False when it was already
   * waiting for that chunk.
   */
  protected renderWhenLoaded(chunk: Promise<unknown>): boolean {
    if (this.chunksLoading.has(chunk)) return false;
    this.chunksLoading.add(chunk);
    const settled = () => {
      this.chunksLoading.delete(chunk);
      this.requestUpdate();
    };
    chunk.then(settled, settled);
    return true;
  }

  /**
   * The string table for the current language from lazily loaded tables, or undefined while its
   * chunk loads: render `renderLoading()` then; the element renders again when it arrives, and
   * `updateComplete` resolves only after that render. English is always there at once.
   */
  protected lazyT<S>(tables: LazyTables<S>): S | undefined {
    const table = tables.get(this.locale.lang);
    if (!table) this.renderWhenLoaded(tables.load(this.locale.lang));
    return table;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.chunksLoading.size) {
      await Promise.allSettled(this.chunksLoading);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Shared strings (retry, loading, errors). */
  protected get coreText() {
    return this.t(coreStrings);
  }

  /** Effective theme: own attribute, then `<peer-config>`, then `auto`. */
  get effectiveTheme(): Theme {
    const t = this.theme ?? this.config.theme;
    return t === 'light' || t === 'dark' ? t : 'auto';
  }

  /** Effective default time zone: own attribute, `<peer-config>`, then the visitor's. */
  get effectiveTimezone(): string {
    return this.timezone || this.config.timezone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const theme = this.effectiveTheme;
    if (this.dataset.theme !== theme) this.dataset.theme = theme;
  }

  /** Dispatches one of peerkit's events (`PeerEventDetails`), bubbling and composed; false when a listener cancelled it. */
  protected emit<K extends PeerEventName>(name: K, detail?: PeerEventDetails[K], options: {cancelable?: boolean} = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}));
  }

  /** A translated message for a fetch failure. */
  protected errorMessage(error: unknown): string {
    const s = this.coreText;
    const kind = (error as PeerFetchError | undefined)?.kind;
    switch (kind) {
      case 'timeout':
        return s.errorTimeout;
      case 'network':
        return s.errorNetwork;
      case 'http':
        return s.errorHttp((error as PeerFetchError).status ?? 0);
      case 'parse':
      case 'invalid':
        return s.errorParse;
      default:
        return s.errorUnknown;
    }
  }

  /**
   * The standard error state: a translated message and a retry button. A widget given no `src`
   * (an error of kind `nosrc`) says so in `noSource`, with no retry: retrying cannot help.
   */
  protected renderError(error: unknown, retry: () => void, noSource?: string): TemplateResult {
    const none = (error as {kind?: string} | undefined)?.kind === 'nosrc' && noSource;
    return html`<div class="state error" role="alert" part="error">
      <p>${none || this.errorMessage(error)}</p>
      ${none ? '' : html`<button type="button" @click=${retry}>${this.coreText.retry}</button>`}
    </div>`;
  }

  /** The standard loading state. */
  protected renderLoading(label?: string): TemplateResult {
    return html`<div class="state loading" role="status" part="loading">${label ?? this.coreText.loading}</div>`;
  }
}
