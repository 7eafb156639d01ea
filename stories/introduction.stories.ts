/**
 * The Storybook landing page. (An MDX page needs `@storybook/addon-docs`, which peerkit does not
 * depend on, so the introduction is a story that renders plain HTML.)
 */
import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';

const snippet = `<script type="module" src="https://unpkg.com/peerkit/dist/cdn/peerkit.js"></script>

<peer-meeting-finder src="https://example.org/api/v1/meetings"></peer-meeting-finder>`;

const configSnippet = `<peer-config api="https://example.org/api" lang="es" theme="auto">
  <peer-question-box></peer-question-box>
  <peer-story-carousel></peer-story-carousel>
</peer-config>`;

const elements: Array<[string, string]> = [
  ['peer-config', 'Shares the server, language, theme and time zone with every element inside it.'],
  ['peer-meeting-finder', 'Finds recovery meetings from Meeting Guide or BMLT feeds: in person, online and hybrid.'],
  ['peer-resource-directory', 'Searches treatment, harm-reduction, housing and peer-support services from an HSDS API.'],
  ['peer-question-box', 'Anonymous questions with a private receipt code, and the published answers.'],
  ['peer-story-carousel', 'An accessible carousel of moderated recovery stories, with an optional “share your story” form.'],
  ['peer-moderation-desk', 'The staff console: answer and publish questions, approve stories.'],
];

const meta: Meta = {
  title: 'Introduction',
  parameters: {layout: 'padded', controls: {disable: true}},
};
export default meta;

export const Welcome: StoryObj = {
  name: 'Welcome to peerkit',
  render: () => html`<article style="max-inline-size: 46em; line-height: 1.55">
    <h1>peerkit</h1>
    <p>
      Embeddable, accessible and private web components for addiction-recovery and peer-support websites. A clinic, an intergroup
      or a nonprofit blog pastes one script tag and one element into any page (WordPress, Squarespace, plain HTML) and gets a
      working widget, configured with HTML attributes, that talks to the backend the site chooses.
    </p>
    <h2>One tag</h2>
    <pre style="overflow-x: auto; padding: 1em; border: 1px solid; border-radius: 0.5em"><code>${snippet}</code></pre>
    <p>Several widgets share their settings through <code>&lt;peer-config&gt;</code>:</p>
    <pre style="overflow-x: auto; padding: 1em; border: 1px solid; border-radius: 0.5em"><code>${configSnippet}</code></pre>
    <h2>The elements</h2>
    <dl>
      ${elements.map(([tag, what]) => html`<dt><code>&lt;${tag}&gt;</code></dt><dd style="margin-block-end: 0.75em">${what}</dd>`)}
    </dl>
    <h2>Using this Storybook</h2>
    <ul>
      <li>Every element has one story per state: loading, error, empty and results.</li>
      <li>
        The toolbar switches the <strong>locale</strong> (each of the 18 languages, by its own name), the <strong>theme</strong>
        (auto, light, dark) and the <strong>direction</strong> of the page around every story (follow the language, so right to
        left for Arabic and Persian; or always left to right, or right to left).
      </li>
      <li>Attributes, events, CSS parts and custom properties come from the Custom Elements Manifest (<code>custom-elements.json</code>).</li>
      <li>Theme any element with <code>--peer-*</code> custom properties, for example <code>--peer-color-accent</code> and <code>--peer-radius</code>.</li>
    </ul>
  </article>`,
};
