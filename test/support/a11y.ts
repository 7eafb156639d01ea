import {expect} from '@open-wc/testing';

/** Zero axe violations for `el`, its shadow DOM included. Every element test calls this in every state. */
export async function expectAccessible(el: Element): Promise<void> {
  await expect(el).to.be.accessible();
}

/** Waits until `predicate` is true (polling each animation frame), or fails after `timeout` ms. */
export async function until(predicate: () => unknown, message = 'condition', timeout = 5000): Promise<void> {
  const start = performance.now();
  // An async predicate is awaited (a promise is truthy: it would pass at once).
  while (!(await predicate())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${message}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

/** Shadow-DOM query helper. */
export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector) as HTMLElement | null;
}
export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll(selector)] as HTMLElement[];
}
