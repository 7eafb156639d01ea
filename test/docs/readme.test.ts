/**
 * README.md tells a site what it needs to know about stories and the demo: where cross-origin
 * writes are explained, the cooling-off period, where the demo data lives and how to reset it.
 * What it says must match the code.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {configFromEnv} from '../../server/config.js';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const db = readFileSync(resolve(root, 'server/db.ts'), 'utf8');

test('README points at server/README.md for what cross-origin writes need', () => {
  assert.match(readme, /another origin[\s\S]{0,400}\[server\/README\.md\]\(server\/README\.md\)/);
  assert.ok(existsSync(resolve(root, 'server/README.md')));
});

test('README states the cooling-off period and its setting, with the server’s own default', () => {
  const hours = configFromEnv({}).coolingOffHours;
  assert.match(readme, new RegExp(`Cooling-off period:\\*\\*[^]*?${hours} hours by\\s+default \\(\`PEERKIT_STORY_COOLING_OFF_HOURS\``));
});

test('README says where the demo data lives (the server’s default database) and how to reset it', () => {
  const file = /'sqlite:(\.\/data\/[\w.-]+)'/.exec(db)?.[1];
  assert.ok(file, 'the default SQLite path in server/db.ts');
  assert.match(readme, new RegExp(`\\*\\*Demo data:\\*\\*[^]*\`${file.replace(/[.]/g, '\\.')}\``));
  assert.match(readme, /delete the `data\/` folder/);
  assert.ok(existsSync(resolve(root, 'server/seed')), 'the seed the README names');
  assert.match(readme, /`server\/seed\/`/);
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');

test('README sends a fresh clone only to files it has: every link resolves (with its #section), nothing outside the repository', () => {
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
  assert.ok(links.length >= 3, `found the links (${links.length})`);
  for (const link of links) {
    const [path, anchor] = link.split('#');
    const file = path || 'README.md'; // "#section": a section of the README itself
    assert.ok(existsSync(resolve(root, file)), `${link}: no such file`);
    if (anchor) {
      const headings = readFileSync(resolve(root, file), 'utf8').match(/^#+ .*$/gm) ?? [];
      assert.ok(headings.some((h) => slug(h.replace(/^#+ /, '')) === anchor), `${link}: no such section`);
    }
  }
  // A path in the text (not only in links) that leaves the repository is not there in a clone.
  assert.deepEqual(readme.match(/(?<![\w/])\.\.\/[\w./-]+/g) ?? [], []);
});
