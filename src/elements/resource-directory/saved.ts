/**
 * The visitor's saved list: service ids in localStorage (this device only, no account), and share
 * links that carry only those ids in the URL fragment (`#saved=id1,id2`), which never reaches a server.
 */
const KEY = 'peerkit:resource-directory:saved';

export function loadSaved(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function storeSaved(ids: string[]): void {
  try {
    if (ids.length) localStorage.setItem(KEY, JSON.stringify(ids));
    else localStorage.removeItem(KEY);
  } catch {
    /* storage disabled (private mode): the list lives for this page only */
  }
}

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
export function shareLink(ids: string[], href = location.href): string {
  const url = new URL(href);
  url.hash = 'saved=' + ids.map(encodeURIComponent).join(',');
  return url.href;
}
