#!/usr/bin/env node
// `npm run build:wordpress`: the WordPress plugin as dist/wordpress/peerkit.zip, ready for
// Plugins → Add New → Upload. It holds wordpress/peerkit/ (PHP, blocks, readme.txt, the .pot made
// afresh) and the CDN build (dist/cdn, from `npm run build`) under assets/cdn/, without source maps,
// with the package's version written into the plugin header. The zip is written here with
// node:zlib (no system `zip` needed), byte-for-byte the same for the same inputs.
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync, mkdirSync, existsSync} from 'node:fs';
import {join, relative, dirname} from 'node:path';
import {filesUnder} from './lib/files.mjs';
import {deflateRawSync, crc32} from 'node:zlib';

const PLUGIN = 'wordpress/peerkit';
const CDN = 'dist/cdn';
const OUT = process.env.PEERKIT_WP_ZIP || 'dist/wordpress/peerkit.zip';

if (!existsSync(join(CDN, 'peerkit.js'))) {
  console.error(`${CDN} is missing: run npm run build first`);
  process.exit(1);
}
const pot = spawnSync(process.execPath, ['scripts/wordpress-pot.mjs'], {stdio: 'inherit'});
if (pot.status !== 0) process.exit(1);

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;

/** name in the zip → contents */
const files = new Map();
for (const p of filesUnder(PLUGIN)) {
  let data = readFileSync(p);
  const name = `peerkit/${relative(PLUGIN, p)}`;
  if (name === 'peerkit/peerkit.php' || name === 'peerkit/readme.txt') data = Buffer.from(data.toString('utf8').replaceAll('0.0.0-dev', version));
  files.set(name, data);
}
for (const p of filesUnder(CDN)) {
  if (!p.endsWith('.js')) continue;
  // No source maps in the plugin (the sources are in the repository): drop the comment that names one.
  const code = readFileSync(p, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  files.set(`peerkit/assets/cdn/${relative(CDN, p)}`, Buffer.from(code));
}

// A plain zip: a local header and deflated data per file, then the central directory.
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01: fixed, so the same inputs give the same zip
const locals = [];
const centrals = [];
let offset = 0;
for (const [name, data] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const nameBytes = Buffer.from(name, 'utf8');
  const packed = deflateRawSync(data, {level: 9});
  const crc = crc32(data);
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(20, 4); // version needed
  head.writeUInt16LE(0x0800, 6); // UTF-8 names
  head.writeUInt16LE(8, 8); // deflate
  head.writeUInt16LE(DOS_TIME, 10);
  head.writeUInt16LE(DOS_DATE, 12);
  head.writeUInt32LE(crc, 14);
  head.writeUInt32LE(packed.length, 18);
  head.writeUInt32LE(data.length, 22);
  head.writeUInt16LE(nameBytes.length, 26);
  head.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix
  head.copy(central, 6, 4, 30); // version needed … name length, as in the local header
  central.writeUInt16LE(0, 32); // comment length
  central.writeUInt16LE(0, 34); // disk
  central.writeUInt16LE(0, 36); // internal attributes
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
  central.writeUInt32LE(offset, 42);
  locals.push(head, nameBytes, packed);
  centrals.push(central, nameBytes);
  offset += head.length + nameBytes.length + packed.length;
}
const directory = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(files.size, 8);
end.writeUInt16LE(files.size, 10);
end.writeUInt32LE(directory.length, 12);
end.writeUInt32LE(offset, 16);
const zip = Buffer.concat([...locals, directory, end]);
mkdirSync(dirname(OUT), {recursive: true});
writeFileSync(OUT, zip);
console.log(`${OUT}: ${files.size} files, ${(zip.length / 1024).toFixed(1)} KB (peerkit ${version})`);
