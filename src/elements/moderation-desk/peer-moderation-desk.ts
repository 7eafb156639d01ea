import {defineElement} from '../../core/define.js';
import {PeerModerationDesk} from './moderation-desk.js';

export {PeerModerationDesk};
defineElement('peer-moderation-desk', PeerModerationDesk);

declare global {
  interface HTMLElementTagNameMap {
    'peer-moderation-desk': PeerModerationDesk;
  }
}
