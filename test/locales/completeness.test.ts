/**
 * Every shipped language has every table, every key, every meeting type name and a glossary; each
 * string made from values uses every value the English uses, in every plural form the language has.
 * A failure names the language, the table and the key (docs/TRANSLATING.md).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, existsSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {LANGS, formatNumber, pluralCategory} from '../../src/core/i18n.js';
import {KNOWN_TYPE_CODES} from '../../src/model/meeting-types.js';
import {NAWS_TYPE_NAMES} from '../../src/model/naws-formats.js';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, 'src/locales');
const stems = readdirSync(path.join(dir, 'en'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const others = LANGS.filter((l) => l !== 'en');

type Table = Record<string, unknown>;
async function table(lang: string, stem: string): Promise<Table> {
  const mod = (await import(path.join(dir, lang, `${stem}.ts`))) as Record<string, Table>;
  return Object.values(mod)[0];
}

/** Sample values by the English parameter's name; a new name must be added here (the test says so). */
const SAMPLES: Record<string, unknown[]> = {
  n: [0, 1, 2, 3, 5, 11, 21, 22, 101, 1234],
  shown: [20],
  total: [1234],
  ended: [1, 3],
  count: [2, 1234],
  min: [10],
  max: [2000],
  page: [3],
  pages: [12],
  status: [503],
  index: [2],
  position: [2],
  years: [1, 3],
  months: [1, 5],
  available: [3, undefined],
  maximum: [12, undefined],
  minAge: [18, undefined],
  maxAge: [65, undefined],
  hours: [1, 2, 5],
  minutes: [1, 2, 15],
  days: [1, 2, 7],
  seconds: [1, 30],
  favourites: [true, false],
  unit: ['mi', 'km'],
  tag: ['LANG'],
};
/** Parameters whose sample is a string the output must show (a name, a time, a date). */
const TEXT = '«Xq7»';

function paramNames(fn: (...a: unknown[]) => unknown): string[] {
  const src = fn.toString();
  const m = src.match(/^(?:function\s*\w*)?\s*\(([^)]*)\)/) ?? src.match(/^(\w+)\s*=>/);
  return (m?.[1] ?? '')
    .split(',')
    .map((p) => p.trim().replace(/[=\s].*$/, ''))
    .filter(Boolean);
}

/** Argument lists for an English function: the cartesian product would be large, so each parameter's samples vary in turn. */
function argLists(names: string[], lang: string, known: Record<string, unknown[]>): unknown[][] {
  const base = names.map((n) => (n in known ? known[n][0] : TEXT));
  const lists = [base];
  names.forEach((n, i) => {
    for (const v of known[n]?.slice(1) ?? []) lists.push(base.map((b, j) => (j === i ? v : b)));
  });
  return lists.map((l) => l.map((v) => (v === 'LANG' ? lang : v)));
}

/** Parameters of a few functions that take a fixed set of values (enums): every value, no inclusion check. */
const ENUMS: Record<string, Record<string, unknown[]>> = {
  'storyShare.problem': {
    field: ['title', 'body', 'name', 'recovery', 'consentPublish', 'duration', 'photo', 'photoAlt'],
    problem: ['required', 'tooShort', 'tooLong', 'invalid'],
  },
};

