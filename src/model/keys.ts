/** Attribute values that hold several choices (`category="detox housing"`): small, for the first load. */

/**
 * A space-separated list of keys (`category="detox housing"`), in order, without repeats. Known keys
 * that hold spaces themselves (a site's category "Sober living") are taken whole first.
 */
export function parseKeys(value: string | undefined | null, known: readonly string[] = []): string[] {
  let rest = ` ${(value ?? '').trim()} `;
  if (!rest.trim()) return [];
  const found: [number, string][] = [];
  for (const k of [...known].filter((k) => /\s/.test(k)).sort((a, b) => b.length - a.length)) {
    const at = rest.indexOf(` ${k} `);
    if (at >= 0) {
      found.push([at, k]);
      rest = rest.slice(0, at) + ' ' + ' '.repeat(k.length) + rest.slice(at + k.length + 1);
    }
  }
  let pos = 0;
  for (const m of rest.matchAll(/\S+/g)) found.push([m.index ?? pos++, m[0]]);
  found.sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, k]) => k))];
}

/** Keys back to the attribute's value (undefined when none). */
export function joinKeys(keys: readonly string[]): string | undefined {
  return keys.length ? keys.join(' ') : undefined;
}
