/**
 * `npm run build-storybook` works: Storybook builds every story file into a static site (into a
 * temporary directory, so it never touches `storybook-static/`), the index lists the introduction
 * and every stories file, and the first story of each file (which loads the whole file, the preview
 * and the manifest) renders in Chromium with no error display and no uncaught exception; the locale
 * toolbar lists every language, and a story in Arabic is right to left, one in Japanese left to right. Rendering
 * every story is left to a manual `npm run build-storybook` review: it would make this check slow.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createServer, type Server} from 'node:http';
import {mkdtempSync, readFileSync, rmSync, existsSync, statSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join, normalize, resolve} from 'node:path';
import type {AddressInfo} from 'node:net';
import {launchBrowser} from '../e2e/support.js';
import {LANGS} from '../../src/core/i18n.js';
import {LANGUAGE_NAMES} from '../../src/model/language-names.js';
import {questionBox as arQuestionBox} from '../../src/locales/ar/question-box.js';
import {questionBox as jaQuestionBox} from '../../src/locales/ja/question-box.js';

const root = resolve(import.meta.dirname, '../..');

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
    res.end(readFileSync(file));
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
}

test('build-storybook builds every stories file, and each file renders without an error', async () => {
  const out = mkdtempSync(join(tmpdir(), 'peerkit-storybook-'));
  let server: Server | undefined;
  const browser = await launchBrowser();
  try {
    const build = spawnSync(process.execPath, [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '-o', out, '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: '1'},
    });
    assert.equal(build.status, 0, `storybook build failed:\n${build.stdout}\n${build.stderr}`);

    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {entries: Record<string, IndexEntry>};
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    const titles = new Set(stories.map((s) => s.title));
    assert.ok(titles.has('Introduction'), 'the introduction page is in the index');
    assert.ok(titles.has('Elements/peer-config'), 'peer-config has stories');
    // Every stories file in stories/ made it into the index (a file that fails to index is dropped).
    const files = readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.stories.ts'));
    for (const f of files) assert.ok(stories.some((s) => s.importPath === `./stories/${f}`), `stories/${f} is in the Storybook index`);

    server = await serve(out);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = await browser.newPage();
    const failures: string[] = [];
    const firstOfEachFile = new Map<string, IndexEntry>();
    for (const s of stories) if (!firstOfEachFile.has(s.importPath)) firstOfEachFile.set(s.importPath, s);
    for (const story of firstOfEachFile.values()) {
      const errors: string[] = [];
      const onError = (e: Error) => errors.push(e.message);
      page.on('pageerror', onError);
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
      // Storybook marks the body when the story has rendered (sb-show-main) or failed (sb-show-errordisplay).
      await page.waitForFunction(() => /sb-show-(main|errordisplay)/.test(document.body.className), undefined, {timeout: 30_000});
      const shown = await page.evaluate(() => ({
        error: document.body.classList.contains('sb-show-errordisplay'),
        message: document.querySelector('#error-message')?.textContent ?? '',
        rendered: (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0,
      }));
      page.off('pageerror', onError);
      if (shown.error) failures.push(`${story.id}: Storybook error display: ${shown.message.trim()}`);
      else if (!shown.rendered) failures.push(`${story.id}: rendered nothing`);
      for (const e of errors) failures.push(`${story.id}: uncaught ${e}`);
    }
    assert.deepEqual(failures, [], failures.join('\n'));

    // The global decorator wraps stories in <peer-config> with the toolbar's locale and direction.
    await page.goto(`${base}/iframe.html?id=elements-peer-config--default&viewMode=story&globals=locale:es;direction:rtl;theme:dark`);
    await page.waitForFunction(() => document.body.classList.contains('sb-show-main'));
    const frame = await page.evaluate(() => {
      const f = document.querySelector('.peer-sb-frame');
      return {dir: f?.getAttribute('dir'), lang: f?.querySelector(':scope > peer-config')?.getAttribute('lang'), theme: f?.querySelector(':scope > peer-config')?.getAttribute('theme')};
    });
    assert.deepEqual(frame, {dir: 'rtl', lang: 'es', theme: 'dark'});
    // argTypes come from custom-elements.json: the attribute descriptions are the JSDoc ones.
    const argTypes = await page.evaluate(() => {
      const preview = (window as unknown as {__STORYBOOK_PREVIEW__: {currentRender?: {story: {argTypes: Record<string, {description?: string}>}}}}).__STORYBOOK_PREVIEW__;
      return Object.fromEntries(Object.entries(preview.currentRender?.story.argTypes ?? {}).map(([k, v]) => [k, v.description ?? '']));
    });
    assert.match(argTypes.timezone ?? '', /IANA time zone/, 'peer-config argTypes are read from the Custom Elements Manifest');
    assert.match(argTypes['--peer-color-accent'] ?? '', /Accent colour/);
    // The story's own <peer-config lang="es"> reaches a nested element through context.
    const probe = await page.evaluate(() => document.querySelector('sb-config-probe')?.shadowRoot?.textContent?.replace(/\s+/g, ' '));
    assert.match(probe ?? '', /hola, este elemento está en español/);
    assert.match(probe ?? '', /America\/Chicago/);
    assert.match(probe ?? '', /https:\/\/example\.org\/api/);

    // Every shipped language is in the locale toolbar, by its own name.
    const toolbar = await page.evaluate(() => {
      type Toolbar = {toolbar?: {items: {value: string; title: string}[]}};
      const preview = (window as unknown as {__STORYBOOK_PREVIEW__: {storyStoreValue?: {projectAnnotations?: {globalTypes?: Record<string, Toolbar>}}}}).__STORYBOOK_PREVIEW__;
      const types = preview.storyStoreValue?.projectAnnotations?.globalTypes ?? {};
      return {locale: types.locale?.toolbar?.items ?? [], direction: (types.direction?.toolbar?.items ?? []).map((i) => i.value)};
    });
    assert.deepEqual(toolbar.locale.map((i) => i.value), [...LANGS]);
    assert.deepEqual(Object.fromEntries(toolbar.locale.map((i) => [i.value, i.title])), LANGUAGE_NAMES);
    assert.deepEqual(toolbar.direction, ['language', 'ltr', 'rtl']);

    // The direction follows the language by default: Arabic right to left, Japanese left to right;
    // the widget inside speaks the language and sets the direction on its own host.
    const widgetIn = async (globals: string) => {
      await page.goto(`${base}/iframe.html?id=elements-peer-question-box--form&viewMode=story&globals=${globals}`);
      await page.waitForFunction(() => document.body.classList.contains('sb-show-main'));
      await page.waitForFunction(() => {
        const el = document.querySelector('.peer-sb-frame peer-question-box');
        return !!el?.shadowRoot?.querySelector('form[part="form"] button[type="submit"]');
      });
      return page.evaluate(async () => {
        const el = document.querySelector('.peer-sb-frame peer-question-box') as HTMLElement & {updateComplete: Promise<unknown>};
        await el.updateComplete;
        const frame = document.querySelector('.peer-sb-frame');
        return {
          frameDir: frame?.getAttribute('dir'),
          frameLang: frame?.getAttribute('lang'),
          dir: el.getAttribute('dir'),
          submit: el.shadowRoot?.querySelector('form[part="form"] button[type="submit"]')?.textContent?.trim(),
          text: el.shadowRoot?.textContent ?? '',
        };
      });
    };
    const ar = await widgetIn('locale:ar');
    assert.equal(ar.frameDir, 'rtl', 'the frame follows Arabic');
    assert.equal(ar.frameLang, 'ar');
    assert.equal(ar.dir, 'rtl', 'the widget host is right to left');
    assert.equal(ar.submit, arQuestionBox.submit, 'the widget speaks Arabic');
    assert.match(ar.text, /[\u0600-\u06FF]{4}/);
    const ja = await widgetIn('locale:ja');
    assert.equal(ja.frameDir, 'ltr');
    assert.equal(ja.dir, 'ltr');
    assert.equal(ja.submit, jaQuestionBox.submit, 'the widget speaks Japanese');
    // Forcing a direction sets the page around the widget; the widget keeps its language's.
    const forced = await widgetIn('locale:ar;direction:ltr');
    assert.equal(forced.frameDir, 'ltr');
    assert.equal(forced.dir, 'rtl');
  } finally {
    await browser.close();
    server?.close();
    rmSync(out, {recursive: true, force: true});
  }
});
