/**
 * "One search keystroke → updated list" in a browser tab, shared by the widget benches: types each
 * word into the element's search input, waits for the render and a layout, and times it.
 */
import type {Page} from 'playwright-core';

export interface KeystrokeOptions {
  /** Tag of the element on the page (the first one is used). */
  tag: string;
  /** Selector of the search input inside its shadow root. */
  input: string;
  words: string[];
  count: number;
}

export async function measureKeystrokes(tab: Page, o: KeystrokeOptions): Promise<{median: number; p90: number}> {
  const samples = await tab.evaluate(async ({tag, input: selector, words, count}) => {
    const el = document.querySelector(tag) as HTMLElement & {updateComplete: Promise<boolean>};
    const input = el.shadowRoot!.querySelector(selector) as HTMLInputElement;
    const out: number[] = [];
    for (let i = 0; i < count; i++) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      input.value = words[i % words.length];
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      await el.updateComplete;
      void el.shadowRoot!.querySelector('.base')!.getBoundingClientRect().height; // layout included
      out.push(performance.now() - t0);
    }
    return out;
  }, o);
  const times = samples.sort((a, b) => a - b);
  return {median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)]};
}
