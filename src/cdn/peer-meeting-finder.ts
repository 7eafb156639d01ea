/** CDN entry: only <peer-meeting-finder> (and <peer-config>), with a ContextRoot. */
import {attachContextRoot} from '../core/context-root.js';
import '../elements/config/peer-config.js';
import '../elements/meeting-finder/peer-meeting-finder.js';

attachContextRoot();
