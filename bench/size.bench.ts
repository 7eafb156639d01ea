/**
 * Size of every dist/cdn entry: raw and gzipped, for the entry file alone and for its first load
 * (the entry plus every chunk it imports statically; lazy `import()` chunks such as the map or the
 * moderation desk are listed separately and not counted in first load).
 */
import {readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {join, dirname, normalize} from 'node:path';

const dir = 'dist/cdn';
const gz = (b: Buffer) => gzipSync(b, {level: 9}).length;
const staticImports = (file: string): string[] => {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  // static: import"./x.js" / import{a}from"./x.js" / export*from"./x.js"  (not import("./x.js"))
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) found.add(normalize(join(dirname(file), m[1])));
  return [...found];
};
const dynamicImports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => normalize(join(dirname(file), m[1])));
const closure = (entry: string) => {
  const seen = new Set<string>();
  const walk = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    staticImports(f).forEach(walk);
  };
  walk(entry);
  return [...seen];
};

const table: Record<string, Record<string, number | string>> = {};
// peerkit.js registers <peer-config> at once and every other element lazily (first load = core).
const budgets: Record<string, number> = {
  'peerkit.js': 12,
  'peer-meeting-finder.js': 30,
  'peer-resource-directory.js': 30,
  'peer-story-carousel.js': 20,
  'peer-question-box.js': 30,
  'peer-config.js': 12,
};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  const entry = join(dir, f);
  const files = closure(entry);
  const all = Buffer.concat(files.map((p) => readFileSync(p)));
  const lazy = [...new Set(files.flatMap(dynamicImports))].filter((p) => !files.includes(p));
  const lazyFiles = [...new Set(lazy.flatMap(closure))].filter((p) => !files.includes(p));
  const firstLoadGzKB = +(gz(all) / 1024).toFixed(2);
  // As a browser receives them: each file compressed on its own (a little more than one stream).
  const servedGzKB = +(files.reduce((n, p) => n + gz(readFileSync(p)), 0) / 1024).toFixed(2);
  table[f] = {
    entryRawKB: +(readFileSync(entry).length / 1024).toFixed(2),
    firstLoadRawKB: +(all.length / 1024).toFixed(2),
    firstLoadGzipKB: firstLoadGzKB,
    servedGzipKB: servedGzKB,
    lazyGzipKB: lazyFiles.length ? +(gz(Buffer.concat(lazyFiles.map((p) => readFileSync(p)))) / 1024).toFixed(2) : 0,
    budgetGzipKB: budgets[f] ?? '',
    withinBudget: budgets[f] ? (firstLoadGzKB <= budgets[f] ? 'yes' : 'NO') : '',
  };
}
// The finder fetches its feed reader and parsers (a lazy chunk) as soon as it is created, in
// parallel with its first paint: what a visitor downloads before the first meetings show.
{
  const entry = join(dir, 'peer-meeting-finder.js');
  const files = closure(entry);
  const loader = readdirSync(join(dir, 'chunks')).find((c) => /^load-.*\.js$/.test(c));
  if (loader) {
    const withParsers = [...new Set([...files, ...closure(join(dir, 'chunks', loader))])];
    table['peer-meeting-finder.js + its parsers (to first results)'] = {
      entryRawKB: '',
      firstLoadRawKB: +(withParsers.reduce((n, p) => n + readFileSync(p).length, 0) / 1024).toFixed(2),
      firstLoadGzipKB: +(gz(Buffer.concat(withParsers.map((p) => readFileSync(p)))) / 1024).toFixed(2),
      servedGzipKB: +(withParsers.reduce((n, p) => n + gz(readFileSync(p)), 0) / 1024).toFixed(2),
      lazyGzipKB: '',
      budgetGzipKB: '',
      withinBudget: '',
    };
  }
}
// Every visitor widget on one page (config, finder, directory, question box, carousel): the union
// of their first loads, shared chunks counted once. Budget 60 KB. The desk is staff-only.
{
  const entries = ['peer-config.js', 'peer-meeting-finder.js', 'peer-resource-directory.js', 'peer-question-box.js', 'peer-story-carousel.js'];
  const union = [...new Set(entries.flatMap((f) => closure(join(dir, f))))];
  const gzKB = +(gz(Buffer.concat(union.map((p) => readFileSync(p)))) / 1024).toFixed(2);
  const servedKB = +(union.reduce((n, p) => n + gz(readFileSync(p)), 0) / 1024).toFixed(2);
  table['all visitor widgets together'] = {
    entryRawKB: '',
    firstLoadRawKB: +(union.reduce((n, p) => n + readFileSync(p).length, 0) / 1024).toFixed(2),
    firstLoadGzipKB: gzKB,
    servedGzipKB: servedKB,
    lazyGzipKB: '',
    budgetGzipKB: 60,
    withinBudget: gzKB <= 60 ? 'yes' : 'NO',
  };
}
console.log(`BENCH_RESULT ${JSON.stringify({table, note: 'first load = the entry and every statically imported chunk; firstLoadGzipKB = gzip -9 of them as one stream, servedGzipKB = each file gzipped on its own, as served; budgets are checked on firstLoadGzipKB; lazy chunks separate'})}`);
