/**
 * The one-tag CDN bundle. It registers `<peer-config>` at once and every other element lazily: an
 * element's code is fetched the first time the page contains its tag (now or later), so a clinic
 * page with one meeting finder loads the core and the finder, never the carousel or the desk.
 * A ContextRoot lets elements that upgrade late still find their `<peer-config>`.
 */
import {attachContextRoot} from './core/context-root.js';
import {lazyDefine} from './core/define.js';
import './elements/config/peer-config.js';

attachContextRoot();
lazyDefine('peer-meeting-finder', () => import('./elements/meeting-finder/peer-meeting-finder.js'));
lazyDefine('peer-resource-directory', () => import('./elements/resource-directory/peer-resource-directory.js'));
lazyDefine('peer-question-box', () => import('./elements/question-box/peer-question-box.js'));
lazyDefine('peer-story-carousel', () => import('./elements/story-carousel/peer-story-carousel.js'));
lazyDefine('peer-moderation-desk', () => import('./elements/moderation-desk/peer-moderation-desk.js'));
