/**
 * A JSON document read as it arrives. When the document is an array, its complete top-level items
 * are parsed and handed to `onItems` chunk by chunk, while the rest is still on the network, so
 * the work on a big feed is done by the time its last byte lands. Anything else (an object, a
 * document this scanner finds odd) is parsed whole at the end with `JSON.parse`, which then decides:
 * the stream never accepts a document `JSON.parse` would reject.
 *
 *   const reader = new JsonArrayReader((items) => adapter.push(items));
 *   for await (const chunk of body) reader.push(chunk);
 *   const result = reader.end(); // {streamed: true, count} or {streamed: false, value}; throws SyntaxError
 *
 * When `end()` says `streamed: false`, items handed over before (if any) must be forgotten: `value`
 * is the whole document.
 */
export type JsonStreamEnd = {streamed: true; count: number} | {streamed: false; value: unknown};

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const NON_SPACE = /\S/;

export class JsonArrayReader {
  /** Items handed over so far. */
  count = 0;
  private readonly onItems: (items: unknown[]) => void;
  private readonly decoder = new TextDecoder();
  /** Every decoded piece, for the whole-document fallback. */
  private readonly parts: string[] = [];
  private state: 'start' | 'array' | 'closed' | 'whole' = 'start';
  /** Text not yet handed over (in `array` state it begins just after `[` or after a top-level comma). */
  private buf = '';
  private scanned = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The current batch follows a top-level comma (so it may not be empty). */
  private afterComma = false;

  constructor(onItems: (items: unknown[]) => void) {
    this.onItems = onItems;
  }

  /** The next bytes of the document. */
  push(bytes: Uint8Array): void {
    this.feed(this.decoder.decode(bytes, {stream: true}));
  }

  /** The document is complete: hands over the last items, or parses the whole document. */
  end(): JsonStreamEnd {
    this.feed(this.decoder.decode());
    if (this.state === 'closed') return {streamed: true, count: this.count};
    // Not an array, cut short, or something the scanner would not vouch for: JSON.parse decides.
    const value: unknown = JSON.parse(this.parts.join(''));
    return {streamed: false, value};
  }

  private feed(text: string): void {
    if (!text) return;
    this.parts.push(text);
    if (this.state === 'whole') return;
    if (this.state === 'closed') {
      if (NON_SPACE.test(text)) this.state = 'whole';
      return;
    }
    this.buf += text;
    if (this.state === 'start') {
      const at = this.buf.search(NON_SPACE);
      if (at < 0) return;
      if (this.buf.charCodeAt(at) !== OPEN_BRACKET) {
        this.state = 'whole';
        this.buf = '';
        return;
      }
      this.state = 'array';
      this.buf = this.buf.slice(at + 1);
      this.depth = 1;
    }
    this.scan();
  }

  private scan(): void {
    const s = this.buf;
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    let boundary = -1;
    let closedAt = -1;
    let i = this.scanned;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
      } else if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 0) {
          closedAt = i;
          break;
        }
        if (depth < 0) break;
      } else if (c === COMMA && depth === 1) boundary = i;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    if (closedAt >= 0 && s.charCodeAt(closedAt) !== CLOSE_BRACKET) {
      this.state = 'whole'; // `[1}`: JSON.parse words the error
      return;
    }
    if (closedAt >= 0) {
      // The array's closing bracket: the last batch, then only white space may follow.
      if (!this.handOver(s.slice(0, closedAt), true)) return;
      this.state = 'closed';
      const rest = s.slice(closedAt + 1);
      this.buf = '';
      if (NON_SPACE.test(rest)) this.state = 'whole';
      return;
    }
    if (boundary >= 0) {
      if (!this.handOver(s.slice(0, boundary), false)) return;
      this.buf = s.slice(boundary + 1);
      this.scanned = i - boundary - 1;
      this.afterComma = true;
    } else this.scanned = i;
  }

  /** Parses one batch of complete items (`a,b,c` without the brackets); false when it is not valid. */
  private handOver(batch: string, last: boolean): boolean {
    const empty = !NON_SPACE.test(batch);
    if (empty) {
      // `[]` is an empty array; `[,` `[1,,` `[1,]` are not JSON.
      if (this.afterComma || !last) this.state = 'whole';
      return this.state !== 'whole';
    }
    let items: unknown;
    try {
      items = JSON.parse(`[${batch}]`);
    } catch {
      this.state = 'whole';
      return false;
    }
    const list = items as unknown[];
    this.count += list.length;
    this.onItems(list);
    return true;
  }
}

/** Reads a response body through a `JsonArrayReader`. */
export async function readJsonArray(res: Response, onItems: (items: unknown[]) => void, signal?: AbortSignal): Promise<JsonStreamEnd> {
  const reader = new JsonArrayReader(onItems);
  if (!res.body) {
    reader.push(new Uint8Array(await res.arrayBuffer()));
    return reader.end();
  }
  const body = res.body.getReader();
  try {
    for (;;) {
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      const {done, value} = await body.read();
      if (done) break;
      reader.push(value);
    }
  } finally {
    body.releaseLock();
  }
  return reader.end();
}
