/**
 * The parts that draw the stories, a chunk of their own: there is nothing for them to draw before
 * the stories arrive, so they load with the stories' reader, not in the carousel's first load.
 */
export {hasControl, renderStory, storyLevel} from './story.js';
export {renderCarousel} from './carousel.js';
export {renderList} from './list.js';
export {renderFooter} from './footer.js';
