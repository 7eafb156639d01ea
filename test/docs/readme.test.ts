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
