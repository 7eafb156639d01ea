/** Helpers shared by the <peer-question-box> element tests (the fake API is test/support/middleware/questions.mjs). */
import {fixture, html} from '@open-wc/testing';
import type {PeerQuestionBox} from '../../src/elements/question-box/question-box.js';
import {$, $$} from './a11y.js';

let counter = 0;
/** A fresh namespace of the fake API: its own state, and its own outbox and draft keys. */
export const newNs = () => `qb${Date.now().toString(36)}${counter++}`;
export const apiOf = (ns: string) => `/fake-api/questions/${ns}`;
export const control = (ns: string, body: object) => fetch(`${apiOf(ns)}/control`, {method: 'POST', body: JSON.stringify(body)});
export const received = async (ns: string) => (await (await fetch(`${apiOf(ns)}/received`)).json()) as Record<string, unknown>[];
export const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const settle = () => new Promise((r) => setTimeout(r, 50));

export async function mount(ns: string, attrs: {lang?: string; topics?: string; topic?: string; noList?: boolean} = {}) {
  const el = await fixture<PeerQuestionBox>(
    html`<peer-question-box api=${apiOf(ns)} lang=${attrs.lang ?? 'en'} topics=${attrs.topics ?? ''} topic=${attrs.topic ?? ''} ?no-public-list=${attrs.noList ?? true}></peer-question-box>`,
  );
  await el.updateComplete;
  return el;
}

export function type(el: PeerQuestionBox, value: string) {
  const ta = $(el, '#question') as HTMLTextAreaElement;
  ta.value = value;
  ta.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  return el.updateComplete;
}

export function submit(el: PeerQuestionBox) {
  ($(el, 'form[part="form"] button[type="submit"]') as HTMLButtonElement).click();
  return el.updateComplete;
}

export function button(el: Element, label: string): HTMLButtonElement {
  const b = $$(el, 'button').find((x) => text(x) === label);
  if (!b) throw new Error(`no button "${label}"`);
  return b as HTMLButtonElement;
}
