/**
 * `<peer-config>`: one place to set the server, language, theme and time zone for every peerkit
 * element inside it. The small "what this element receives" cards below are a story-only helper
 * (`sb-config-probe`, a PeerElement that prints its effective settings), so the context is visible
 * whatever state the widgets are in.
 */
import {html, css, nothing} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {PeerElement} from '../src/core/peer-element.js';
import {defineElement} from '../src/core/define.js';
import '../src/elements/config/peer-config.js';
import '../src/elements/meeting-finder/peer-meeting-finder.js';

/** Shows the settings a peerkit element resolves from its own attributes and `<peer-config>`. */
class ConfigProbe extends PeerElement {
  static override properties = {...PeerElement.properties, label: {type: String}};
  declare label: string | undefined;
  static override styles = [
    ...PeerElement.styles,
    css`
      :host {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_space);
        margin-block: 0.5em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25em 1em;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      p {
        margin-block: 0 0.5em;
      }
    `,
  ];
  protected override render() {
    const es = this.locale.lang === 'es';
    return html`<p><strong>${this.label ?? 'peerkit element'}</strong>: ${es ? 'hola, este elemento está en español' : 'hello, this element is in English'}</p>
      <dl>
        <dt>api</dt>
        <dd>${this.config.api ?? '(none)'}</dd>
        <dt>lang</dt>
        <dd>${this.locale.tag}</dd>
        <dt>theme</dt>
        <dd>${this.effectiveTheme}</dd>
        <dt>timezone</dt>
        <dd>${this.effectiveTimezone}</dd>
      </dl>`;
  }
}
defineElement('sb-config-probe', ConfigProbe);

interface ConfigArgs {
  api: string;
  lang: string;
  theme: 'auto' | 'light' | 'dark';
  timezone: string;
}

const meta: Meta<ConfigArgs> = {
  title: 'Elements/peer-config',
  component: 'peer-config',
  args: {api: 'https://example.org/api', lang: 'es', theme: 'auto', timezone: 'America/Chicago'},
  argTypes: {
    lang: {control: 'inline-radio', options: ['en', 'es']},
    theme: {control: 'inline-radio', options: ['auto', 'light', 'dark']},
  },
  render: ({api, lang, theme, timezone}) => html`<peer-config api=${api || nothing} lang=${lang || nothing} theme=${theme || nothing} timezone=${timezone || nothing}>
    <sb-config-probe label="First element"></sb-config-probe>
    <div>
      <sb-config-probe label="Element nested in ordinary page markup"></sb-config-probe>
    </div>
  </peer-config>`,
};
export default meta;
type Story = StoryObj<ConfigArgs>;

/** Every element inside receives the same settings, however deep it is nested. */
export const Default: Story = {};

/** An inner `<peer-config>` overrides only what it sets; the rest comes from the outer one. */
export const Nested: Story = {
  render: ({api, lang, theme, timezone}) => html`<peer-config api=${api || nothing} lang=${lang || nothing} theme=${theme || nothing} timezone=${timezone || nothing}>
    <sb-config-probe label="Outer configuration"></sb-config-probe>
    <peer-config lang=${lang === 'es' ? 'en' : 'es'} theme="dark">
      <sb-config-probe label="Inner configuration (other language, dark)"></sb-config-probe>
    </peer-config>
  </peer-config>`,
};

/** An element's own attribute always wins over the configuration. */
export const OwnAttributeWins: Story = {
  render: ({api, lang, theme, timezone}) => html`<peer-config api=${api || nothing} lang=${lang || nothing} theme=${theme || nothing} timezone=${timezone || nothing}>
    <sb-config-probe label="Uses the configuration"></sb-config-probe>
    <sb-config-probe label="Own lang, theme and timezone" lang=${lang === 'es' ? 'en' : 'es'} theme="light" timezone="Europe/Madrid"></sb-config-probe>
  </peer-config>`,
};

/** Theming: `--peer-*` custom properties set on `<peer-config>` are inherited by every element inside. */
export const Themed: Story = {
  render: ({api, lang, theme, timezone}) => html`<peer-config
    api=${api || nothing}
    lang=${lang || nothing}
    theme=${theme || nothing}
    timezone=${timezone || nothing}
    style="--peer-color-accent: #6b2c91; --peer-color-border: #6b2c91; --peer-radius: 0; --peer-font: 1.05em Georgia, serif"
  >
    <sb-config-probe label="Purple, square corners, serif"></sb-config-probe>
  </peer-config>`,
};

/** A real widget under the configuration: the meeting finder takes language, theme and time zone from it. */
export const WithWidgets: Story = {
  render: ({api, lang, theme, timezone}) => html`<peer-config api=${api || nothing} lang=${lang || nothing} theme=${theme || nothing} timezone=${timezone || nothing}>
    <sb-config-probe label="Settings every widget below receives"></sb-config-probe>
    <peer-meeting-finder src="meetings.json" format="meeting-guide"></peer-meeting-finder>
  </peer-config>`,
};
