// Every file under a folder, sorted, for the build scripts.
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Every file under `dir` (recursively), in a stable order. */
export function filesUnder(dir, acc = []) {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) filesUnder(p, acc);
    else acc.push(p);
  }
  return acc;
}