function checkValue(lang: string, key: string, english: unknown, value: unknown, problems: string[]) {
  const kind = (v: unknown) => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);
  if (value === undefined) return problems.push(`${key}: missing`);
  if (kind(english) !== kind(value)) return problems.push(`${key}: is a ${kind(value)}, English has a ${kind(english)}`);
  if (typeof english === 'string') {
    if (!(value as string).trim()) problems.push(`${key}: empty`);
    if (/\bundefined\b|\{n\}|\{\d\}/.test(value as string)) problems.push(`${key}: ${JSON.stringify(value)}`);
  } else if (Array.isArray(english)) {
    if (!(value as unknown[]).length) problems.push(`${key}: empty list`);
    (value as unknown[]).forEach((v, i) => checkValue(lang, `${key}[${i}]`, english[0] ?? '', v, problems));
  } else if (typeof english === 'function') {
    const names = paramNames(english as (...a: unknown[]) => unknown);
    const enums = ENUMS[key] ?? {};
    const unknownNames = names.filter((n) => !(n in SAMPLES) && !(n in enums) && !/name|text|time|date|day|query|place|topic|message|code|url|provider|when|where|duration|alt|id|^[dtlqs]$|search|label|what|who|role|title|term/i.test(n));
    if (unknownNames.length) return problems.push(`${key}: add samples for the English parameter(s) ${unknownNames.join(', ')} in test/locales/completeness.test.ts`);
    const known = {...SAMPLES, ...enums};
    for (const args of argLists(names, lang, known)) {
      let out: unknown;
      try {
        out = (value as (...a: unknown[]) => unknown)(...args);
      } catch (err) {
        problems.push(`${key}(${args.map((a) => JSON.stringify(a)).join(', ')}): throws ${(err as Error).message}`);
        continue;
      }
      if (typeof out !== 'string' || !out.trim()) {
        problems.push(`${key}(${args.join(', ')}): gives ${JSON.stringify(out)}`);
        continue;
      }
      if (/\bundefined\b|\bNaN\b|\[object|\{n\}|\{\d\}/.test(out)) problems.push(`${key}(${args.join(', ')}): ${JSON.stringify(out)}`);
      // Every value the English writes out must be written out: a name, a number (as Intl writes it, or plainly).
      const englishOut = (english as (...a: unknown[]) => unknown)(...args.map((a) => (a === lang ? 'en' : a))) as string;
      args.forEach((a, i) => {
        if (names[i] in enums || typeof a === 'boolean' || a === undefined || a === lang) return;
        if (typeof a === 'string' && englishOut.includes(a) && !out.includes(a) && names[i] !== 'unit') problems.push(`${key}: does not show its parameter ${names[i]} (${JSON.stringify(out)})`);
        // A number the language writes as a word (Arabic's dual: "اجتماعان", two meetings) need not show as digits.
        if (typeof a === 'number' && !['zero', 'one', 'two'].includes(pluralCategory(a, lang)) && a >= 2 && englishOut.includes(String(a)) && !out.includes(String(a)) && !out.includes(formatNumber(a, lang)) && !digitsOf(out).includes(digitsOf(formatNumber(a, lang))))
          problems.push(`${key}(${args.join(', ')}): does not show ${names[i]} = ${a} (${JSON.stringify(out)})`);
      });
    }
  } else if (english && typeof english === 'object') {
    const e = english as Table;
    const v = value as Table;
    for (const k of Object.keys(e)) checkValue(lang, `${key}.${k}`, e[k], v[k], problems);
    for (const k of Object.keys(v)) if (!(k in e)) problems.push(`${key}.${k}: not in English (a typo, or a key English dropped)`);
  }
}

/** Western digits of a text written with any digits (Persian ۱۲۳۴, Arabic ١٢٣٤), without separators. */
function digitsOf(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => String(d.codePointAt(0)! - (d.codePointAt(0)! >= 0x6f0 ? 0x6f0 : d.codePointAt(0)! >= 0x660 ? 0x660 : 0x30))).replace(/[^\d]/g, '');
}

for (const lang of others) {
  test(`${lang}: every table, every key, every value the English uses`, async () => {
    const problems: string[] = [];
    for (const stem of stems) {
      if (!existsSync(path.join(dir, lang, `${stem}.ts`))) {
        problems.push(`${stem}.ts: missing (copy src/locales/en/${stem}.ts)`);
        continue;
      }
      const [en, t] = [await table('en', stem), await table(lang, stem)];
      const name = stem.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      for (const k of Object.keys(en)) checkValue(lang, `${name}.${k}`, en[k], t[k], problems);
      for (const k of Object.keys(t)) if (!(k in en)) problems.push(`${name}.${k}: not in English`);
    }
    assert.deepEqual(problems, [], `${lang}:\n  ${problems.join('\n  ')}`);
  });

  if (lang !== 'es')
    test(`${lang}: a name for every meeting type code, and a glossary`, async () => {
      const file = path.join(dir, lang, 'meeting-types.ts');
      assert.ok(existsSync(file), `src/locales/${lang}/meeting-types.ts is missing`);
      const names = (await import(file)).meetingTypes as Record<string, string>;
      const codes = [...KNOWN_TYPE_CODES, 'ONL', ...Object.keys(NAWS_TYPE_NAMES)];
      assert.deepEqual(codes.filter((c) => !names[c]?.trim()), [], `${lang}: codes without a name`);
      assert.deepEqual(Object.keys(names).filter((c) => !codes.includes(c)), [], `${lang}: names of codes peerkit does not know`);
      assert.ok(existsSync(path.join(root, 'docs/glossary', `${lang}.md`)), `docs/glossary/${lang}.md is missing`);
    });
}

test('src/locales/tables/ is generated from the folders (node scripts/locales.mjs)', () => {
  execFileSync(process.execPath, [path.join(root, 'scripts/locales.mjs'), '--check'], {stdio: 'pipe'});
});

test('a table that forgets a parameter, or a key, is named', () => {
  const problems: string[] = [];
  checkValue('fr', 'meetingFinder.joinOn', (provider: string) => `Join on ${provider}`, () => 'Rejoindre', problems);
  checkValue('fr', 'meetingFinder.resultCount', (n: number) => `${n} meetings`, (n: number) => (n === 1 ? '1 réunion' : 'des réunions'), problems);
  checkValue('fr', 'meetingFinder.timeNames', {morning: 'Morning'}, {}, problems);
  assert.ok(problems.some((p) => p.startsWith('meetingFinder.joinOn: does not show its parameter provider')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('meetingFinder.resultCount(1234)')), problems.join('\n'));
  assert.ok(problems.includes('meetingFinder.timeNames.morning: missing'), problems.join('\n'));
});
