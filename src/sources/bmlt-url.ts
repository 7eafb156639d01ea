/**
 * Whether a URL points at a BMLT root server rather than a JSON feed (`…/main_server`,
 * `client_interface`). Its own module: the finder reads it on every render to decide whether
 * filters go to the server, without loading the adapters' chunk.
 */
export function isBmltUrl(url: string): boolean {
  return /\/main_server\/?(?:[?#]|$)/i.test(url) || /client_interface/i.test(url);
}
