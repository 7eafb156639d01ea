/**
 * The WordPress plugin in a real WordPress (Debian's 6.1 package, MariaDB, `php -S`; see
 * wordpress-site.ts), driven in Chromium, with the widgets talking to the real peerkit demo server:
 *  - the zip `npm run build:wordpress` makes installs through Plugins → Add New → Upload and activates;
 *  - Settings → peerkit saves through its own form (nonce, manage_options), refuses bad values, and
 *    what it saves reaches every widget;
 *  - an Author (no unfiltered_html) and an administrator place every widget as a block and as a
 *    shortcode; each renders the demo server's data; a page with one widget loads that widget's
 *    module files only; the post keeps block comments, not custom elements;
 *  - hostile shortcode attributes are escaped and run nothing; an unknown attribute is left out with
 *    a note only editors see; axe finds nothing on a page holding all four widgets;
 *  - the block editor lists the blocks in the inserter and previews one with real data;
 *  - with the 12 Step Meeting List plugin present, one click makes its feed the finders' source;
 *  - deleting the plugin removes its option.
 * Skipped, saying why, when PHP, MariaDB or the wordpress package are missing (.ci/run installs them).
 */
import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync, statSync, mkdirSync, existsSync, writeFileSync} from 'node:fs';
import {dirname, join, normalize, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {startServer, launchBrowser, type RunningServer} from './support.js';
import {startWordPress, wordpressMissing, USERS, type WordPressSite} from './wordpress-site.js';

const root = resolve(import.meta.dirname, '../..');
const AXE = resolve(root, 'node_modules/axe-core/axe.min.js');
const ZIP = resolve(root, 'dist/wordpress/peerkit.zip');
const CDN = resolve(root, 'dist/cdn');
const VERSION = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version as string;
/** Set to a folder to save screenshots of the plugin there (README's WordPress section). */
const SHOTS = process.env.PEERKIT_WP_SCREENSHOTS;
const WIDGETS = ['meeting-finder', 'resource-directory', 'question-box', 'story-carousel'] as const;
type Widget = (typeof WIDGETS)[number];
const SHORTCODE: Record<Widget, string> = {
  'meeting-finder': 'peer_meeting_finder',
  'resource-directory': 'peer_resource_directory',
  'question-box': 'peer_question_box',
  'story-carousel': 'peer_story_carousel',
};

const missing = wordpressMissing();
if (missing) console.log(`# WordPress plugin test skipped: ${missing}`);

// A stand-in for the 12 Step Meeting List plugin (ours, a few lines): its constant, its nonce and its
// Meeting Guide feed at admin-ajax.php?action=meetings, answering visitors only with the nonce, as
// TSML does while its sharing is "restricted" (its default).
const TSML_STUB = `<?php
define('TSML_VERSION', 'test-stub');
$GLOBALS['tsml_nonce'] = 'tsml-stub/includes/variables.php';
function peerkit_test_tsml_meetings() {
	if (empty($_GET['nonce']) || !wp_verify_nonce($_GET['nonce'], $GLOBALS['tsml_nonce'])) wp_send_json(array('error' => 'unauthorized'), 403);
	header('Access-Control-Allow-Origin: *');
	wp_send_json(array(array('name' => 'Stand-in TSML Group', 'slug' => 'stand-in-tsml-group', 'day' => array(0, 1, 2, 3, 4, 5, 6), 'time' => '19:00', 'end_time' => '20:00', 'types' => array('O'), 'location' => 'Fellowship Hall', 'formatted_address' => '100 Main St, Springfield, IL 62701, USA', 'latitude' => 39.7817, 'longitude' => -89.6501, 'region' => 'Springfield', 'timezone' => 'America/Chicago')));
}
add_action('wp_ajax_meetings', 'peerkit_test_tsml_meetings');
add_action('wp_ajax_nopriv_meetings', 'peerkit_test_tsml_meetings');
`;

/** Files of the CDN build a module reaches (static and dynamic imports), relative to dist/cdn. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(CDN, file), 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) walk(normalize(join(dirname(file), m[1])));
  };
  walk(entry);
  return seen;
}

describe('WordPress plugin', {skip: missing}, () => {
  let server: RunningServer;
  let wp: WordPressSite;
  let browser: Browser;
  let admin: BrowserContext;
  let author: BrowserContext;
  /** Page name → URL. */
  const pages = new Map<string, string>();
  let demo: {meetings: string[]; services: string[]; questions: string[]; stories: string[]};

  before(async () => {
    const built = spawnSync(process.execPath, ['scripts/build-wordpress.mjs'], {cwd: root, encoding: 'utf8'});
    assert.equal(built.status, 0, `build-wordpress failed:\n${built.stdout}\n${built.stderr}`);
    [server, wp, browser] = await Promise.all([startServer(), startWordPress({muPlugins: {'tsml-stand-in.php': TSML_STUB}}), launchBrowser()]);
    const get = async (path: string) => (await fetch(`${server.url}${path}`)).json();
    const [meetings, services, questions, stories] = await Promise.all([get('/api/v1/meetings'), get('/api/hsds/services'), get('/api/v1/questions'), get('/api/v1/stories')]);
    demo = {
      meetings: (meetings as {name: string}[]).map((m) => m.name),
      services: (services as {contents: {name: string}[]}).contents.map((s) => s.name),
      questions: (questions as {items: {body: string}[]}).items.map((q) => q.body),
      stories: (stories as {items: {title: string}[]}).items.map((s) => s.title),
    };
    for (const [k, v] of Object.entries(demo)) assert.ok(v.length > 0, `the demo server has ${k}`);
    [admin, author] = await Promise.all([signedIn(USERS.admin), signedIn(USERS.author)]);
    if (SHOTS) mkdirSync(SHOTS, {recursive: true});
  });
  after(async () => {
    await browser?.close();
    await Promise.all([server?.stop(), wp?.stop()]);
  });

  async function signedIn(user: {login: string; password: string}): Promise<BrowserContext> {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await page.goto(`${wp.url}/wp-login.php`);
    await page.fill('#user_login', user.login);
    await page.fill('#user_pass', user.password);
    await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
    await page.close();
    return context;
  }

  /** A visitor's page (a fresh context each time, signed in as nobody) with what it requested and any problem. */
  async function visit(url: string, context?: BrowserContext) {
    const ctx = context ?? (await browser.newContext({viewport: {width: 1280, height: 900}}));
    const page = await ctx.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, {waitUntil: 'load'});
    return {
      page,
      requests,
      problems,
      dialogs,
      close: async () => {
        await page.close();
        if (!context) await ctx.close();
      },
    };
  }

  /** Waits until every widget on the page shows data (no loading state, no error) and returns each one's text. */
  async function settled(page: Page): Promise<Record<string, string>> {
    try {
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('peer-meeting-finder, peer-resource-directory, peer-question-box, peer-story-carousel')].every((w) => {
            const shadow = w.shadowRoot;
            return !!customElements.get(w.localName) && !!shadow && !shadow.querySelector('[part~="loading"]') && (shadow.textContent ?? '').trim().length > 0;
          }),
        undefined,
        {timeout: 30_000},
      );
    } catch (err) {
      throw new Error(`widgets did not settle on ${page.url()}: ${(err as Error).message}\n${JSON.stringify(await texts(page))}`);
    }
    return texts(page);
  }
  const texts = (page: Page) =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('peer-meeting-finder, peer-resource-directory, peer-question-box, peer-story-carousel')].map((w, i) => [
          `${w.localName}#${i}`,
          (w.shadowRoot?.querySelector('[part~="error"]') ? 'ERROR: ' : '') + (w.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ]),
      ),
    );

  /** The widget shows something the demo server holds. */
  function assertShowsDemoData(widget: Widget, text: string) {
    assert.ok(!text.startsWith('ERROR'), `${widget} shows an error: ${text.slice(0, 300)}`);
    const expected = {'meeting-finder': demo.meetings, 'resource-directory': demo.services, 'question-box': demo.questions, 'story-carousel': demo.stories}[widget];
    assert.ok(
      expected.some((name) => text.includes(name)),
      `${widget} shows none of the demo server's ${expected.length} records: ${text.slice(0, 300)}`,
    );
  }

  /** Creates posts or pages through the REST API, as the signed-in user of `context` (the editor's own way). */
  async function create(context: BrowserContext, type: 'posts' | 'pages', items: {name: string; title?: string; content: string}[]): Promise<void> {
    const page = await context.newPage();
    await page.goto(`${wp.url}/wp-admin/post-new.php`);
    await page.waitForFunction(() => !!(window as unknown as {wp?: {apiFetch?: unknown}}).wp?.apiFetch);
    for (const item of items) {
      const made = await page.evaluate(
        ({type, item}) =>
          (window as unknown as {wp: {apiFetch: (o: object) => Promise<{link: string; id: number}>}}).wp.apiFetch({path: `/wp/v2/${type}`, method: 'POST', data: {title: item.title ?? item.name, content: item.content, status: 'publish'}}),
        {type, item},
      );
      pages.set(item.name, made.link);
      pages.set(`${item.name}#id`, String(made.id));
    }
    await page.close();
  }

  /**
   * Waits until the finder previewed in the editor, loaded, shows some meetings (with no search
   * words), or none (with `query`, the search words it was given).
   */
  const previewShows = (page: Page, what: 'some' | {query: string}) =>
    page.waitForFunction(
      (what) => {
        const finder = document.querySelector('.wp-block-peerkit-meeting-finder peer-meeting-finder') as (HTMLElement & {resultCount?: number}) | null;
        if (!finder?.shadowRoot || finder.shadowRoot.querySelector('[part~="loading"]')) return false;
        const n = finder.resultCount ?? 0;
        return what === 'some' ? n > 0 && !finder.hasAttribute('query') : n === 0 && finder.getAttribute('query') === what.query;
      },
      what,
      {timeout: 30_000},
    );
  /** The next preview the editor asks the server for (ServerSideRender's POST), with attributes matching. */
  const nextPreview = (page: Page, matches: (body: string) => boolean) =>
    page.waitForResponse((r) => r.url().includes('block-renderer') && r.request().method() === 'POST' && matches(r.request().postData() ?? ''), {timeout: 30_000});

  const blockComment = (widget: Widget, attributes: Record<string, unknown> = {}) => `<!-- wp:peerkit/${widget} ${JSON.stringify(attributes)} /-->`;

  test('the zip from npm run build:wordpress installs through Plugins → Add New → Upload and activates', async () => {
    const zipBytes = statSync(ZIP).size;
    console.log(`# plugin zip: ${(zipBytes / 1024).toFixed(1)} KB (${zipBytes} bytes)`);
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', ZIP);
    await Promise.all([page.waitForLoadState('load'), page.click('#install-plugin-submit')]);
    await page.getByText('Plugin installed successfully.').waitFor();
    await Promise.all([page.waitForURL(/plugins\.php/), page.getByRole('link', {name: 'Activate Plugin'}).click()]);
    const row = page.locator('tr[data-plugin="peerkit/peerkit.php"]');
    assert.match((await row.getAttribute('class')) ?? '', /\bactive\b/, 'the plugin is active');
    assert.equal(await row.getByRole('link', {name: 'Settings'}).count(), 1, 'a Settings link beside Deactivate');
    assert.match(wp.php("echo PEERKIT_VERSION;"), /^\d+\.\d+\.\d+/, 'the build wrote the version into the plugin');
    await page.close();
  });

  test('Settings → peerkit: only administrators, nonce-checked, bad values refused with a message, good ones saved', async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=peerkit`);
    // A bad value first: refused, said so, nothing else lost.
    await page.fill('#peerkit_api', 'javascript:alert(1)');
    await page.fill('#peerkit_meetings_src', `${server.url}/api/v1/meetings`);
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    await page.getByText('The peerkit server URL was not changed').waitFor();
    assert.equal(await page.inputValue('#peerkit_api'), '');
    assert.equal(await page.inputValue('#peerkit_meetings_src'), `${server.url}/api/v1/meetings`);

    await page.fill('#peerkit_api', `${server.url}/api/`);
    await page.fill('#peerkit_directory_src', `${server.url}/api/hsds`);
    await page.selectOption('#peerkit_directory_format', 'hsds');
    await page.selectOption('#peerkit_timezone', 'America/Chicago');
    await page.selectOption('#peerkit_theme', 'dark');
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    await page.getByText('Settings saved.').waitFor();
    if (SHOTS) await page.screenshot({path: join(SHOTS, 'settings.png'), fullPage: true});
    const saved = JSON.parse(wp.php("echo wp_json_encode(get_option('peerkit_settings'));"));
    assert.equal(saved.api, `${server.url}/api`, 'the server URL, without its trailing slash');
    assert.equal(saved.meetings_src, `${server.url}/api/v1/meetings`);
    assert.equal(saved.directory_src, `${server.url}/api/hsds`);
    assert.equal(saved.directory_format, 'hsds');
    assert.equal(saved.timezone, 'America/Chicago');
    assert.equal(saved.theme, 'dark');
    assert.equal(saved.lang, '', 'language: the site language');

    // The same form without its nonce changes nothing.
    const form = await page.evaluate(() => Object.fromEntries(new FormData(document.querySelector('form[action="options.php"]') as HTMLFormElement) as unknown as Iterable<[string, string]>));
    delete form._wpnonce;
    const forged = await admin.request.post(`${wp.url}/wp-admin/options.php`, {form: {...form, 'peerkit_settings[theme]': 'light'}, maxRedirects: 0});
    assert.ok(forged.status() >= 400, `options.php without the nonce answers ${forged.status()}`);
    assert.equal(JSON.parse(wp.php("echo wp_json_encode(get_option('peerkit_settings'));")).theme, 'dark');
    await page.close();

    // An Author cannot open the page.
    const denied = await author.newPage();
    const response = await denied.goto(`${wp.url}/wp-admin/options-general.php?page=peerkit`);
    assert.equal(response?.status(), 403);
    assert.match(await denied.locator('body').innerText(), /not allowed/i);
    await denied.close();
  });

  test('an Author (no unfiltered_html) and an administrator place every widget as a block and as a shortcode', async () => {
    assert.equal(wp.php("echo user_can(get_user_by('login', 'author'), 'unfiltered_html') ? 'yes' : 'no';"), 'no');
    // The Author: one post per block (the finder's feed URL carries a query with "&"), one with every shortcode.
    await create(author, 'posts', [
      {name: 'author block meeting-finder', content: blockComment('meeting-finder', {src: `${server.url}/api/v1/meetings?from=wordpress&test=1`, day: 'today tomorrow'})},
      {name: 'author block resource-directory', content: blockComment('resource-directory', {crisisRow: true})},
      {name: 'author block question-box', content: blockComment('question-box', {topics: 'family, relapse'})},
      {name: 'author block story-carousel', content: blockComment('story-carousel', {layout: 'list'})},
      {name: 'author shortcodes', content: WIDGETS.map((w) => `[${SHORTCODE[w]}]`).join('\n\n')},
      // Issue 14: "the next 5 meetings" in a sidebar, and the carousel's headings under a heading of the post.
      {
        name: 'author block embed',
        content: `${blockComment('meeting-finder', {noControls: true, upcoming: true, limit: 5, compact: true, headingLevel: 3, languages: 'ES fr', keepDuplicates: true, typeNames: '{"LGBTQ": {"en": "LGBTQ+", "es": "LGBTQ+"}}', typeDescriptions: '{"O": {"en": "Anyone may attend."}}'})}\n\n<!-- wp:heading {"level":3} --><h3>Stories</h3><!-- /wp:heading -->\n\n${blockComment('story-carousel', {headingLevel: 4})}`,
      },
    ]);
    // The administrator: a page per shortcode, one with all four blocks, and the hostile and unknown ones.
    await create(admin, 'pages', [
      ...WIDGETS.map((w) => ({name: `admin shortcode ${w}`, content: `[${SHORTCODE[w]}]`})),
      {name: 'admin blocks', title: 'Find support', content: WIDGETS.map((w) => blockComment(w)).join('\n\n')},
      {name: 'hostile', content: `[peer_meeting_finder src="javascript:alert(1)" day='"><script>' query='"><img src=x onerror=alert(2)>']`},
      {name: 'unknown', content: '[peer_question_box colour="hotpink-7c1e" topic="family"]'},
      {name: 'tsml', content: '[peer_meeting_finder]'},
      {name: 'embed shortcode', content: `[peer_meeting_finder no_controls upcoming limit="9999" compact keep-duplicates languages="es, ase" type_names='{"LGBTQ": {"en": "LGBTQ+"},}' type-descriptions='{"O": {"en": "Anyone may attend & welcome."}}']\n\n[peer_story_carousel heading_level="9"]`},
    ]);
    const stored = wp.php(`echo get_post_field('post_content', ${pages.get('author block meeting-finder#id')});`);
    assert.match(stored, /^<!-- wp:peerkit\/meeting-finder \{.*\} \/-->$/, `the post holds the block comment: ${stored}`);
    assert.doesNotMatch(stored, /<peer-/);
  });

  for (const widget of WIDGETS) {
    test(`${widget}: its block (Author) and its shortcode (admin) render the demo server's data, loading only its own module files`, async () => {
      for (const name of [`author block ${widget}`, `admin shortcode ${widget}`]) {
        const v = await visit(pages.get(name)!);
        const shown = await settled(v.page);
        const texts = Object.values(shown);
        assert.equal(texts.length, 1, `one widget on ${name}: ${Object.keys(shown)}`);
        assertShowsDemoData(widget, texts[0]);
        await v.page.waitForLoadState('networkidle');

        const config = await v.page.evaluate(() => {
          const c = document.querySelector('peer-config')!;
          return {api: c.getAttribute('api'), lang: c.getAttribute('lang'), theme: c.getAttribute('theme'), timezone: c.getAttribute('timezone'), html: document.documentElement.lang};
        });
        assert.equal(config.api, `${server.url}/api`, 'the server URL from the settings');
        assert.equal(config.theme, 'dark', 'the colours from the settings');
        assert.equal(config.lang, 'en-US', 'the site language');
        if (widget === 'meeting-finder' || widget === 'resource-directory') assert.equal(config.timezone, 'America/Chicago');

        // WordPress 6.1 has no script modules: the fallback prints the widget's entry as a module tag.
        const tags = await v.page.evaluate(() => [...document.querySelectorAll('script[src*="/plugins/peerkit/"]')].map((s) => ({type: s.getAttribute('type'), src: s.getAttribute('src'), id: s.id})));
        assert.deepEqual(tags.map((t) => [t.type, t.id, t.src?.replace(/^.*\/assets\/cdn\//, '')]), [['module', `peerkit-module-${widget}-js`, `peer-${widget}.js?ver=${VERSION}`]]);
        const plugin = `${wp.url}/wp-content/plugins/peerkit/assets/cdn/`;
        const ours = v.requests.filter((u) => u.startsWith(plugin)).map((u) => u.slice(plugin.length).replace(/\?.*$/, ''));
        const entries = ours.filter((f) => !f.startsWith('chunks/'));
        assert.deepEqual(entries, [`peer-${widget}.js`], `${name} loads its widget's entry only`);
        const allowed = reachable(`peer-${widget}.js`);
        assert.deepEqual(ours.filter((f) => !allowed.has(f)), [], `${name} loads only files its widget imports`);
        for (const other of WIDGETS.filter((w) => w !== widget)) assert.ok(!ours.some((f) => f.includes(`peer-${other}`)), `${name} loads nothing of ${other}`);
        const hosts = new Set(v.requests.filter((u) => !u.startsWith('data:')).map((u) => new URL(u).origin));
        assert.deepEqual([...hosts].filter((h) => h !== wp.url && h !== server.url), [], 'no request to any other server');
        assert.deepEqual(v.problems, [], `problems on ${name}`);
        if (name === 'admin shortcode meeting-finder') {
          const gz = ours.reduce((n, f) => n + gzipSync(readFileSync(join(CDN, f)), {level: 9}).length, 0);
          const raw = ours.reduce((n, f) => n + readFileSync(join(CDN, f)).length, 0);
          console.log(`# a page with one meeting finder: ${ours.length} module files, ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
        }
        if (widget === 'meeting-finder' && name.startsWith('author')) {
          // The block's attributes survived the Author's save (kses turns "&" into "&amp;" on the way).
          assert.equal(await v.page.locator('peer-meeting-finder').getAttribute('src'), `${server.url}/api/v1/meetings?from=wordpress&test=1`);
          assert.equal(await v.page.locator('peer-meeting-finder').getAttribute('day'), 'today tomorrow');
        }
        await v.close();
      }
    });
  }

  test('every widget on one page: the Author\'s shortcodes and the admin\'s blocks render, and axe finds nothing', async () => {
    for (const name of ['author shortcodes', 'admin blocks']) {
      const v = await visit(pages.get(name)!);
      const shown = Object.values(await settled(v.page));
      assert.equal(shown.length, 4);
      WIDGETS.forEach((w, i) => assertShowsDemoData(w, shown[i]));
      await v.page.waitForLoadState('networkidle');
      if (SHOTS && name === 'admin blocks') await v.page.screenshot({path: join(SHOTS, 'page.png')});
      await v.page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await v.page.evaluate(async () => {
        const axe = (window as unknown as {axe: {run: (ctx: Document) => Promise<{violations: {id: string; help: string; nodes: {target: unknown[]}[]}[]}>}}).axe;
        // All of the page but the theme's own skip link (Twenty Twenty-Three puts it outside every landmark).
        const result = await axe.run({exclude: [['.skip-link']]} as unknown as Document);
        return result.violations.map((x) => `${x.id} (${x.help}): ${x.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')}`);
      });
      assert.deepEqual(violations, [], `axe on ${name}:\n${violations.join('\n')}`);
      assert.deepEqual(v.problems, [], `problems on ${name}`);
      await v.close();
    }
  });

  test('hostile shortcode attributes are escaped and run nothing; the finder falls back to the default feed', async () => {
    for (const context of [undefined, admin]) {
      const v = await visit(pages.get('hostile')!, context);
      const shown = Object.values(await settled(v.page));
      assert.ok(!shown[0].startsWith('ERROR'), shown[0]);
      const found = await v.page.evaluate(() => {
        const content = document.querySelector('.peerkit-meeting-finder')!.parentElement!;
        const finder = content.querySelector('peer-meeting-finder')!;
        return {
          foreign: [...content.querySelectorAll('script, img, svg, iframe, [onerror], [onload]')].map((e) => e.outerHTML),
          finders: content.querySelectorAll('peer-meeting-finder').length,
          attributes: Object.fromEntries([...finder.attributes].map((a) => [a.name, a.value])),
        };
      });
      assert.deepEqual(found.foreign, [], 'no element came out of an attribute');
      assert.equal(found.finders, 1);
      assert.equal(found.attributes.src, `${server.url}/api/v1/meetings`, 'javascript: dropped, the default feed used');
      assert.ok(!('day' in found.attributes), `day with markup is left out: ${JSON.stringify(found.attributes)}`);
      // What is left of the query is text (tags stripped), escaped into the attribute, not markup.
      for (const value of Object.values(found.attributes)) assert.doesNotMatch(value, /javascript:|<|onerror/);
      assert.deepEqual(v.dialogs, [], 'nothing ran');
      const note = v.page.locator('.peerkit-editor-note');
      if (context) {
        assert.match(await note.innerText(), /“src” was left out: it is not a list of web addresses/);
        assert.match(await note.innerText(), /“day” was left out/);
      } else assert.equal(await note.count(), 0, 'visitors see no note');
      await v.close();
    }
  });

  test('the finder\'s embed options and the carousel\'s heading level from a block (Author) and a shortcode (admin): sanitised, noted for editors, shown', async () => {
    const attrsOf = (page: Page, tag: string) => page.evaluate((t) => Object.fromEntries([...document.querySelector(t)!.attributes].map((a) => [a.name, a.value])), tag);
    // The Author's block: every option through the block comment, as given.
    const block = await visit(pages.get('author block embed')!);
    await settled(block.page);
    const finder = await attrsOf(block.page, 'peer-meeting-finder');
    assert.deepEqual(
      [finder['no-controls'], finder.upcoming, finder.limit, finder.compact, finder['heading-level'], finder.languages, finder['keep-duplicates']],
      ['', '', '5', '', '3', 'es fr', ''],
      JSON.stringify(finder),
    );
    assert.deepEqual(JSON.parse(finder['type-names']), {LGBTQ: {en: 'LGBTQ+', es: 'LGBTQ+'}});
    assert.deepEqual(JSON.parse(finder['type-descriptions']), {O: {en: 'Anyone may attend.'}});
    assert.equal((await attrsOf(block.page, 'peer-story-carousel'))['heading-level'], '4');
    // What the visitor gets (the languages filter aside: the demo's meetings may name none): no controls, at most five compact rows.
    await block.page.evaluate(() => document.querySelector('peer-meeting-finder')!.removeAttribute('languages'));
    await block.page.waitForFunction(() => (document.querySelector('peer-meeting-finder')!.shadowRoot!.querySelectorAll('.list.compact .meeting').length ?? 0) > 0, undefined, {timeout: 15_000});
    const seen = await block.page.evaluate(() => {
      const root = document.querySelector('peer-meeting-finder')!.shadowRoot!;
      const carousel = document.querySelector('peer-story-carousel')!.shadowRoot!;
      return {
        rows: root.querySelectorAll('.meeting').length,
        toolbar: !!root.querySelector('[part=toolbar]'),
        levels: [...root.querySelectorAll('.meeting [role=heading]')].map((h) => h.getAttribute('aria-level')),
        count: root.querySelector('.count')?.textContent?.trim(),
        titles: [...carousel.querySelectorAll('.story .title')].map((h) => h.tagName),
      };
    });
    assert.ok(seen.rows >= 1 && seen.rows <= 5, `rows: ${seen.rows}`);
    assert.equal(seen.toolbar, false);
    assert.ok(seen.levels.every((l) => l === '3'), seen.levels.join(' '));
    assert.match(seen.count ?? '', /^Next 5 of \d+ meetings$|^\d+ upcoming meetings?$/);
    assert.ok(seen.titles.length > 0 && seen.titles.every((t) => t === 'H4'), seen.titles.join(' '));
    assert.equal(await block.page.locator('.peerkit-editor-note').count(), 0);
    assert.deepEqual(block.problems, []);
    await block.close();

    // The admin's shortcode: the number brought into range, bad JSON left out, each said in a note for editors only.
    for (const context of [undefined, admin]) {
      const v = await visit(pages.get('embed shortcode')!, context);
      await settled(v.page);
      const a = await attrsOf(v.page, 'peer-meeting-finder');
      assert.deepEqual([a['no-controls'], a.upcoming, a.limit, a.compact, a['keep-duplicates'], a.languages], ['', '', '500', '', '', 'es ase'], JSON.stringify(a));
      assert.ok(!('type-names' in a), 'bad JSON is left out');
      assert.deepEqual(JSON.parse(a['type-descriptions']), {O: {en: 'Anyone may attend & welcome.'}});
      assert.equal((await attrsOf(v.page, 'peer-story-carousel'))['heading-level'], '6');
      const notes = v.page.locator('.peerkit-editor-note');
      if (context) {
        const text = (await notes.allInnerTexts()).join('\n');
        assert.match(text, /“limit” was changed: it takes a whole number from 1 to 500, so 500 is used\./);
        assert.match(text, /“type-names” was left out: it is not valid JSON\./);
        assert.match(text, /“heading-level” was changed: it takes a whole number from 2 to 6, so 6 is used\./);
      } else assert.equal(await notes.count(), 0, 'visitors see no note');
      await v.close();
    }
  });

  test('an unknown shortcode attribute is ignored: a note for editors only, its value never on the page', async () => {
    const visitor = await visit(pages.get('unknown')!);
    await settled(visitor.page);
    const html = await visitor.page.content();
    assert.doesNotMatch(html, /hotpink-7c1e|colour/);
    assert.equal(await visitor.page.locator('.peerkit-editor-note').count(), 0);
    assert.equal(await visitor.page.locator('peer-question-box').getAttribute('topic'), 'family', 'the known attribute still applies');
    await visitor.close();

    const editor = await visit(pages.get('unknown')!, admin);
    await settled(editor.page);
    const note = await editor.page.locator('.peerkit-editor-note').innerText();
    assert.match(note, /“colour” is not an attribute of this widget and was ignored/);
    assert.match(note, /only people who can edit this site see this note/);
    assert.doesNotMatch(await editor.page.content(), /hotpink-7c1e/, 'the value is never echoed, not even to editors');
    await editor.close();
  });

  test('the block editor lists the four blocks in the inserter and previews one with the demo server\'s data', async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/post-new.php?post_type=page`);
    await page.waitForFunction(() => !!(window as unknown as {wp?: {data?: unknown}}).wp?.data);
    await page.getByRole('button', {name: /Toggle block inserter|Add block/}).first().click();
    await page.getByRole('searchbox', {name: /Search/}).first().fill('peerkit');
    const options = page.getByRole('listbox', {name: /Blocks/}).getByRole('option');
    await options.first().waitFor();
    const titles = (await options.allInnerTexts()).map((t) => t.trim());
    for (const title of ['Meeting finder', 'Resource directory', 'Question box', 'Story carousel']) assert.ok(titles.includes(title), `the inserter offers ${title}: ${titles}`);
    await page.getByRole('option', {name: 'Meeting finder'}).click();
    // The block's settings: the sidebar the editor opens with its gear button.
    const gear = page.getByRole('button', {name: 'Settings', exact: true});
    if ((await gear.getAttribute('aria-pressed')) !== 'true') await gear.click();
    // The preview: the server's rendering, with the widget running in it.
    await previewShows(page, 'some');
    assertShowsDemoData('meeting-finder', (await texts(page))[Object.keys(await texts(page))[0]]);
    // Its controls: the feed URL in the inspector, changing the preview.
    const feed = page.getByLabel('Meeting feed URL(s)');
    await feed.waitFor();
    await page.getByRole('button', {name: 'Preset filters'}).click();
    const query = 'zzz-no-such-meeting';
    let rendered = nextPreview(page, (body) => body.includes(query));
    await page.getByLabel('Search words').fill(query);
    await rendered;
    await previewShows(page, {query});
    rendered = nextPreview(page, (body) => !body.includes(query));
    await page.getByLabel('Search words').fill('');
    await rendered;
    await previewShows(page, 'some');
    if (SHOTS) await page.screenshot({path: join(SHOTS, 'editor.png')});
    await page.close();
  });

  test('the widgets follow the site language (Settings → General → Site Language)', async () => {
    // WordPress takes a site language only when its translation is installed: a catalogue holding
    // just its header will do (one entry: "" → the header).
    const header = Buffer.from('Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n\0');
    const mo = Buffer.concat([Buffer.from(new Uint32Array([0x950412de, 0, 1, 28, 36, 0, 44, 0, 44, header.length - 1, 45]).buffer), Buffer.from([0]), header]);
    writeFileSync(join(wp.root, 'wp-content/languages/es_ES.mo'), mo);
    wp.php("update_option('WPLANG', 'es_ES');");
    assert.equal(wp.php('echo get_locale();'), 'es_ES');
    try {
      const v = await visit(pages.get('admin shortcode question-box')!);
      const shown = Object.values(await settled(v.page));
      assert.equal(await v.page.locator('peer-config').getAttribute('lang'), 'es-ES');
      assert.match(shown[0], /Haz una pregunta/, 'the question box speaks Spanish');
      await v.close();
    } finally {
      wp.php("update_option('WPLANG', '');");
    }
  });

  test('with the 12 Step Meeting List plugin on the site, one click makes its feed the finders\' source', async () => {
    const page = await admin.newPage();
    await page.goto(`${wp.url}/wp-admin/options-general.php?page=peerkit`);
    await Promise.all([page.waitForURL(/peerkit-tsml=1/), page.getByRole('button', {name: 'Use its meetings'}).click()]);
    await page.getByText('Meeting finders now show the meetings of the 12 Step Meeting List plugin.').first().waitFor();
    assert.equal(JSON.parse(wp.php("echo wp_json_encode(get_option('peerkit_settings'));")).meetings_src, `${wp.url}/wp-admin/admin-ajax.php?action=meetings`);
    await page.close();

    const v = await visit(pages.get('tsml')!);
    const shown = Object.values(await settled(v.page));
    assert.match(shown[0], /Stand-in TSML Group/);
    assert.match((await v.page.locator('peer-meeting-finder').getAttribute('src')) ?? '', /admin-ajax\.php\?action=meetings&nonce=\w+/);
    await v.close();
  });

  test('PHP logged no notice or warning from the plugin, and deleting it removes its option', async () => {
    const log = wp.debugLog().split('\n').filter((l) => l.includes('/plugins/peerkit/'));
    assert.deepEqual(log, [], 'the plugin logged nothing');
    const page = await admin.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${wp.url}/wp-admin/plugins.php`);
    const row = page.locator('tr[data-plugin="peerkit/peerkit.php"]');
    await Promise.all([page.waitForLoadState('load'), row.getByRole('link', {name: /Deactivate/}).click()]);
    await row.getByRole('link', {name: /Delete/}).click();
    // Without its script yet, WordPress asks on a page of its own, saying it will delete the plugin's data (uninstall.php).
    const yes = page.getByRole('button', {name: 'Yes, delete these files and data'});
    await yes.or(page.getByText('peerkit was successfully deleted.')).first().waitFor();
    if (await yes.count()) await Promise.all([page.waitForURL(/deleted=/), yes.click()]);
    assert.equal(wp.php("echo wp_json_encode(get_option('peerkit_settings', 'gone'));"), '"gone"');
    assert.ok(!existsSync(join(wp.root, 'wp-content/plugins/peerkit')), 'the plugin folder is gone');
    await page.close();
  });
});
