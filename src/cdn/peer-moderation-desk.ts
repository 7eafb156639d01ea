/** CDN entry: only <peer-moderation-desk> (and <peer-config>), with a ContextRoot. */
import {attachContextRoot} from '../core/context-root.js';
import '../elements/config/peer-config.js';
import '../elements/moderation-desk/peer-moderation-desk.js';

attachContextRoot();
