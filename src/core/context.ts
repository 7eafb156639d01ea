import {createContext} from '@lit/context';
import type {StringOverrides} from './i18n.js';

export type Theme = 'auto' | 'light' | 'dark';

/** What `<peer-config>` provides to every peerkit element inside it. */
export interface PeerConfig {
  /** Base URL of a peerkit reference server (e.g. `https://example.org/api`). */
  api?: string;
  lang?: string;
  /** The site's rewording for every element inside (the elements' own `strings` win). */
  strings?: StringOverrides;
  theme?: Theme;
  /** Default IANA time zone for data that carries none. */
  timezone?: string;
}

export const configContext = createContext<PeerConfig>(Symbol.for('peerkit/config'));
