/**
 * The `strings` attribute of every widget and of `<peer-config>` (a module of its own, so
 * `<peer-config>` does not carry the i18n code). What the keys mean: docs/TRANSLATING.md.
 */
import type {StringOverrides} from './i18n.js';

/** Parses a `strings` attribute (JSON of `StringOverrides`); a malformed value is warned about and ignored. */
export function parseStringOverrides(value: string | null): StringOverrides | undefined {
  if (!value) return undefined;
  try {
    const json: unknown = JSON.parse(value);
    if (json && typeof json === 'object' && !Array.isArray(json)) return json as StringOverrides;
  } catch {
    /* below */
  }
  console.warn('[peerkit] strings: not JSON of {"<lang>": {"<table>.<key>": "text"}}; ignored.');
  return undefined;
}

/** Lit's property options for `strings`: JSON in the attribute, an object in the property. */
export const stringsProperty = {attribute: 'strings', converter: {fromAttribute: parseStringOverrides, toAttribute: (v: unknown) => (v ? JSON.stringify(v) : null)}};
