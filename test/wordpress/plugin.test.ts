/**
 * The WordPress plugin's sources agree with each other and with the elements (the end-to-end test,
 * test/e2e/wordpress.test.ts, runs the plugin in a real WordPress):
 *  - every block.json holds exactly the attributes of its widget in includes/widgets.php, with the
 *    matching JSON type, and every attribute there is one the element documents (custom-elements.json);
 *  - the plugin's languages are src/model/language-names.ts's (codes, names, order), offered by the
 *    settings page and every block with `lang` and `dir` on each name, and a setting, block or
 *    shortcode keeps only one of them (or a regional tag of one);
 *  - languages/peerkit.pot is what scripts/wordpress-pot.mjs makes from the sources;
 *  - every PHP file parses, starts with the ABSPATH guard (uninstall.php with WP_UNINSTALL_PLUGIN),
 *    prefixes its functions `peerkit_`, and uses nothing newer than PHP 7.4;
 *  - the zip is the same, byte for byte, when built twice.
 */
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {LANGUAGE_NAMES} from '../../src/model/language-names.js';

const root = resolve(import.meta.dirname, '../..');
const plugin = join(root, 'wordpress/peerkit');
const hasPhp = spawnSync('php', ['-v']).status === 0;
const phpFiles = (dir: string, acc: string[] = []): string[] => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) phpFiles(p, acc);
    else if (p.endsWith('.php')) acc.push(p);
  }
  return acc;
};

interface Spec {
  type: string;
  options?: Record<string, string>;
}
interface Widget {
  tag: string;
  attributes: Record<string, Spec>;
  blockAttributes: Record<string, string>;
}
const widgets = (): Record<string, Widget> => {
  const r = spawnSync('php', [join(root, 'test/wordpress/dump-widgets.php')], {encoding: 'utf8'});
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};

