import {LitElement, html, type PropertyValues, type TemplateResult} from 'lit';
import {ContextConsumer} from '@lit/context';
import {configContext, type PeerConfig, type Theme} from './context.js';
import {
  ancestorLangTags,
  onTableLoaded,
  preferredLanguages,
  resolveLocale,
  tablesLoading,
  tablesSettled,
  type I18n,
  type LazyTables,
  type Locale,
  type StringOverrides,
} from './i18n.js';
import {createLogger, type Logger} from './log.js';
import {retryableImport} from './lazy-import.js';
import {stringsProperty} from './strings-attribute.js';
import {themeStyles} from './theme.js';
import {core} from '../locales/tables/core.js';
import type {PeerFetchError} from './fetch.js';
import type {PeerEventDetails, PeerEventName} from './events.js';

/** A site's rewording: a chunk of its own, loaded only on a page that rewords something. */
const importOverrides = retryableImport(() => import('./overrides.js'));
let overridesModule: typeof import('./overrides.js') | undefined;
let overridesLoad: Promise<unknown> | undefined;
const loadOverrides = () => (overridesLoad ??= importOverrides().then((m) => (overridesModule = m)).catch(() => undefined));

/** Every connected peerkit element, so a change of `<html lang>` re-renders them all. */
const live = new Set<PeerElement>();
let htmlLangObserver: MutationObserver | undefined;
function watchHtmlLang() {
  if (htmlLangObserver || typeof MutationObserver === 'undefined') return;
  htmlLangObserver = new MutationObserver(() => live.forEach((el) => el.requestUpdate()));
  htmlLangObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
  // A table some element picked (English meanwhile) has arrived: every element renders again.
  onTableLoaded(() => live.forEach((el) => el.requestUpdate()));
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
    strings: stringsProperty,
  };

  /** Language of the element's text (BCP 47); otherwise inherited from the nearest `lang` ancestor or `<html lang>`. */
  declare lang: string;
  /** `auto` (follows the visitor's system), `light` or `dark`; otherwise from `<peer-config>`. */
  declare theme: Theme | undefined;
  /** Default IANA time zone for data that carries none; otherwise from `<peer-config>`. */
  declare timezone: string | undefined;
  /**
   * The site's rewording of any string, per language: `{"en": {"meetingFinder.search": "Find a
   * group"}}` (JSON in the `strings` attribute). Over `<peer-config strings>`; unknown keys and wrong
   * types are warned about once and ignored. Keys and forms: docs/TRANSLATING.md.
   */
  declare strings: StringOverrides | undefined;

  /** The `dir` this element last set on itself (a `dir` the page set is left alone). */
  private ownDir?: string;

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

  /**
   * The locale in force: own `lang`, `<peer-config lang>`, the `lang` of the ancestors, nearest first
   * (up to `<html lang>`), the browser's preferred languages, English. A tag peerkit does not ship
   * falls through to the next.
   */
  get locale(): Locale {
    // The property, not the attribute: a new `lang` reflects only after this update.
    return resolveLocale(this.lang || this.getAttribute('lang'), this.config.lang, ...ancestorLangTags(this), ...preferredLanguages());
  }

  private overrideMemo?: {key: unknown[]; value: Record<string, unknown> | undefined};
  /** The site's overrides for `lang` (`<peer-config strings>`, then the element's own), the same object while they do not change. */
  private overrides(lang: Locale['lang']): Record<string, unknown> | undefined {
    if (!this.config.strings && !this.strings) return undefined;
    if (!overridesModule) return undefined;
    const key = [lang, this.config.strings, this.strings];
    if (!this.overrideMemo || key.some((k, i) => k !== this.overrideMemo!.key[i])) this.overrideMemo = {key, value: overridesModule.overridesFor(lang, this.config.strings, this.strings)};
    return this.overrideMemo.value;
  }

  /** Whether the site's rewording is still on its way (the element shows its loading state meanwhile, not peerkit's words). */
  private overridesPending(): boolean {
    if ((!this.config.strings && !this.strings) || overridesModule) return false;
    this.renderWhenLoaded(loadOverrides());
    return true;
  }

  /** The locale and its tables (see `I18n`), for the element and the render parts it calls. */
  get i18n(): I18n {
    const locale = this.locale;
    const overrides = this.overrides(locale.lang);
    return {...locale, pick: (tables) => (overrides && overridesModule ? overridesModule.applyOverrides(tables.name, tables.pick(locale.lang), overrides, locale.tag) : tables.pick(locale.lang))};
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
   * The element's own table in the current language, or undefined while it (or the shared core
   * table) loads: render `renderLoading()` then; the element renders again when they arrive, and
   * `updateComplete` resolves only after that render. English is always there at once.
   */
  protected lazyT<S>(tables: LazyTables<S>): S | undefined {
    const lang = this.locale.lang;
    const table = tables.get(lang);
    if (!table) this.renderWhenLoaded(tables.load(lang));
    if (!core.get(lang)) this.renderWhenLoaded(core.load(lang));
    const pending = this.overridesPending();
    return table && core.get(lang) && !pending ? this.i18n.pick(tables) : undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.chunksLoading.size || tablesLoading()) {
      await Promise.allSettled(this.chunksLoading);
      await tablesSettled();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Shared strings (retry, loading, errors). */
  protected get coreText() {
    return this.i18n.pick(core);
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
    // The writing direction follows the language (Arabic and Persian mirror the layout), unless the
    // page set the element's own `dir`.
    const dir = this.locale.dir;
    const current = this.getAttribute('dir');
    if (current !== dir && (current === null || current === this.ownDir)) {
      this.setAttribute('dir', dir);
      this.ownDir = dir;
    }
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
    // Before a language's shared strings arrive (a few ms), no English flashes: the status is empty.
    return html`<div class="state loading" role="status" part="loading">${label ?? (core.get(this.locale.lang) ? this.coreText.loading : '')}</div>`;
  }
}
