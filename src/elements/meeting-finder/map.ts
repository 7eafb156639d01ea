/**
 * The map view: a lazy chunk (`import('./map.js')`) holding Leaflet and its CSS, loaded only when
 * the visitor opens the map. Nothing here runs, and no tile is requested, before that. Leaflet's CSS
 * goes into the finder's shadow root (an adopted style sheet), never into the page. One pin per
 * location, labelled with how many meetings meet there; its popup lists them as buttons that open
 * the details.
 */
// The prelude first: it lets Leaflet load on pages that enforce Trusted Types (see leaflet-prelude.ts).
import {endLeafletPrelude} from './leaflet-prelude.js';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import type {Occurrence} from '../../model/meeting.js';
import type {MeetingFinderStrings} from '../../locales/en/meeting-finder.js';
import type {MeetingExtrasStrings} from '../../locales/en/meeting-extras.js';
import {meetingExtras} from '../../locales/tables/meeting-extras.js';
import type {I18n} from '../../core/i18n.js';
import {localAddress} from '../../model/address.js';

endLeafletPrelude();

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

// Leaflet writes its zoom buttons, the popups' close button and the attribution as HTML strings
// (`innerHTML`), which a page enforcing Trusted Types refuses. These subclasses build the same
// elements with the DOM; nothing of ours or of a feed ever goes through an HTML sink.
const span = (text: string) => {
  const s = document.createElement('span');
  s.setAttribute('aria-hidden', 'true');
  s.textContent = text;
  return s;
};
const Zoom = L.Control.Zoom.extend({
  _createButton(this: L.Control.Zoom & {_refocusOnMap(): void}, text: string, title: string, className: string, container: HTMLElement, fn: () => void) {
    const link = L.DomUtil.create('a', className, container);
    link.append(span(text));
    link.href = '#';
    link.title = title;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-label', title);
    L.DomEvent.disableClickPropagation(link);
    L.DomEvent.on(link, 'click', L.DomEvent.stop);
    L.DomEvent.on(link, 'click', fn, this);
    L.DomEvent.on(link, 'click', this._refocusOnMap, this);
    return link;
  },
}) as unknown as new (options: L.Control.ZoomOptions) => L.Control.Zoom;
const Popup = L.Popup.extend({
  _initLayout(this: L.Popup & {_container: HTMLElement; _closeButton?: HTMLElement}) {
    const wanted = this.options.closeButton;
    this.options.closeButton = false;
    (L.Popup.prototype as unknown as {_initLayout(): void})._initLayout.call(this);
    this.options.closeButton = wanted;
    if (!wanted) return;
    const b = (this._closeButton = L.DomUtil.create('a', 'leaflet-popup-close-button', this._container));
    b.setAttribute('role', 'button');
    b.setAttribute('aria-label', 'Close popup');
    b.href = '#close';
    b.append(span('×'));
    L.DomEvent.on(b, 'click', (ev) => {
      L.DomEvent.preventDefault(ev);
      this.close();
    });
  },
}) as unknown as new (options?: L.PopupOptions) => L.Popup;
/** The attribution as DOM: `© OpenStreetMap contributors` for the default tiles, nothing for others. */
const Attribution = L.Control.extend({
  onAdd(this: L.Control & {options: {contributors: string}}) {
    const div = L.DomUtil.create('div', 'leaflet-control-attribution');
    const a = document.createElement('a');
    a.href = 'https://www.openstreetmap.org/copyright';
    a.textContent = 'OpenStreetMap';
    div.append('© ', a, ` ${this.options.contributors}`);
    L.DomEvent.disableClickPropagation(div);
    return div;
  },
}) as unknown as new (options: L.ControlOptions & {contributors: string}) => L.Control;

export interface MeetingMapOptions {
  tileUrl?: string;
  /** The finder's strings in the visitor's language (zoom buttons, attribution). */
  text: Pick<MeetingFinderStrings, 'zoomIn' | 'zoomOut' | 'mapContributors'>;
  /** The finder's language, for the map's own strings (meeting-extras, which come with this chunk). */
  i18n: I18n;
  /** "Close", for the popups' close button. */
  close: string;
  groupLabel: (n: number) => string;
  describe: (o: Occurrence) => string;
  onSelect: (o: Occurrence) => void;
  /** Called with false when no tile of a view could be loaded (tiles unreachable), true when tiles load again. */
  onTiles?: (ok: boolean) => void;
}

