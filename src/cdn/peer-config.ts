/** CDN entry: only <peer-config> (and <peer-config>), with a ContextRoot. */
import {attachContextRoot} from '../core/context-root.js';
import '../elements/config/peer-config.js';

attachContextRoot();
