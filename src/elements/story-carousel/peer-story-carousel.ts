import {defineElement} from '../../core/define.js';
import {PeerStoryCarousel} from './story-carousel.js';

export {PeerStoryCarousel};
defineElement('peer-story-carousel', PeerStoryCarousel);

declare global {
  interface HTMLElementTagNameMap {
    'peer-story-carousel': PeerStoryCarousel;
  }
}
