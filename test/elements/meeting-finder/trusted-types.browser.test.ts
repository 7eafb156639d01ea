import {expect} from '@open-wc/testing';
import {until} from '../../support/a11y.js';

/**
 * The finder's map on a page that enforces Trusted Types (`require-trusted-types-for 'script'`,
 * only Lit's own policy allowed): Leaflet loads, the pins, zoom buttons, attribution and a popup
 * with its close button appear, and the page records no violation and no error.
 */
describe('<peer-meeting-finder> map under Trusted Types', () => {
  it('shows the map, its controls and a popup without a single Trusted Types violation', async function () {
    this.timeout(60000);
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    frame.src = '/fake-api/trusted-types/map.html';
    document.body.append(frame);
    try {
      await until(() => frame.contentDocument?.querySelector('peer-meeting-finder')?.shadowRoot?.querySelector('.leaflet-container .mf-pin'), 'map with pins', 30000);
      const win = frame.contentWindow as unknown as {__report: {violations: string[]; errors: string[]}; trustedTypes?: unknown};
      const root = frame.contentDocument!.querySelector('peer-meeting-finder')!.shadowRoot!;
      // The page really enforces Trusted Types: a plain string into innerHTML is refused there.
      expect(() => {
        frame.contentDocument!.createElement('div').innerHTML = '<b>x</b>';
      }).to.throw(/TrustedHTML/);
      // The visitor's point (the page sets near) is built from an element too.
      expect(root.querySelector('.mf-you')).to.not.equal(null);
      expect(root.querySelector('.leaflet-control-zoom-in')!.textContent).to.equal('+');
      expect(root.querySelector('.leaflet-control-zoom-out')!.textContent).to.equal('\u2212');
      expect(root.querySelector('.leaflet-control-zoom-in span')!.getAttribute('aria-hidden')).to.equal('true');
      (root.querySelector('.mf-pin') as HTMLElement).click();
      await until(() => root.querySelector('.mf-popup button'), 'popup');
      const close = root.querySelector('.leaflet-popup-close-button') as HTMLAnchorElement;
      expect(close.getAttribute('role')).to.equal('button');
      expect(close.textContent).to.equal('×');
      close.click();
      await until(() => !root.querySelector('.mf-popup'), 'popup closed');
      // (The refused probe above is reported too, a moment later: only other violations count.)
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__report.violations.filter((v) => !v.includes('<b>x</b>'))).to.deep.equal([]);
      expect(win.__report.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('credits OpenStreetMap as text with a link when its tiles are used', async function () {
    this.timeout(60000);
    const {createMap} = await import('../../../src/elements/meeting-finder/map.js');
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const box = document.createElement('div');
    box.style.height = '300px';
    root.append(box);
    document.body.append(host);
    const map = createMap(box, root, {text: {zoomIn: 'Zoom in', zoomOut: 'Zoom out', mapContributors: 'contributors <b>'}, i18n: {lang: 'en', tag: 'en', dir: 'ltr', pick: (t) => t.en}, close: 'Close', groupLabel: (n) => `${n}`, describe: () => '', onSelect: () => {}});
    try {
      const attribution = root.querySelector('.leaflet-control-attribution')!;
      expect(attribution.textContent).to.equal('© OpenStreetMap contributors <b>');
      expect(attribution.querySelector('a')!.href).to.equal('https://www.openstreetmap.org/copyright');
      expect(attribution.querySelector('b')).to.equal(null);
    } finally {
      map.destroy();
      host.remove();
    }
  });
});
