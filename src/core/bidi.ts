/**
 * Text of two directions on one line. A feed's words keep their own direction inside a widget of
 * the other (an English meeting name in an Arabic finder: `(AA)` stays after the name, a leading
 * `988` stays in front), and a phone number inside a translated sentence reads left to right.
 * Feed text goes in a `<bdi>` where it is rendered (its direction from its first strong letter),
 * so the line keeps the widget's alignment: an English note in an Arabic dialog starts on the right
 * like the headings around it.
 */
import {html, type TemplateResult} from 'lit';

/** `parts` each isolated in a `<bdi>`, `sep` between them (its direction is the widget's: `A › B` reads right to left in Arabic). */
export function joinIsolated(parts: readonly string[], sep: string): TemplateResult[] {
  return parts.map((p, i) => (i ? html`${sep}<bdi>${p}</bdi>` : html`<bdi>${p}</bdi>`));
}

/** A translated sentence around a feed's word (`s.by(name)`: "— Maya"), the word in a `<bdi>`. */
export function isolateIn(format: (value: string) => string, value: string): TemplateResult {
  const mark = '\uE000';
  const text = format(mark);
  const at = text.indexOf(mark);
  if (at < 0 || text.includes(mark, at + 1)) return html`${format(value)}`;
  return html`${text.slice(0, at)}<bdi>${value}</bdi>${text.slice(at + mark.length)}`;
}

/** Digits in any of the scripts peerkit writes (Latin, Arabic-Indic, Persian). */
const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
/** A phone number: groups of digits joined by `-`, `.` or a space, at least six digits in all (`116 123`), `+` allowed in front. */
const PHONE = new RegExp(`\\+?${D}+(?:[-. ]${D}+)+`, 'g');
const DIGIT = new RegExp(D, 'g');

/**
 * `text` with each phone number in it left to right (`<span dir="ltr">`). In an Arabic or Persian
 * sentence, `1-800-662-4357` would otherwise show its groups in reverse order.
 */
export function isolatePhones(text: string): string | (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(PHONE)) {
    if ((m[0].match(DIGIT)?.length ?? 0) < 6) continue;
    out.push(text.slice(last, m.index), html`<span dir="ltr">${m[0]}</span>`);
    last = m.index + m[0].length;
  }
  if (!out.length) return text;
  out.push(text.slice(last));
  return out;
}
