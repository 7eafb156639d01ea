/** CDN entry: only <peer-question-box> (and <peer-config>), with a ContextRoot. */
import {attachContextRoot} from '../core/context-root.js';
import '../elements/config/peer-config.js';
import '../elements/question-box/peer-question-box.js';

attachContextRoot();
