/**
 * The visitor's saved list: service ids in localStorage (this device only, no account), and share
 * links that carry only those ids in the URL fragment (`#saved=id1,id2`), which never reaches a server.
 */
/** The saved lists' key prefix (`DeviceListController`): one list per directory source, `<prefix>:<src>`. */
export const SAVED_KEY = 'peerkit:resource-directory:saved';

/** The ids in a `#saved=a,b` fragment, or undefined when the fragment is not a shared list. */
export function sharedIds(hash: string): string[] | undefined {
  const m = hash.match(/(?:^#|&)saved=([^&]*)/);
  if (!m) return undefined;
  return [
    ...new Set(
      m[1]
        .split(',')
        .map((s) => {
          try {
            return decodeURIComponent(s).trim();
          } catch {
            return '';
          }
        })
        .filter(Boolean),
    ),
  ].slice(0, 200);
}

/** This page's address with the fragment replaced by the list of ids. */
export function shareLink(ids: readonly string[], href = location.href): string {
  const url = new URL(href);
  url.hash = 'saved=' + ids.map(encodeURIComponent).join(',');
  return url.href;
}
