import {defineElement} from '../../core/define.js';
import {PeerQuestionBox} from './question-box.js';

export {PeerQuestionBox};
defineElement('peer-question-box', PeerQuestionBox);

declare global {
  interface HTMLElementTagNameMap {
    'peer-question-box': PeerQuestionBox;
  }
}