/** The map's strings in the finder's language (their English comes with this chunk). */
export function mapText(i18n: I18n): MeetingExtrasStrings {
  return i18n.pick(meetingExtras);
}

export interface MeetingMap {
  /** Pins for the results; `near` (the point "Near me" or a place search set) gets its own mark. */
  update(results: Occurrence[], near?: {lat: number; lng: number}): void;
  destroy(): void;
}

const extraCss = `
.leaflet-container { font: inherit; background: var(--_surface); }
.mf-pin { display: grid; place-items: center; border-radius: 50%; background: var(--_accent); color: var(--_accent-text);
  border: 2px solid var(--_bg); font-weight: 700; font-size: 0.85em; box-shadow: var(--_shadow); }
.mf-pin:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.leaflet-popup-content-wrapper, .leaflet-popup-tip { background: var(--_bg); color: var(--_text); }
.mf-popup { margin: 0; padding: 0; list-style: none; display: grid; gap: 0.25em; max-block-size: 14em; overflow-y: auto; }
.mf-popup button { min-block-size: 2em; text-align: start; border: 0; background: none; color: var(--_accent); text-decoration: underline; padding: 0; cursor: pointer; font: inherit; }
.mf-popup small { display: block; color: var(--_muted); }
.mf-you { border-radius: 50%; background: var(--_danger); border: 3px solid var(--_bg); box-shadow: 0 0 0 2px var(--_danger); }
/* Leaflet's attribution is grey on translucent white with links told apart by colour alone
   (axe: link-in-text-block): our colours on our background, the link underlined. */
.leaflet-container .leaflet-control-attribution { background: var(--_bg); color: var(--_text); }
.leaflet-container .leaflet-control-attribution a { color: var(--_accent); text-decoration: underline; }
/* Right to left: the popup's text starts on the right and its close button sits on the left (Leaflet
   writes left and right; the map itself, its panes and pins, stay physical). */
.leaflet-popup-content-wrapper { text-align: start; }
.leaflet-popup-content { margin-inline: 20px 24px; }
.leaflet-container a.leaflet-popup-close-button { inset-inline: auto 0; }
`;

/** Where the controls go: the zoom at the top of the inline start, the attribution at the bottom of the end. */
const corners = (rtl: boolean) => ({zoom: rtl ? 'topright' : 'topleft', attribution: rtl ? 'bottomleft' : 'bottomright'}) as const;

let sheet: CSSStyleSheet | undefined;
function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(leafletCss + extraCss);
  }
  return sheet;
}

