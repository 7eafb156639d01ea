/**
 * Finds what looks like personal information in a question before it is sent: a name given after
 * "my name is / me llamo / soy …", phone numbers, email addresses and street addresses. Pure and
 * deliberately simple: the box only warns ("edit" / "send anyway"), it never blocks or rewrites.
 */
export type PiiKind = 'name' | 'phone' | 'email' | 'address';

export interface PiiFinding {
  kind: PiiKind;
  /** The matched text, as typed. */
  text: string;
  /** Offset in the input. */
  index: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// A run of digits with the separators people type in phone numbers.
const PHONE = /(?:\+\s?)?(?:\(\s?\d{1,4}\s?\)|\d)(?:[\s.\-()]{0,2}\d){6,16}/g;
const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;

// "my name is Ana", "me llamo Ana", "mi nombre es Ana": whatever the case.
const NAME_ANY_CASE = /\b(?:my name is|my name's|me llamo|mi nombre es)\s+([\p{L}'’-]{2,}(?:\s+\p{Lu}[\p{L}'’-]+)?)/giu;
// "soy Ana", "I'm Ana", "call me Ana" only with a capitalised word (so "soy adicto", "I am scared" and "call me at" do not count).
const NAME_CAPITALISED = /(?:^|[^\p{L}])(?:[Ss]oy|I am|I'm|I’m|I am called|I'm called|[Cc]all me)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)/gu;
const NOT_NAMES = new Set([
  // English words that follow "I'm …" with a capital at the start of a thought, and common non-names.
  'not', 'so', 'very', 'really', 'just', 'still', 'scared', 'afraid', 'sober', 'clean', 'sorry', 'here', 'new', 'an', 'a', 'the',
  'alcoholic', 'addict', 'lost', 'tired', 'worried', 'okay', 'ok', 'fine', 'sad', 'ashamed', 'ready', 'going', 'trying', 'in', 'on',
  // Spanish
  'adicto', 'adicta', 'alcoholico', 'alcohólico', 'alcoholica', 'alcohólica', 'una', 'un', 'el', 'la', 'muy', 'nuevo', 'nueva', 'de', 'madre', 'padre',
  'hijo', 'hija', 'mama', 'mamá', 'papa', 'papá',
]);

const STREET_EN =
  /\b\d{1,6}\s+(?:[\p{L}\p{N}.'’-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|highway|hwy|parkway|pkwy|circle|cir|square|sq)\b\.?/giu;
const STREET_ES = /\b(?:calle|c\/|avenida|avda\.?|av\.|carrera|cra\.?|camino|paseo|plaza|pasaje|callejón|callejon|calzada|boulevard|bulevar)\s+(?:[\p{L}.'’-]+\s+){0,4}(?:#|n[º°o]\.?\s*|número\s+|numero\s+)?\d{1,5}\b/giu;

// "5 miles down the road", "2 blocks from the drive": distances and phrases, not addresses.
const NOT_STREET_WORDS = new Set(['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'miles', 'mile', 'km', 'blocks', 'block', 'minutes', 'hours', 'down', 'up', 'along', 'of', 'to', 'from', 'in', 'on', 'at', 'by', 'and', 'or', 'times', 'days', 'years']);

function matches(re: RegExp, text: string, group = 0): {text: string; index: number}[] {
  const out: {text: string; index: number}[] = [];
  for (const m of text.matchAll(re)) {
    const value = m[group];
    if (!value) continue;
    out.push({text: value, index: (m.index ?? 0) + m[0].indexOf(value)});
  }
  return out;
}

/** Everything in `text` that looks like it could identify someone, in order of appearance. */
export function detectPii(text: string): PiiFinding[] {
  const found: PiiFinding[] = [];
  const emails = matches(EMAIL, text);
  for (const m of emails) found.push({kind: 'email', ...m});
  for (const m of matches(PHONE, text)) {
    const t = m.text.trim();
    const digits = t.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15 || DATE_LIKE.test(t)) continue;
    // Seven to nine digits only with a separator pattern typical of a local number (555-1234).
    if (digits < 10 && !/\d{3}[\s.-]\d{4}\b/.test(t)) continue;
    if (emails.some((e) => m.index >= e.index && m.index < e.index + e.text.length)) continue;
    found.push({kind: 'phone', text: t, index: m.index});
  }
  for (const m of [...matches(NAME_ANY_CASE, text, 1), ...matches(NAME_CAPITALISED, text, 1)]) {
    const first = m.text.split(/\s+/)[0].toLowerCase();
    if (NOT_NAMES.has(first)) continue;
    if (found.some((f) => f.kind === 'name' && f.index === m.index)) continue;
    found.push({kind: 'name', ...m});
  }
  for (const m of [...matches(STREET_EN, text), ...matches(STREET_ES, text)]) {
    const words = m.text.toLowerCase().split(/\s+/);
    if (words.some((w) => NOT_STREET_WORDS.has(w))) continue;
    found.push({kind: 'address', text: m.text.trim(), index: m.index});
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The kinds found, each once, in a stable order. */
export function piiKinds(findings: readonly PiiFinding[]): PiiKind[] {
  const order: PiiKind[] = ['name', 'phone', 'email', 'address'];
  return order.filter((k) => findings.some((f) => f.kind === k));
}
