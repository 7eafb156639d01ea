/**
 * Whether a URL points at a BMLT root server rather than a JSON feed (`…/main_server`,
 * `client_interface`). Its own module: the finder reads it on every render to decide whether
 * filters go to the server, without loading the adapters' chunk.
 */
export function isBmltUrl(url: string): boolean {
  return /\/main_server\/?(?:[?#]|$)/i.test(url) || /client_interface/i.test(url);
}

/**
 * For a BMLT root server, the filters it can apply (days, attendance, types, distance) as one key:
 * a change fetches again with them as query parameters. Empty for JSON feeds, which are fetched
 * once and filtered in the page. `today`/`tomorrow` carry the visitor's weekday (`weekday`), so
 * the key changes at midnight; type codes map to format ids only once a response has listed the
 * formats (`formatsKnown`): then it fetches again.
 */
export function bmltRefetchKey(
  srcs: readonly string[],
  format: string,
  f: {day?: readonly (string | number)[]; attendance?: unknown; types?: unknown; near?: unknown; radius?: unknown; distanceUnit?: unknown},
  weekday: number,
  formatsKnown: boolean,
): string {
  if (!srcs.length || !(format === 'bmlt' || (format === 'auto' && srcs.some(isBmltUrl)))) return '';
  const today = f.day?.some((d) => typeof d === 'string') ? weekday : undefined;
  return JSON.stringify([f.day, today, f.attendance, f.types, !!f.types && formatsKnown, f.near && f.radius ? [f.near, f.radius, f.distanceUnit] : undefined]);
}
