import {defineElement} from '../../core/define.js';
import {PeerMeetingFinder} from './meeting-finder.js';

export {PeerMeetingFinder};
defineElement('peer-meeting-finder', PeerMeetingFinder);

declare global {
  interface HTMLElementTagNameMap {
    'peer-meeting-finder': PeerMeetingFinder;
  }
}
