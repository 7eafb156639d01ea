/**
 * Guarded `customElements.define`: a second copy of peerkit on the same page (two plugins, two
 * script tags) must warn and carry on, never throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `[peerkit] <${tag}> is already defined (another copy of peerkit is on this page); keeping the first definition.`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}

/**
 * Registers `tag` only when the page uses it: the loader runs the first time an element with that
 * tag is found in the document (now or later). Keeps heavy, rarely used elements (the moderation
 * desk) out of a visitor's first load.
 */
export function lazyDefine(tag: string, loader: () => Promise<unknown>): void {
  if (customElements.get(tag)) return;
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    loader().catch((err) => console.error(`[peerkit] could not load <${tag}>`, err));
  };
  const found = () => document.getElementsByTagName(tag).length > 0;
  if (found()) {
    load();
    return;
  }
  const observer =
    typeof MutationObserver === 'undefined'
      ? undefined
      : new MutationObserver(() => {
          if (found()) load();
        });
  observer?.observe(document.documentElement, {childList: true, subtree: true});
}
