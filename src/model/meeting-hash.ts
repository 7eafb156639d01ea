/**
 * A meeting's deep link: the URL fragment `#<prefix>meeting=<encodeURIComponent(meeting.id)>` (the
 * contract is in `meeting-links.ts`, which re-exports these). A module of its own so the finder's
 * first load, which opens a deep link, does not carry every other link the details offer.
 */
/** `#<prefix>meeting=<id>`: `#meeting=0%3Aslug`, or `#mf-meeting=0%3Aslug` with prefix `mf-`. */
export function meetingHash(meetingId: string, prefix = ''): string {
  return `#${prefix}meeting=${encodeURIComponent(meetingId)}`;
}

/** The meeting id a fragment names for this finder (`prefix` as in `meetingHash`), else undefined. */
export function meetingIdFromHash(hash: string, prefix = ''): string | undefined {
  const key = `${prefix}meeting`;
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const v = params.get(key);
  return v ? v : undefined;
}

/** The page URL with its fragment replaced by the meeting's deep link. */
export function shareUrl(pageUrl: string, meetingId: string, prefix = ''): string {
  const url = new URL(pageUrl);
  url.hash = meetingHash(meetingId, prefix);
  return url.href;
}
