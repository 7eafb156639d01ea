/**
 * The finder's map as a reactive controller: the map chunk (Leaflet) is fetched only once the view
 * is the map, built in the host's `.map-canvas`, kept up to date with the results after every
 * update, rebuilt when the canvas is replaced, and destroyed when the view leaves the map or the
 * host leaves the page. A failed chunk shows an error with a retry (`retry`).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {retryableImport} from '../../core/lazy-import.js';
import type {LatLng} from '../../model/geo.js';
import type {Occurrence} from '../../model/meeting.js';
import type {MeetingMap, MeetingMapOptions} from './map.js';

const loadMapChunk = retryableImport(() => import('./map.js'));

/** `no-tiles`: the map is up, but none of its tiles could be loaded. */
export type MapState = 'idle' | 'ready' | 'no-tiles' | 'error';

export interface MapViewHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface MapViewOptions {
  /** The map is the view (and there is something to show). */
  shown: () => boolean;
  results: () => Occurrence[];
  near: () => LatLng | undefined;
  /** The map's options, when it is built (`onTiles` is the controller's). */
  options: () => Omit<MeetingMapOptions, 'onTiles'>;
  failed: (error: unknown) => void;
}

export class MapViewController implements ReactiveController {
  state: MapState = 'idle';
  /** The map chunk's own strings (the tiles message), once it is here. */
  text?: typeof import('./map.js').mapText;
  private map?: MeetingMap;
  private load?: Promise<void>;
  private canvas?: HTMLElement;

  constructor(
    private readonly host: MapViewHost,
    private readonly options: MapViewOptions,
  ) {
    host.addController(this);
  }

  private set(state: MapState) {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.options.shown()) this.ensure();
    else if (this.map || this.load) this.destroy();
    this.map?.update(this.options.results(), this.options.near());
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** After a failure: the next update asks for the chunk again. */
  retry(): void {
    this.load = undefined;
    this.canvas = undefined;
    this.set('idle');
  }

  private destroy() {
    this.map?.destroy();
    this.map = undefined;
    this.load = undefined;
    this.canvas = undefined;
    this.state = 'idle';
  }

  private ensure() {
    const container = this.host.renderRoot.querySelector<HTMLElement>('.map-canvas');
    if (!container) return;
    // The canvas is replaced when the view leaves the map for a moment (no results, a BMLT
    // re-fetch): the old map went with it, so build a new one in the new canvas.
    if (this.load && container === this.canvas) return;
    this.map?.destroy();
    this.map = undefined;
    this.canvas = container;
    this.load = loadMapChunk()
      .then(({createMap, mapText}) => {
        if (!this.options.shown() || !container.isConnected || container !== this.canvas) return;
        this.text = mapText;
        this.map = createMap(container, this.host.renderRoot as ShadowRoot, {...this.options.options(), onTiles: (ok) => this.set(ok ? 'ready' : 'no-tiles')});
        this.map.update(this.options.results(), this.options.near());
        this.set('ready');
      })
      .catch((err) => {
        this.options.failed(err);
        this.set('error');
      });
  }
}
