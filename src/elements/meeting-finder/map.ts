/**
 * The map view: a lazy chunk (`import('./map.js')`) holding Leaflet and its CSS, loaded only when
 * the visitor opens the map. Nothing here runs, and no tile is requested, before that. Leaflet's CSS
 * goes into the finder's shadow root (an adopted style sheet), never into the page. One pin per
 * location, labelled with how many meetings meet there; its popup lists them as buttons that open
 * the details.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import type {Occurrence} from '../../model/meeting.js';

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface MeetingMapOptions {
  tileUrl?: string;
  label: string;
  groupLabel: (n: number) => string;
  describe: (o: Occurrence) => string;
  onSelect: (o: Occurrence) => void;
}

export interface MeetingMap {
  update(results: Occurrence[]): void;
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
`;

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
  const map = L.map(container, {scrollWheelZoom: false, attributionControl: true});
  const tileUrl = options.tileUrl || DEFAULT_TILE_URL;
  L.tileLayer(tileUrl, {
    maxZoom: 19,
    attribution: tileUrl === DEFAULT_TILE_URL ? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' : '',
  }).addTo(map);
  map.attributionControl.setPrefix(false);
  const pins = L.layerGroup().addTo(map);
  let last: Occurrence[] | undefined;

  const update = (results: Occurrence[]) => {
    if (results === last) return;
    last = results;
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
      const place = g.items[0].meeting.location || g.items[0].meeting.address || '';
      const marker = L.marker([g.lat, g.lng], {
        icon: L.divIcon({className: 'mf-pin', html: count, iconSize: [30, 30]}),
        title: `${place} — ${options.groupLabel(g.items.length)}`,
        alt: `${place} — ${options.groupLabel(g.items.length)}`,
        keyboard: true,
      });
      marker.bindPopup(() => popup(g.items, options));
      marker.addTo(pins);
      bounds.push([g.lat, g.lng]);
    }
    if (bounds.length) map.fitBounds(bounds, {padding: [24, 24], maxZoom: 15});
    else map.setView([20, 0], 2);
  };

  return {
    update,
    destroy() {
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
    b.textContent = o.meeting.name;
    b.addEventListener('click', () => options.onSelect(o));
    const small = document.createElement('small');
    small.textContent = options.describe(o);
    li.append(b, small);
    list.append(li);
  }
  return list;
}
