#!/usr/bin/env node
// The WordPress plugin's translation template, wordpress/peerkit/languages/peerkit.pot: every string
// of the text domain `peerkit` in its PHP (__, _e, esc_html__, esc_html_e, esc_attr__, esc_attr_e,
// _x, _n, with their "translators:" comments) and the blocks' block.json (title, description,
// keywords, with WordPress's own contexts). `node scripts/wordpress-pot.mjs --check` fails when the
// committed file is not what the sources give.
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {join, relative} from 'node:path';
import {filesUnder} from './lib/files.mjs';

const root = 'wordpress/peerkit';
const out = join(root, 'languages/peerkit.pot');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;


/** Reads one PHP string literal at `i` ('…' or "…"); returns [value, next index] or undefined. */
function phpString(src, i) {
  const q = src[i];
  if (q !== "'" && q !== '"') return undefined;
  let value = '';
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      const n = src[j + 1];
      if (q === "'") value += n === "'" || n === '\\' ? n : c + n;
      else value += {n: '\n', t: '\t', '"': '"', '\\': '\\', $: '$'}[n] ?? c + n;
      j++;
    } else if (c === q) return [value, j + 1];
    else value += c;
  }
  return undefined;
}

/** The string arguments of a call starting after its "(": literals only, others as null. */
function callArgs(src, i) {
  const args = [];
  let j = i;
  for (;;) {
    while (/\s/.test(src[j])) j++;
    const lit = phpString(src, j);
    if (lit) {
      args.push(lit[0]);
      j = lit[1];
    } else {
      // Not a literal: skip to the next top-level comma or the closing parenthesis.
      let depth = 0;
      for (; j < src.length; j++) {
        const c = src[j];
        if (c === '(' || c === '[') depth++;
        else if ((c === ')' || c === ']') && depth > 0) depth--;
        else if ((c === ',' || c === ')') && depth === 0) break;
      }
      args.push(null);
    }
    while (/\s/.test(src[j])) j++;
    if (src[j] === ',') j++;
    else return args;
  }
}

const FUNCTIONS = {__: 's', _e: 's', esc_html__: 's', esc_html_e: 's', esc_attr__: 's', esc_attr_e: 's', _x: 'sc', _n: 'sp'};
/** msgid (with context) → {msgid, msgctxt, plural, refs, comments}. */
const entries = new Map();
const add = (e, ref, comment) => {
  const key = `${e.msgctxt ?? ''}\u0004${e.msgid}`;
  const found = entries.get(key) ?? {...e, refs: [], comments: []};
  found.refs.push(ref);
  if (comment && !found.comments.includes(comment)) found.comments.push(comment);
  entries.set(key, found);
};

for (const file of filesUnder(root)) {
  const ref = relative(root, file);
  if (file.endsWith('.php')) {
    const src = readFileSync(file, 'utf8');
    const re = /\b(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|_n)\s*\(/g;
    for (const m of src.matchAll(re)) {
      const args = callArgs(src, m.index + m[0].length);
      const kind = FUNCTIONS[m[1]];
      const domain = args[kind.length];
      if (domain !== 'peerkit' || args[0] === null) continue;
      const line = src.slice(0, m.index).split('\n').length;
      // The nearest "translators:" comment on this line or the lines just above.
      const before = src.slice(0, m.index).split('\n').slice(-3).join('\n');
      const comment = [...before.matchAll(/\/\*\s*(translators:[^*]*?)\s*\*\//g)].pop()?.[1];
      add({msgid: args[0], msgctxt: kind === 'sc' ? args[1] : undefined, plural: kind === 'sp' ? args[1] : undefined}, `${ref}:${line}`, comment);
    }
  } else if (file.endsWith('block.json')) {
    const block = JSON.parse(readFileSync(file, 'utf8'));
    if (block.textdomain !== 'peerkit') continue;
    if (block.title) add({msgid: block.title, msgctxt: 'block title'}, ref);
    if (block.description) add({msgid: block.description, msgctxt: 'block description'}, ref);
    for (const k of block.keywords ?? []) add({msgid: k, msgctxt: 'block keyword'}, ref);
  }
}

const po = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
let text = `# Copyright (C) peerkit contributors
# This file is distributed under the same license as the peerkit plugin.
msgid ""
msgstr ""
"Project-Id-Version: peerkit ${version}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Generator: scripts/wordpress-pot.mjs\\n"
"X-Domain: peerkit\\n"
`;
for (const e of entries.values()) {
  text += '\n';
  for (const c of e.comments) text += `#. ${c}\n`;
  text += `#: ${e.refs.join(' ')}\n`;
  if (/%(\d\$)?[sd]/.test(e.msgid)) text += '#, php-format\n';
  if (e.msgctxt) text += `msgctxt ${po(e.msgctxt)}\n`;
  text += `msgid ${po(e.msgid)}\n`;
  if (e.plural) text += `msgid_plural ${po(e.plural)}\nmsgstr[0] ""\nmsgstr[1] ""\n`;
  else text += 'msgstr ""\n';
}

if (process.argv.includes('--check')) {
  if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
    console.error(`${out} is out of date: run node scripts/wordpress-pot.mjs`);
    process.exit(1);
  }
  console.log(`${out}: ${entries.size} strings, up to date`);
} else {
  writeFileSync(out, text);
  console.log(`${out}: ${entries.size} strings`);
}
