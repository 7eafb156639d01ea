#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (each prints one line `BENCH_RESULT <json>`), merges the
// results into bench/results.json and prints a table. `npm run bench -- size` runs only matching files
// (and keeps the other entries of bench/results.json).
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import os from 'node:os';

const filter = process.argv.slice(2);
if (!existsSync('dist/cdn/peerkit.js')) spawnSync('npm', ['run', '-s', 'build'], {stdio: 'inherit'});
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter.length || filter.some((x) => f.includes(x)))
  .sort();
// A filtered run (`npm run bench -- size`) updates its own entries and keeps the others.
const previous = filter.length && existsSync('bench/results.json') ? JSON.parse(readFileSync('bench/results.json', 'utf8')).results ?? {} : {};
const results = {...previous};
let failed = false;
for (const f of files) {
  console.log(`\n▶ bench/${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${f}`], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024});
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  process.stdout.write((r.stdout ?? '').split('\n').filter((l) => !l.startsWith('BENCH_RESULT ')).join('\n'));
  if (r.status !== 0 || !line) {
    failed = true;
    results[f.replace('.bench.ts', '')] = {error: `exit ${r.status}`};
    continue;
  }
  results[f.replace('.bench.ts', '')] = JSON.parse(line.slice('BENCH_RESULT '.length));
}
const out = {
  generatedAt: new Date().toISOString(),
  machine: {cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version},
  results,
};
writeFileSync('bench/results.json', JSON.stringify(out, null, 2) + '\n');
console.log('\n' + '─'.repeat(72));
for (const [name, value] of Object.entries(results).filter(([n]) => files.includes(`${n}.bench.ts`))) {
  console.log(`\n${name}`);
  const rows = value.table ?? value;
  console.table(rows);
}
console.log('\nwritten bench/results.json');
process.exit(failed ? 1 : 0);
