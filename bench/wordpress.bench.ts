/**
 * The WordPress plugin's weight: the zip `npm run build:wordpress` makes, and what a visitor's
 * browser downloads on a WordPress page (Debian's WordPress 6.1, Twenty Twenty-Three, php -S; see
 * test/e2e/wordpress-site.ts) holding one meeting finder, and one holding all four widgets, with the
 * widgets showing the demo server's data. Bytes are measured in Chromium (every response's body);
 * gzip figures are gzip -9 of each file, as a server that compresses would send it (php -S does
 * not compress). Skipped, with the reason, when PHP or MariaDB or the wordpress package are missing.
 */
import {spawnSync} from 'node:child_process';
import {statSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {startServer, launchBrowser} from '../test/e2e/support.js';
import {installPluginZip, startWordPress, wordpressMissing} from '../test/e2e/wordpress-site.js';

const missing = wordpressMissing();
if (missing) {
  console.log(`wordpress bench skipped: ${missing}`);
  console.log(`BENCH_RESULT ${JSON.stringify({skipped: missing})}`);
  process.exit(0);
}
const built = spawnSync(process.execPath, ['scripts/build-wordpress.mjs'], {encoding: 'utf8'});
if (built.status !== 0) throw new Error(built.stderr);
const zip = 'dist/wordpress/peerkit.zip';

const [server, wp, browser] = await Promise.all([startServer(), startWordPress(), launchBrowser()]);
try {
  installPluginZip(wp, zip);
  const ids = JSON.parse(
    wp.php(`
update_option('peerkit_settings', array('meetings_src' => '${server.url}/api/v1/meetings', 'directory_src' => '${server.url}/api/hsds', 'directory_format' => 'hsds', 'api' => '${server.url}/api', 'timezone' => 'America/Chicago'));
wp_set_current_user(1);
$page = function ($title, $content) { return wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => $title, 'post_content' => wp_slash($content))); };
echo wp_json_encode(array(
  'one meeting finder' => $page('Find a meeting', '<!-- wp:peerkit/meeting-finder /-->'),
  'all four widgets' => $page('Everything', "<!-- wp:peerkit/meeting-finder /-->\\n<!-- wp:peerkit/resource-directory /-->\\n<!-- wp:peerkit/question-box /-->\\n<!-- wp:peerkit/story-carousel /-->"),
));`),
  ) as Record<string, number>;

  const kb = (n: number) => +(n / 1024).toFixed(2);
  const table: Record<string, Record<string, number | string>> = {};
  table['plugin zip'] = {files: '', rawKB: kb(statSync(zip).size), gzipKB: '', note: 'as uploaded (deflated already)'};
  for (const [name, id] of Object.entries(ids)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: {url: string; bytes: Buffer}[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (r) => pending.push(r.body().then((b) => void bodies.push({url: r.url(), bytes: b}), () => undefined)));
    await page.goto(`${wp.url}/?page_id=${id}`, {waitUntil: 'load'});
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('peer-meeting-finder, peer-resource-directory, peer-question-box, peer-story-carousel')].every(
          (w) => w.shadowRoot && !w.shadowRoot.querySelector('[part~="loading"]') && (w.shadowRoot.textContent ?? '').trim(),
        ),
      undefined,
      {timeout: 30_000},
    );
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await context.close();
    const sum = (list: typeof bodies) => ({files: list.length, rawKB: kb(list.reduce((n, b) => n + b.bytes.length, 0)), gzipKB: kb(list.reduce((n, b) => n + gzipSync(b.bytes, {level: 9}).length, 0))});
    const ours = bodies.filter((b) => b.url.includes('/wp-content/plugins/peerkit/'));
    const wordpress = bodies.filter((b) => b.url.startsWith(wp.url) && !ours.includes(b));
    const data = bodies.filter((b) => b.url.startsWith(server.url));
    table[`${name}: peerkit's modules`] = {...sum(ours), note: 'the widgets\' code, from the plugin'};
    table[`${name}: the WordPress page`] = {...sum(wordpress), note: 'HTML, theme styles and fonts, WordPress\'s own scripts'};
    table[`${name}: data`] = {...sum(data), note: 'feeds and API answers from the peerkit server'};
  }
  console.log(`BENCH_RESULT ${JSON.stringify({table, note: 'Debian WordPress 6.1 + Twenty Twenty-Three; bytes of every response body as Chromium received it; gzipKB = each file gzip -9 (php -S sends them uncompressed)'})}`);
} finally {
  await browser.close();
  await Promise.all([server.stop(), wp.stop()]);
}
