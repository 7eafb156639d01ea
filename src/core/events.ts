/**
 * Every event peerkit's elements fire, with its `detail`, in one map: `PeerElement.emit` takes only
 * these names and details, and the map is merged into `HTMLElementEventMap`, so
 * `finder.addEventListener('peer-meeting-open', (e) => e.detail.meeting)` is typed for TypeScript
 * users (and React and Vue wrappers that read the map). All bubble and are composed; only
 * `peer-quick-exit` is cancelable. The custom elements manifest lists them per element (`@fires`).
 */
import type {FeedIssue, FeedWarning, Meeting, MergedMeeting} from '../model/meeting.js';
import type {FilterAttributes} from '../elements/meeting-finder/filters.js';
import type {ResourceIssue} from '../model/resource.js';
import type {Story, StoryIssue} from '../model/story.js';
import type {ServiceReport} from '../sources/service-report.js';

/** `peer-filters-change` from a meeting finder: its filter attributes, view and favourites-only. */
export interface MeetingFiltersDetail extends FilterAttributes {
  view?: string;
  favourites: boolean;
}

/** `peer-filters-change` from a resource directory. */
export interface DirectoryFiltersDetail {
  query?: string;
  category?: string;
  near?: string;
  radius?: number;
  openNow: boolean;
  language?: string;
  cost?: string;
}

export interface PeerEventDetails {
  /**
   * Records a load skipped (and, from the finder, problems that skipped nothing, and records left
   * out because another feed lists the same meeting).
   */
  'peer-feed-issues': {issues: readonly (FeedIssue | ResourceIssue | StoryIssue)[]; warnings?: readonly FeedWarning[]; merged?: readonly MergedMeeting[]};
  'peer-filters-change': MeetingFiltersDetail | DirectoryFiltersDetail;
  'peer-meeting-open': {meeting: Meeting};
  'peer-saved-change': {ids: string[]};
  'peer-report': ServiceReport;
  /** Cancelable: cancel it to handle the exit yourself. */
  'peer-quick-exit': {url: string};
  'peer-question-submit': {topic?: string; publishOk: boolean};
  'peer-receipt': {receipt: string};
  'peer-story-change': {index: number; story: Story | undefined};
  /** The outbox item's id. */
  'peer-story-submit': {id: string};
  'peer-story-withdrawn': undefined;
  'peer-story-close': undefined;
  'peer-moderation-action': {type: 'question' | 'story'; id: string | number; action: string};
}

export type PeerEventName = keyof PeerEventDetails;

/** Each event as the DOM delivers it. */
export type PeerEventMap = {[K in PeerEventName]: CustomEvent<PeerEventDetails[K]>};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PeerEventMap {}
}
