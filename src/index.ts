/**
 * peerkit: classes and types only. Importing this module registers nothing; import
 * `peerkit/define` (or one `peerkit/peer-*` entry) to register the elements.
 */
export {PeerElement} from './core/peer-element.js';
export {configContext, type PeerConfig, type Theme} from './core/context.js';
export {attachContextRoot} from './core/context-root.js';
export {defineElement, lazyDefine} from './core/define.js';
export {request, getJson, apiUrl, PeerFetchError, type FetchResult, type FetchErrorKind, type RequestOptions} from './core/fetch.js';
export {Outbox, type OutboxItem, type OutboxStatus, type OutboxOptions} from './core/outbox.js';
export {LANGS, resolveLocale, type Lang, type Locale, type StringOverrides} from './core/i18n.js';
export {LANGUAGE_NAMES, languageChoices, languageCode, type LanguageChoice} from './model/language-names.js';
export type {PeerEventMap, PeerEventDetails, PeerEventName, MeetingFiltersDetail, DirectoryFiltersDetail} from './core/events.js';
export {PeerConfigElement} from './elements/config/config.js';
export {PeerMeetingFinder} from './elements/meeting-finder/meeting-finder.js';
export {PeerResourceDirectory} from './elements/resource-directory/resource-directory.js';
export {PeerQuestionBox} from './elements/question-box/question-box.js';
export {PeerStoryCarousel} from './elements/story-carousel/story-carousel.js';
export {PeerModerationDesk} from './elements/moderation-desk/moderation-desk.js';
