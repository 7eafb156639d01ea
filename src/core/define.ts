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
 * tag is in the document (now or later). The all-in-one CDN bundle uses this for every element, so
 * a page pays only for the widgets it shows. One MutationObserver serves every pending tag.
 * (Elements inside another component's shadow root are not seen: import their own entry instead.)
 */
const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

function scan() {
  for (const [tag, loader] of pending) {
    if (customElements.get(tag)) {
      pending.delete(tag);
    } else if (document.getElementsByTagName(tag).length > 0) {
      pending.delete(tag);
      loader().catch((err) => console.error(`[peerkit] could not load <${tag}>`, err));
    }
  }
  if (!pending.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

export function lazyDefine(tag: string, loader: () => Promise<unknown>): void {
  if (customElements.get(tag) || pending.has(tag)) return;
  pending.set(tag, loader);
  scan();
  if (pending.size && !observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(scan);
    observer.observe(document.documentElement, {childList: true, subtree: true});
  }
}
