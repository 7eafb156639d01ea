import {LitElement, html, css, type PropertyValues} from 'lit';
import {ContextConsumer, ContextProvider} from '@lit/context';
import {configContext, type PeerConfig, type Theme} from '../../core/context.js';
import type {StringOverrides} from '../../core/i18n.js';
import {stringsProperty} from '../../core/strings-attribute.js';

/**
 * Shared settings for every peerkit element inside it.
 *
 * @tagname peer-config
 * @summary Provides `api`, `lang`, `strings`, `theme` and `timezone` to every peerkit element it contains.
 *
 * Nested `<peer-config>` elements inherit whatever they do not set from the outer one. An element's
 * own attribute always wins over the configuration. `<peer-config>` renders its children as they
 * are (`display: contents`), so it never changes the page's layout.
 *
 * @slot - Any content, including peerkit elements.
 * @csspart none - Renders no parts of its own; it only provides settings.
 * @cssproperty --peer-color-accent - Accent colour inherited by every element inside (any `--peer-*` token set here is inherited).
 */
export class PeerConfigElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    api: {type: String, reflect: true},
    lang: {type: String, reflect: true},
    strings: stringsProperty,
    theme: {type: String, reflect: true},
    timezone: {type: String, reflect: true},
  };

  /** Base URL of the peerkit server used by question, story and desk elements (e.g. `https://example.org/api`). */
  declare api: string | undefined;
  /** Language for every element inside (BCP 47: `en`, `es-MX`, `ar`, `zh-Hans`…; see docs/TRANSLATING.md for the 18 shipped). */
  declare lang: string;
  /** The site's rewording of any string for every element inside, per language: `{"en": {"meetingFinder.search": "Find a group"}}`. Nested `<peer-config>` merge theirs over the outer one's. */
  declare strings: StringOverrides | undefined;
  /** `auto` (default, follows the visitor's system), `light` or `dark`. */
  declare theme: Theme | undefined;
  /** Default IANA time zone (e.g. `America/Chicago`) for data that carries none. */
  declare timezone: string | undefined;

  private parentConfig: PeerConfig = {};
  private readonly provider = new ContextProvider(this, {context: configContext, initialValue: {}});

  constructor() {
    super();
    new ContextConsumer(this, {
      context: configContext,
      subscribe: true,
      callback: (value) => {
        this.parentConfig = value ?? {};
        this.publish();
      },
    });
  }

  /** The configuration this element provides: its own settings over its parent's. */
  get value(): PeerConfig {
    const own: PeerConfig = {api: this.api || undefined, lang: this.lang || undefined, theme: this.theme, timezone: this.timezone || undefined};
    const merged: PeerConfig = {...this.parentConfig};
    for (const [k, v] of Object.entries(own)) if (v) (merged as Record<string, unknown>)[k] = v;
    if (this.strings) merged.strings = mergeOverrides(this.parentConfig.strings, this.strings);
    return merged;
  }

  private publish() {
    this.provider.setValue(this.value, true);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.publish();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/** Per language, the inner overrides over the outer ones. */
function mergeOverrides(outer: StringOverrides | undefined, inner: StringOverrides): StringOverrides {
  if (!outer) return inner;
  const out: StringOverrides = {...outer};
  for (const [lang, map] of Object.entries(inner)) out[lang] = {...outer[lang], ...map};
  return out;
}
