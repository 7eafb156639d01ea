// Fails the build when an element's documentation is incomplete: every custom element in
// custom-elements.json needs a @summary, its attributes, at least one @csspart and one @cssproperty.
import {readFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const problems = [];
let count = 0;
for (const mod of manifest.modules ?? []) {
  for (const d of mod.declarations ?? []) {
    if (!d.customElement || !d.tagName) continue;
    count++;
    const where = `<${d.tagName}> (${mod.path})`;
    if (!d.summary) problems.push(`${where}: no @summary`);
    if (!d.attributes?.length) problems.push(`${where}: no attributes documented`);
    for (const a of d.attributes ?? []) if (!a.description && !a.inheritedFrom) problems.push(`${where}: attribute "${a.name}" has no description`);
    if (!d.cssParts?.length) problems.push(`${where}: no @csspart`);
    if (!d.cssProperties?.length) problems.push(`${where}: no @cssproperty`);
    for (const e of d.events ?? []) if (!e.description && !e.inheritedFrom) problems.push(`${where}: event "${e.name}" has no description`);
  }
}
if (!count) problems.push('no custom elements found in custom-elements.json');
if (problems.length) {
  console.error('custom-elements.json is incomplete:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log(`custom-elements.json: ${count} elements documented`);