export function createMap(container: HTMLElement, root: ShadowRoot, options: MeetingMapOptions): MeetingMap {
  const css = styleSheet();
  if (!root.adoptedStyleSheets.includes(css)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, css];
  // prefers-reduced-motion: no animated zoom, fade or pan (Leaflet animates in script, which the
  // theme's CSS rule cannot stop).
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(container, {scrollWheelZoom: false, attributionControl: false, zoomControl: false, zoomAnimation: animate, fadeAnimation: animate, markerZoomAnimation: animate});
  // The controls mirror with the finder's direction (`dir` on the host, or inherited from the page).
  const isRtl = () => container.matches(':dir(rtl)');
  let rtl = isRtl();
  const zoom = new Zoom({position: corners(rtl).zoom, zoomInTitle: options.text.zoomIn, zoomOutTitle: options.text.zoomOut, zoomInText: '+', zoomOutText: '\u2212'}).addTo(map);
  const tileUrl = options.tileUrl || DEFAULT_TILE_URL;
  const tiles = L.tileLayer(tileUrl, {maxZoom: 19}).addTo(map);
  const attribution = tileUrl === DEFAULT_TILE_URL ? new Attribution({position: corners(rtl).attribution, contributors: options.text.mapContributors}).addTo(map) : undefined;
  const mirror = () => {
    if (isRtl() === rtl) return;
    rtl = !rtl;
    zoom.setPosition(corners(rtl).zoom);
    attribution?.setPosition(corners(rtl).attribution);
  };
  // Tiles unreachable (offline, blocked, a wrong tile-url): the map would be a blank panel; say so.
  let loaded = 0;
  let failed = 0;
  let ok: boolean | undefined;
  const report = (value: boolean) => {
    if (value !== ok) options.onTiles?.((ok = value));
  };
  tiles.on('tileload', () => {
    loaded++;
    report(true);
  });
  tiles.on('tileerror', () => failed++);
  tiles.on('load', () => {
    if (!loaded && failed) report(false);
    loaded = failed = 0;
  });
  // A popup opened from the keyboard takes focus to its first meeting (it sits after every pin in
  // the tab order), and its close button speaks the visitor's language.
  map.on('popupopen', (e: L.PopupEvent) => {
    const el = e.popup.getElement();
    el?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', options.close);
    el?.querySelector<HTMLElement>('.mf-popup button')?.focus();
  });
  const pins = L.layerGroup().addTo(map);
  let last: Occurrence[] | undefined;
  let lastNear: string | undefined;

  const update = (results: Occurrence[], near?: {lat: number; lng: number}) => {
    mirror();
    const nearKey = near ? `${near.lat},${near.lng}` : undefined;
    if (results === last && nearKey === lastNear) return;
    last = results;
    lastNear = nearKey;
    pins.clearLayers();
    const groups = new Map<string, {lat: number; lng: number; items: Occurrence[]}>();
    for (const o of results) {
      const m = o.meeting;
      if (m.approximate || m.latitude === undefined || m.longitude === undefined) continue;
      const key = `${m.latitude.toFixed(5)},${m.longitude.toFixed(5)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = {lat: m.latitude, lng: m.longitude, items: []}));
      g.items.push(o);
    }
    const bounds: [number, number][] = [];
    for (const g of groups.values()) {
      const count = document.createElement('span');
      count.textContent = String(g.items.length);
      count.setAttribute('aria-hidden', 'true');
      const first = g.items[0].meeting;
      const place = first.location || (first.address ? localAddress(first.address, options.i18n.tag) : '');
      const label = place ? `${place} — ${options.groupLabel(g.items.length)}` : options.groupLabel(g.items.length);
      const marker = L.marker([g.lat, g.lng], {
        icon: L.divIcon({className: 'mf-pin', html: count, iconSize: [30, 30]}),
        title: label,
        keyboard: true,
      });
      marker.bindPopup(new Popup().setContent(() => popup(g.items, options)));
      // The pin is a button (Leaflet gives it role="button"): its name is the place and the count.
      // (Its element exists once the map has a view: on the first update, after fitBounds below.)
      marker.on('add', () => marker.getElement()?.setAttribute('aria-label', label));
      marker.addTo(pins);
      bounds.push([g.lat, g.lng]);
    }
    if (near) {
      // The visitor's own point, after "Near me" or a place search: a mark of its own, not a button.
      const you = L.marker([near.lat, near.lng], {
        // An element, not an HTML string: pages that enforce Trusted Types refuse strings.
        icon: L.divIcon({className: 'mf-you', html: document.createElement('span'), iconSize: [18, 18]}),
        keyboard: false,
        interactive: false,
        zIndexOffset: -100,
      });
      you.on('add', () => {
        const el = you.getElement();
        el?.setAttribute('role', 'img');
        el?.setAttribute('aria-label', mapText(options.i18n).mapSearchPoint);
      });
      you.addTo(pins);
      bounds.push([near.lat, near.lng]);
    }
    if (bounds.length) map.fitBounds(bounds, {padding: [24, 24], maxZoom: 15, animate});
    else map.setView([20, 0], 2, {animate});
  };

  return {
    update,
    destroy() {
      // Leaflet ends a zoom animation on a 250 ms timer that outlives remove() and then throws
      // (reading `_leaflet_pos` of the removed pane): mark the animation as over first.
      (map as unknown as {_animatingZoom: boolean})._animatingZoom = false;
      map.remove();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== css);
    },
  };
}

function popup(items: Occurrence[], options: MeetingMapOptions): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'mf-popup';
  for (const o of items) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    // A feed's name keeps its own direction (an English name in an Arabic finder).
    const name = document.createElement('bdi');
    name.textContent = o.meeting.name;
    b.append(name);
    // Focus comes back here when the details close.
    b.dataset.id = o.meeting.id;
    b.addEventListener('click', () => options.onSelect(o));
    const small = document.createElement('small');
    small.textContent = options.describe(o);
    li.append(b, small);
    list.append(li);
  }
  return list;
}
