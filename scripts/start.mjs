#!/usr/bin/env node
// `npm start`: build the widgets when dist/cdn/peerkit.js is missing or older than any file in src/,
// then run `peerkit serve --demo` (migrations, demo seed once, demo site, CDN bundle, API).
import {spawnSync, spawn} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

function newest(dir) {
  let t = 0;
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

const bundle = 'dist/cdn/peerkit.js';
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest('src')) {
  console.log('Building the widgets (npm run build)…');
  const r = spawnSync('npm', ['run', '-s', 'build'], {stdio: 'inherit'});
  if (r.status !== 0) {
    console.error('The build failed; fix it and run npm start again.');
    process.exit(r.status ?? 1);
  }
}

const child = spawn(process.execPath, ['bin/peerkit.mjs', 'serve', '--demo', ...process.argv.slice(2)], {stdio: 'inherit'});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
