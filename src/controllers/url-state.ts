import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * An element's namespace in the page URL (query parameters and deep-link hashes): its id, else the
 * widget's short name (`mf`, `rd`), numbered by its place among the same widgets without an id on
 * the page (`mf-`, `mf2-`, `mf3-`…). Two widgets on one page never overwrite each other's state.
 */
export function urlPrefix(el: Element, short: string): string {
  if (el.id) return `${el.id}-`;
  const n = [...document.querySelectorAll(`${el.localName}:not([id])`)].indexOf(el) + 1;
  return n > 1 ? `${short}${n}-` : `${short}-`;
}

/** The values of `keys` under `prefix` in a URL (absent keys are left out). */
export function readParams<K extends string>(prefix: string, keys: readonly K[], href = location.href): Partial<Record<K, string>> {
  const params = new URL(href).searchParams;
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = params.get(prefix + k);
    if (v !== null) out[k] = v;
  }
  return out;
}

/** Replaces the values of `keys` under `prefix` (empty = removed), keeping every other parameter and the hash; no new history entry. */
export function writeParams<K extends string>(prefix: string, keys: readonly K[], values: Partial<Record<K, string | undefined>>): void {
  const url = new URL(location.href);
  for (const k of keys) {
    const v = values[k];
    if (v) url.searchParams.set(prefix + k, v);
    else url.searchParams.delete(prefix + k);
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
}

export interface UrlStateOptions<K extends string> {
  /** The widget's short name, for elements without an id (`mf` → `mf-day`). */
  short: string;
  /** The keys kept in the URL, without the prefix. */
  keys: readonly K[];
  /** Whether the host syncs at all (its `sync-url` attribute). */
  enabled: () => boolean;
  /** Takes the values found in the URL, once, when the host first connects: they are the visitor's last search and win over attributes. */
  apply: (values: Partial<Record<K, string>>) => void;
}

/**
 * Filter state in the page URL (`sync-url`), per instance: read once when the host first connects,
 * written with `history.replaceState` (a keystroke adds no history entry), so a search can be
 * bookmarked or shared and two widgets on one page keep their own.
 */
export class UrlStateController<K extends string> implements ReactiveController {
  private read = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: UrlStateOptions<K>,
  ) {
    host.addController(this);
  }

  /** This instance's namespace (see `urlPrefix`). */
  get prefix(): string {
    return urlPrefix(this.host, this.options.short);
  }

  hostConnected(): void {
    if (this.read || !this.options.enabled()) return;
    this.read = true;
    this.options.apply(readParams(this.prefix, this.options.keys));
  }

  /** Writes the host's values (nothing when it does not sync). */
  write(values: Partial<Record<K, string | undefined>>): void {
    if (this.options.enabled()) writeParams(this.prefix, this.options.keys, values);
  }
}
