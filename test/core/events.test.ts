/**
 * The typed event map: every event an element fires is in it, with the detail it really sends, and
 * TypeScript users get the detail's type from addEventListener. Checked two ways: the compiler
 * (this file is type-checked by `npm run typecheck`; a wrong detail type is a compile error) and at
 * run time against what the elements document (`@fires`, from which custom-elements.json is made).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import type {PeerEventDetails, PeerEventName} from '../../src/core/events.js';

// A listener typed by the map (compile-time): these lines fail `npm run typecheck` if the map drifts.
export function typedListeners(el: HTMLElement): void {
  el.addEventListener('peer-meeting-open', (e) => e.detail.meeting.name.toUpperCase());
  el.addEventListener('peer-saved-change', (e) => e.detail.ids.join(','));
  el.addEventListener('peer-quick-exit', (e) => new URL(e.detail.url));
  el.addEventListener('peer-receipt', (e) => e.detail.receipt.trim());
}

// Every name of the map, spelled out: adding an event to the map without listing it here fails to compile.
const NAMES = {
  'peer-feed-issues': 1,
  'peer-filters-change': 1,
  'peer-meeting-open': 1,
  'peer-saved-change': 1,
  'peer-report': 1,
  'peer-quick-exit': 1,
  'peer-question-submit': 1,
  'peer-receipt': 1,
  'peer-story-change': 1,
  'peer-story-submit': 1,
  'peer-story-withdrawn': 1,
  'peer-story-close': 1,
  'peer-moderation-action': 1,
} satisfies Record<PeerEventName, 1>;
const _detail: PeerEventDetails['peer-report'] = {service_id: 's', note: 'n'};
void _detail;

test('every event an element emits is in the map, and every event of the map is documented by an element', () => {
  const names = new Set(Object.keys(NAMES));
  const emitted = new Set<string>();
  const src = (p: string) => readFileSync(new URL(`../../src/${p}`, import.meta.url), 'utf8');
  const files = ['elements/meeting-finder/meeting-finder.ts', 'elements/resource-directory/resource-directory.ts', 'elements/question-box/question-box.ts', 'elements/story-carousel/story-carousel.ts', 'elements/story-carousel/story-share.ts', 'elements/moderation-desk/moderation-desk.ts', 'core/quick-exit.ts', 'controllers/quick-exit-loader.ts'];
  for (const f of files) for (const m of src(f).matchAll(/(?:emit\(|new CustomEvent\()'(peer-[a-z-]+)'/g)) emitted.add(m[1]);
  for (const e of emitted) assert.ok(names.has(e), `${e} is emitted but not in PeerEventDetails`);
  // What the elements document with `@fires` (the custom elements manifest is made from these).
  const documented = new Set<string>();
  for (const f of files) for (const m of src(f).matchAll(/@fires (peer-[a-z-]+)/g)) documented.add(m[1]);
  for (const n of names) assert.ok(documented.has(n), `${n} is in the map but no element documents it (@fires)`);
});
