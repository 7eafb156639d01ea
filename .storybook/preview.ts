/**
 * Global Storybook setup: every peerkit element registered (as the CDN bundle does), element docs
 * from the Custom Elements Manifest, and toolbar switches for locale, theme and direction that wrap
 * each story in `<peer-config lang theme>` inside a `dir` frame.
 */
import {html} from 'lit';
import {setCustomElementsManifest} from '@storybook/web-components';
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {attachContextRoot} from '../src/core/context-root.js';
import {dirOf, type Lang} from '../src/core/i18n.js';
import {languageChoices, languageCode} from '../src/model/language-names.js';
import '../src/define.js';

// `custom-elements.json` is generated (`npm run analyze`, or by main.ts when missing) and ignored by
// git; a glob import resolves to nothing instead of failing when it is absent.
const manifests = import.meta.glob<{default: unknown}>('../custom-elements.json', {eager: true});
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);
else console.warn('[peerkit storybook] custom-elements.json not found: run `npm run analyze` for argTypes and docs.');

attachContextRoot();

export type Locale = Lang;
export type ThemeChoice = 'auto' | 'light' | 'dark';
/** `language`: the direction of the chosen locale (right to left for Arabic and Persian); else forced. */
export type Direction = 'language' | 'ltr' | 'rtl';

/** Wraps the story in the chosen locale, theme and direction. */
export const withPeerConfig: Decorator = (story, context) => {
  const lang = languageCode(context.globals.locale as string | undefined) ?? 'en';
  const theme = (context.globals.theme as ThemeChoice | undefined) ?? 'auto';
  const direction = (context.globals.direction as Direction | undefined) ?? 'language';
  const dir = direction === 'ltr' || direction === 'rtl' ? direction : dirOf(lang);
  // The frame follows the theme too, so a dark widget is shown on a dark page.
  const scheme = theme === 'auto' ? 'light dark' : theme;
  return html`<div class="peer-sb-frame" dir=${dir} lang=${lang} style="color-scheme: ${scheme}">
    <peer-config lang=${lang} theme=${theme}>${story()}</peer-config>
  </div>`;
};

const preview: Preview = {
  decorators: [withPeerConfig],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (<peer-config lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Each language by its own name (src/model/language-names.ts), its code on the right.
        items: languageChoices().map(({code, name}) => ({value: code, title: name, right: code})),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (<peer-config theme>)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'auto', title: 'Auto (system)'},
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      // Each widget still takes its own language's direction on its host (unless a story sets its `dir`).
      description: 'Text direction of the page around the widgets',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          {value: 'language', title: 'Follow the language'},
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', theme: 'auto', direction: 'language'},
  parameters: {
    layout: 'padded',
    options: {storySort: {order: ['Introduction', 'Elements', ['peer-config', '*'], '*']}},
    controls: {expanded: true, matchers: {color: /(background|color)$/i}},
  },
};

export default preview;
