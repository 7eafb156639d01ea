import {defineElement} from '../../core/define.js';
import {PeerResourceDirectory} from './resource-directory.js';

export {PeerResourceDirectory};
defineElement('peer-resource-directory', PeerResourceDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'peer-resource-directory': PeerResourceDirectory;
  }
}