describe('WordPress plugin sources', () => {
  test('each block.json has exactly its widget\'s attributes, typed as the widget table says', {skip: !hasPhp && 'php is not installed'}, () => {
    const jsonType: Record<string, string> = {bool: 'boolean', int: 'number'};
    const table = widgets();
    assert.deepEqual(Object.keys(table).sort(), readdirSync(join(plugin, 'blocks')).filter((f) => !f.includes('.')).sort(), 'a block folder per widget');
    for (const [slug, widget] of Object.entries(table)) {
      const block = JSON.parse(readFileSync(join(plugin, 'blocks', slug, 'block.json'), 'utf8'));
      assert.equal(block.name, `peerkit/${slug}`);
      assert.equal(block.textdomain, 'peerkit');
      const expected = Object.fromEntries(Object.entries(widget.attributes).map(([name, spec]) => [widget.blockAttributes[name], {type: jsonType[spec.type] ?? 'string'}]));
      assert.deepEqual(block.attributes, expected, `${slug}/block.json attributes`);
    }
  });

  test('every attribute a block or shortcode sets is one its element documents', {skip: (!hasPhp && 'php is not installed') || (!existsSync(join(root, 'custom-elements.json')) && 'custom-elements.json is made by npm run build')}, () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const documented = new Map<string, string[]>();
    for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName) documented.set(d.tagName, (d.attributes ?? []).map((a: {name: string}) => a.name));
    for (const widget of Object.values(widgets())) {
      const known = documented.get(widget.tag);
      assert.ok(known, `${widget.tag} is in the manifest`);
      for (const name of Object.keys(widget.attributes)) assert.ok(known.includes(name), `<${widget.tag}> has the attribute ${name}`);
    }
  });

  test('the settings page and every block offer all 18 languages by their own names; only those are kept', {skip: !hasPhp && 'php is not installed'}, () => {
    const r = spawnSync('php', [join(root, 'test/wordpress/languages.php')], {encoding: 'utf8'});
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {languages: Record<string, string>; attribute: Record<string, [string | null, string]>; settings: Record<string, string>; field: string};
    // One list: the plugin's is the widgets' (src/model/language-names.ts), in the same order.
    assert.deepEqual(Object.entries(out.languages), Object.entries(LANGUAGE_NAMES));
    // Every block's Language control: "As in Settings → peerkit", then each language.
    for (const [slug, widget] of Object.entries(widgets())) {
      const options = widget.attributes.lang?.options;
      assert.ok(options, `${slug} has a lang control with options`);
      assert.deepEqual(Object.entries(options), [['', 'As in Settings → peerkit'], ...Object.entries(LANGUAGE_NAMES)], `${slug}: the block offers every language`);
    }
    // The settings page: each name marked with its language and direction; the saved one chosen.
    for (const [code, name] of Object.entries(LANGUAGE_NAMES)) {
      const dir = code === 'ar' || code === 'fa' ? 'rtl' : 'ltr';
      assert.ok(out.field.includes(`<option value="${code}" lang="${code}" dir="${dir}"`), `${code} in the settings field`);
      assert.ok(out.field.includes(`>${name}</option>`), `${name} in the settings field`);
    }
    assert.match(out.field, /<option value="fa" lang="fa" dir="rtl" selected='selected'>فارسی<\/option>/);
    assert.match(out.field, /^<select name="peerkit_settings\[lang\]" id="peerkit_lang"><option value="">The site language \(en-US\)<\/option>/);
    // Saving: a listed language (in any case) is kept as the list spells it; anything else keeps the saved one (es).
    assert.deepEqual(out.settings, {ja: 'ja', 'zh-Hans': 'zh-Hans', 'zh-hans': 'zh-Hans', fa: 'fa', '': '', hi: 'es', 'es-MX': 'es'});
    // A block or shortcode: a listed language, or a regional tag of one; anything else is left out with a note.
    for (const [given, kept] of Object.entries({ja: 'ja', 'zh-hans': 'zh-Hans', 'ZH-Hans': 'zh-Hans', 'es-MX': 'es-MX', 'pt-PT': 'pt-PT', 'zh-TW': 'zh-TW', fil: 'fil'})) {
      assert.deepEqual(out.attribute[given], [kept, ''], given);
    }
    for (const bad of ['hi', 'xx-YY', '"><script>', 'en es']) {
      assert.equal(out.attribute[bad][0], null, bad);
      assert.match(out.attribute[bad][1], /one of the widgets’ languages \(en, es, fr, .*, ja\)/, bad);
    }
  });

  test('the finder\'s embed options and the carousel\'s heading level are sanitised: numbers clamped, booleans, language codes, JSON checked and re-encoded', {skip: !hasPhp && 'php is not installed'}, () => {
    const r = spawnSync('php', [join(root, 'test/wordpress/embed-options.php')], {encoding: 'utf8'});
    assert.equal(r.status, 0, r.stderr);
    type Case = [unknown, [string | boolean | null, string]];
    const out = JSON.parse(r.stdout) as Record<string, Record<string, Case[]>>;
    const results = (slug: string, name: string) => out[slug][name].map(([, result]) => result);
    const finder = (name: string) => results('meeting-finder', name);
    // limit: 1–500, brought into range with a note saying so; not a whole number: left out, with a note.
    assert.deepEqual(finder('limit'), [
      ['5', ''],
      ['5', ''],
      ['1', 'it takes a whole number from 1 to 500, so 1 is used'],
      ['1', 'it takes a whole number from 1 to 500, so 1 is used'],
      ['500', 'it takes a whole number from 1 to 500, so 500 is used'],
      [null, 'it takes a whole number from 1 to 500'],
      [null, 'it takes a whole number from 1 to 500'],
      [null, ''],
    ]);
    // Booleans: on, or left out.
    assert.deepEqual(finder('no-controls').map(([v]) => v), [true, null, true, true, null, null]);
    assert.deepEqual(finder('upcoming').map(([v]) => v), [true, null]);
    assert.deepEqual(finder('compact').map(([v]) => v), [true, true], 'a shortcode word standing alone (or an empty value) is on');
    assert.deepEqual(finder('keep-duplicates').map(([v]) => v), [true, null]);
    // languages: lower-case codes, once each; anything else left out with a note.
    assert.deepEqual(finder('languages').map(([v]) => v), ['es', 'es fr', 'es ase', null, null]);
    assert.match(finder('languages')[3][1], /language codes separated by spaces, such as es fr ase/);
    // type-names / type-descriptions: decoded, shape-checked, encoded again (on one line, the element reads it back).
    const names = finder('type-names');
    assert.deepEqual(JSON.parse(names[0][0] as string), {LGBTQ: {en: 'LGBTQ+', es: 'LGBTQ+'}, GR: 'Grapevine'});
    assert.deepEqual(JSON.parse(names[1][0] as string), {X: '<b>Y</b> & "z"'}, 'markup is text to the element: kept, escaped when written');
    assert.deepEqual(names.slice(2).map(([v]) => v), [null, null, null, null, null, null]);
    assert.equal(names[2][1], 'it is not valid JSON');
    for (const [, note] of names.slice(3, 7)) assert.match(note, /^it takes JSON such as \{"LGBTQ"/);
    assert.deepEqual(finder('type-descriptions').map(([v]) => v), ['{"O":{"en":"Anyone may attend."}}', null]);
    // The carousel's heading level: 2–6, clamped.
    assert.deepEqual(results('story-carousel', 'heading-level').map(([v]) => v), ['4', '2', '2', '6', null]);
  });

  test('languages/peerkit.pot is up to date', () => {
    const r = spawnSync(process.execPath, ['scripts/wordpress-pot.mjs', '--check'], {cwd: root, encoding: 'utf8'});
    assert.equal(r.status, 0, r.stderr);
    const pot = readFileSync(join(plugin, 'languages/peerkit.pot'), 'utf8');
    assert.match(pot, /msgid "Meeting feed URL\(s\)"/);
    assert.match(pot, /msgctxt "block title"\nmsgid "Story carousel"/);
  });

  test('every PHP file parses, is guarded, prefixed, and PHP 7.4 compatible', () => {
    for (const file of phpFiles(plugin)) {
      const code = readFileSync(file, 'utf8');
      const name = file.slice(plugin.length + 1);
      if (hasPhp) {
        const lint = spawnSync('php', ['-l', file], {encoding: 'utf8'});
        assert.equal(lint.status, 0, `${name}: ${lint.stdout}${lint.stderr}`);
      }
      if (name === 'uninstall.php') assert.match(code, /defined\( 'WP_UNINSTALL_PLUGIN' \) \|\| exit;/, name);
      else if (!/^(includes\/)?index\.php$/.test(name)) assert.match(code, /defined\( 'ABSPATH' \) \|\| exit;/, `${name} refuses to run on its own`);
      for (const m of code.matchAll(/^function (\w+)/gm)) assert.match(m[1], /^peerkit_/, `${name}: ${m[1]} is prefixed`);
      for (const m of code.matchAll(/(?:add_option|get_option|update_option|delete_option)\(\s*'(peerkit\w*)'/g)) assert.equal(m[1], 'peerkit_settings', `${name}: one option only`);
      // PHP 8 only: these functions, the nullsafe operator, match, attributes, named arguments' "name:" style.
      assert.doesNotMatch(code, /\b(str_contains|str_starts_with|str_ends_with|get_debug_type|array_is_list)\s*\(|\?->|\bmatch\s*\(|#\[/, `${name} uses PHP 8 only syntax or functions`);
    }
  });

  test('the zip is byte-for-byte the same when built twice', {skip: !existsSync(join(root, 'dist/cdn/peerkit.js')) && 'dist/cdn is made by npm run build'}, () => {
    const dir = mkdtempSync(join(tmpdir(), 'peerkit-zip-'));
    try {
      const build = (out: string) => {
        const r = spawnSync(process.execPath, ['scripts/build-wordpress.mjs'], {cwd: root, encoding: 'utf8', env: {...process.env, PEERKIT_WP_ZIP: out}});
        assert.equal(r.status, 0, r.stderr);
        return readFileSync(out);
      };
      const a = build(join(dir, 'a.zip'));
      const b = build(join(dir, 'b.zip'));
      assert.ok(a.equals(b), 'same bytes');
      assert.equal(a.readUInt32LE(0), 0x04034b50, 'a zip');
      assert.ok(a.includes(Buffer.from('peerkit/assets/cdn/peer-meeting-finder.js')), 'it holds the CDN build');
      assert.ok(!a.includes(Buffer.from('.js.map')), 'no source maps');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
