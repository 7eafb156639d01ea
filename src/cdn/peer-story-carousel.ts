/** CDN entry: only <peer-story-carousel> (and <peer-config>), with a ContextRoot. */
import {attachContextRoot} from '../core/context-root.js';
import '../elements/config/peer-config.js';
import '../elements/story-carousel/peer-story-carousel.js';

attachContextRoot();
