/**
 * Typed failures of a whole meeting feed. `MeetingFeedError` is a `PeerFetchError` of kind
 * `parse` (not JSON) or `invalid` (not a meeting list), so `PeerElement.renderError()` already shows
 * the translated "could not be read" message with a retry button; `reason` tells the cases apart.
 */
import {PeerFetchError} from '../core/fetch.js';

export type MeetingFeedErrorReason = 'not-json' | 'not-array' | 'unknown-shape' | 'no-source';

export class MeetingFeedError extends PeerFetchError {
  readonly reason: MeetingFeedErrorReason;
  /** The feed URL. */
  readonly feed: string;
  constructor(reason: MeetingFeedErrorReason, feed: string, message?: string) {
    super(reason === 'not-json' ? 'parse' : 'invalid', message ?? defaultMessage(reason, feed));
    this.name = 'MeetingFeedError';
    this.reason = reason;
    this.feed = feed;
  }
}

function defaultMessage(reason: MeetingFeedErrorReason, feed: string): string {
  switch (reason) {
    case 'not-json':
      return `The feed is not JSON: ${feed}`;
    case 'not-array':
      return `The feed is not a list of meetings (a JSON array was expected): ${feed}`;
    case 'unknown-shape':
      return `The response is neither a Meeting Guide feed nor a BMLT result: ${feed}`;
    case 'no-source':
      return 'No meeting feed URL was given.';
  }
}
