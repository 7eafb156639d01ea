import {defineElement} from '../../core/define.js';
import {PeerStoryShare} from './story-share.js';

export {PeerStoryShare};
defineElement('peer-story-share', PeerStoryShare);

declare global {
  interface HTMLElementTagNameMap {
    'peer-story-share': PeerStoryShare;
  }
}
