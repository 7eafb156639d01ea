/**
 * Storybook 10 for peerkit (`npm run storybook`, `npm run build-storybook`).
 *
 * Stories live in `stories/`, one file per element and one story per state. The preview reads the
 * Custom Elements Manifest (`custom-elements.json`, from `npm run analyze`) for argTypes and
 * descriptions; it is generated here first when it is missing (a fresh clone ignores it in git) or
 * older than an element's source, so the docs never describe yesterday's attributes.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import type {StorybookConfig} from '@storybook/web-components-vite';

const root = resolve(import.meta.dirname, '..');
const manifest = join(root, 'custom-elements.json');

/** Newest modification time of the sources the manifest is generated from. */
function newestSource(): number {
  let newest = 0;
  const dir = join(root, 'src/elements');
  for (const entry of readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
    if (entry.endsWith('.ts')) newest = Math.max(newest, statSync(join(dir, entry)).mtimeMs);
  }
  return Math.max(newest, statSync(join(root, 'src/core/peer-element.ts')).mtimeMs);
}

if (!existsSync(manifest) || statSync(manifest).mtimeMs < newestSource()) {
  // The analyzer alone (not `npm run analyze`): a story-writing session should not fail because an
  // element's JSDoc is still incomplete; `npm run build` enforces that.
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('@custom-elements-manifest/analyzer/package.json');
    execFileSync(process.execPath, [join(dirname(pkg), 'cem.js'), 'analyze'], {cwd: root, stdio: 'ignore'});
  } catch (err) {
    console.warn(`[storybook] could not generate custom-elements.json (${(err as Error).message}); stories will have no manifest argTypes.`);
  }
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|mdx)'],
  addons: [],
  // Small demo data that stories can fetch with a relative URL (e.g. `src="meetings.json"`), and the
  // test fixtures at the same path the browser tests use (`/test/fixtures/...`).
  staticDirs: ['./public', ...(existsSync(join(root, 'test/fixtures')) ? [{from: '../test/fixtures', to: '/test/fixtures'}] : [])],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
};

export default config;
