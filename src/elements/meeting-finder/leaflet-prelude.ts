/**
 * Imported by map.ts just before Leaflet, so that Leaflet's module can be evaluated on a page that
 * enforces Trusted Types (`require-trusted-types-for 'script'`): while it loads, Leaflet tests
 * whether the HTML parser makes SVG elements with `div.innerHTML = '<svg/>'`, a string into an
 * HTML sink, which such a page refuses (the whole map chunk would fail). For exactly that string,
 * and only until map.ts runs (`endLeafletPrelude()`, in the same synchronous module evaluation),
 * a `<div>` gets the same SVG element built with the DOM instead. Every other value goes to the
 * browser's own setter. The rest of what Leaflet would write as HTML (zoom buttons, the popup's
 * close button, the attribution) map.ts builds with the DOM.
 */
const proto = HTMLDivElement.prototype;
const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
let installed = false;
if (inner?.set && inner.get && !Object.getOwnPropertyDescriptor(proto, 'innerHTML')) {
  const {get, set} = inner;
  Object.defineProperty(proto, 'innerHTML', {
    configurable: true,
    get(this: HTMLDivElement) {
      return get.call(this);
    },
    set(this: HTMLDivElement, value: unknown) {
      if (value === '<svg/>') this.replaceChildren(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      else set.call(this, value);
    },
  });
  installed = true;
}

/** Removes the stand-in (called by map.ts once Leaflet has loaded). */
export function endLeafletPrelude(): void {
  if (installed) delete (proto as {innerHTML?: string}).innerHTML;
  installed = false;
}
