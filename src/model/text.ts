/** Text helpers shared by adapters and elements: folding for search, safe URLs, plain text from HTML. */

/** Letters with no decomposition to strip an accent from, spelled as a search would type them. */
const LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'l', ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
  đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', ı: 'i', þ: 'th', Þ: 'th',
};
const LETTER = /[łŁßẞøØæÆœŒđĐðÐıþÞ]/g;
const NOT_ASCII = /[^\0-\x7f]/;

/**
 * Lower-cases and strips accents, so "Reunión" matches "reunion" and "Łódź" matches "lodz":
 * combining marks are removed after NFD, and letters that do not decompose (ł, ß, ø, æ, œ, đ, ı,
 * þ, ð) become their plain spelling. ASCII text is only lower-cased.
 */
export function fold(s: string): string {
  if (!NOT_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(LETTER, (c) => LETTERS[c])
    .toLowerCase();
}

/** Splits a query into folded words. */
export function queryWords(q: string | undefined | null): string[] {
  return q ? fold(q).split(/\s+/).filter(Boolean) : [];
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/** A URL from data, or undefined unless it is http(s), mailto, tel or sms (never `javascript:`). */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'"};

/**
 * Plain text from a field that may hold HTML (feeds do): tags removed (block tags become line
 * breaks), entities decoded, whitespace tidied. The result is still rendered as text, never as HTML.
 */
export function plainText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  let s = String(value);
  if (/[<&]/.test(s)) {
    s = s
      .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
      .replace(/<\s*br\s*\/?>/gi, '\n')
      .replace(/<\s*\/\s*(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
      .replace(/<\s*li[^>]*>/gi, '• ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (m, e: string) => {
        if (e[0] === '#') {
          const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
        }
        return ENTITIES[e.toLowerCase()] ?? m;
      });
  }
  s = s.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return s || undefined;
}
