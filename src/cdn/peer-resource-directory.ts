/** CDN entry: only <peer-resource-directory> (and <peer-config>), with a ContextRoot. */
import {attachContextRoot} from '../core/context-root.js';
import '../elements/config/peer-config.js';
import '../elements/resource-directory/peer-resource-directory.js';

attachContextRoot();
