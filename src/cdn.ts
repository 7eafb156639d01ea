/**
 * The one-tag CDN bundle: every visitor-facing element, registered, with a ContextRoot so elements
 * that upgrade late still find their `<peer-config>`. The moderation desk is staff-only and heavy,
 * so it loads as its own chunk, only on a page that has a `<peer-moderation-desk>`.
 */
import {attachContextRoot} from './core/context-root.js';
import {lazyDefine} from './core/define.js';
import './elements/config/peer-config.js';
import './elements/meeting-finder/peer-meeting-finder.js';
import './elements/resource-directory/peer-resource-directory.js';
import './elements/question-box/peer-question-box.js';
import './elements/story-carousel/peer-story-carousel.js';

attachContextRoot();
lazyDefine('peer-moderation-desk', () => import('./elements/moderation-desk/peer-moderation-desk.js'));
