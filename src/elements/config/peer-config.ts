import {defineElement} from '../../core/define.js';
import {PeerConfigElement} from './config.js';

export {PeerConfigElement};
defineElement('peer-config', PeerConfigElement);

declare global {
  interface HTMLElementTagNameMap {
    'peer-config': PeerConfigElement;
  }
}
