/** Registers every peerkit element (guarded: a second copy of peerkit on the page warns, never throws). */
import './elements/config/peer-config.js';
import './elements/meeting-finder/peer-meeting-finder.js';
import './elements/resource-directory/peer-resource-directory.js';
import './elements/question-box/peer-question-box.js';
import './elements/story-carousel/peer-story-carousel.js';
import './elements/moderation-desk/peer-moderation-desk.js';
