/**
 * docs/DEVELOPING.md is the first page a new contributor reads after `npm ci`: every file and folder
 * it names must exist in a fresh clone (nothing outside the repository, nothing only a build makes).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {resolve, relative} from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const doc = readFileSync(resolve(root, 'docs/DEVELOPING.md'), 'utf8');
/** Made by `npm run build` or a run, not in a clone. */
const BUILT = /^(dist|storybook-static|bench\/\.tmp|custom-elements\.json)(\/|$)/;
/** Where a path written relative to its folder may live (the layout names `question-box/answers.ts`). */
const BASES = ['', 'src/', 'src/elements/', 'test/'];

/** Every path the page names: in `code`, in the layout block (files indented under their folder). */
function namedPaths(text: string): string[] {
  const out = new Set<string>();
  const block = /```\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
  let folder = '';
  for (const line of block.split('\n')) {
    const m = /^(\s*)(\S+)/.exec(line);
    if (!m) continue;
    if (!m[1]) {
      folder = m[2].endsWith('/') ? m[2] : '';
      for (const p of line.split(/\s+|;/)) if (/\.(ts|mjs|js|json|md)$|\/$/.test(p)) out.add(p);
    } else if (folder && /\.\w+$/.test(m[2])) out.add(folder + m[2]);
    for (const p of line.match(/\b[\w.-]+(?:\/[\w.-]+)+\.(?:ts|mjs|js|json|md)\b/g) ?? []) out.add(p);
  }
  for (const [, code] of text.matchAll(/`([^`\n]+)`/g)) {
    for (const token of code.split(/[\s'"=()]+/)) {
      if (!token.includes('/') || /[<*…{}]|\|/.test(token) || /^(@|https?:|\/fake-api|\.\/|\.\.\/\.\.\/)/.test(token)) continue;
      if (!/\.(ts|mjs|js|json|md|html|css)$|\/$/.test(token)) continue;
      if (/(^|\/)x\.[\w.]+$/.test(token)) continue; // "x.test.ts": a stand-in name
      out.add(token.replace(/^\/(?=(test|src|demo)\/)/, ''));
    }
  }
  return [...out].filter((p) => p !== '/' && !p.includes('<') && !p.includes('*'));
}

test('every path docs/DEVELOPING.md names exists in a fresh clone', () => {
  const paths = namedPaths(doc);
  assert.ok(paths.length > 20, `found the paths (${paths.length})`);
  const missing = paths.filter((p) => {
    const abs = resolve(root, p);
    if (relative(root, abs).startsWith('..')) return true; // outside the repository
    if (BUILT.test(p)) return true;
    return !BASES.some((b) => existsSync(resolve(root, b + p)));
  });
  assert.deepEqual(missing, []);
});
