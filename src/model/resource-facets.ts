/**
 * Who a service is for (eligibility) and how it is paid (payment), read from what a record states,
 * as fixed sets of stable keys. Each key is, per service, `yes` (the record says so), `no` (the
 * record says something that rules it out) or absent: **not stated**, never "no".
 *
 * What is read (already normalised by the adapter, `sources/hsds.ts`):
 *  - eligibility: `eligibility_description` and HSDS 2 `eligibility` records (text), `required_documents`
 *    (a DD-214 means veterans), `minimum_age` / `maximum_age`, taxonomy terms (names as text, and the
 *    site's own terms: `FacetTerms`);
 *  - payment: `fees_description` / `fees` and HSDS 3 `cost_options` (option, amount, amount description),
 *    required documents ("Medicaid card"), taxonomy terms and the site's own terms.
 * A service's `description` is never read: it says what a service does, not who may use it.
 *
 * Text matching is conservative: whole words or phrases from a short list per key, in English and
 * Spanish (the languages of US feeds), on folded text (no case, no accents). "No" comes only from
 * numbers (an age range that leaves a group out, cost options that all cost money, a fee such as
 * "$150 per week" with no sliding scale) and from gender
 * (a service stating women and not men is "no" for men, and the other way round); a keyword gives
 * only "yes". Negations ("not for veterans") are not understood, so such a record reads as "yes":
 * the lists hold words that are rare in a negation.
 *
 * Age groups: children 0–12, youth 13–17 (plus "youth", "teens", "young adults" in text), adults
 * 18–64, older adults 65+. An age range states every group it overlaps ("yes") and rules out the
 * others ("no"). A free service needs no insurance: `free` implies `no-insurance`.
 */
import type {Resource} from './resource.js';
import {fold} from './text.js';

export const ELIGIBILITY_KEYS = [
  'children',
  'youth',
  'adults',
  'older-adults',
  'women',
  'men',
  'lgbtq',
  'veterans',
  'pregnant',
  'families',
  'reentry',
  'homeless',
  'disability',
] as const;
export type EligibilityKey = (typeof ELIGIBILITY_KEYS)[number];

export const PAYMENT_KEYS = ['free', 'sliding-scale', 'medicaid', 'medicare', 'private-insurance', 'no-insurance'] as const;
export type PaymentKey = (typeof PAYMENT_KEYS)[number];

export type Facet = 'eligibility' | 'payment';
export type Stated = 'yes' | 'no';
/** A service's stated keys of one facet (absent = not stated). */
export type FacetState = ReadonlyMap<string, Stated>;

/**
 * A site's own taxonomy terms for these keys (the `filter-terms` attribute): per facet, per key, term
 * ids or codes (matched exactly) or names (matched as whole words), as category `terms` are.
 *
 *   {"eligibility": {"veterans": ["VET-01", "Military families"]}, "payment": {"sliding-scale": ["SFS"]}}
 */
export type FacetTerms = Partial<Record<Facet, Partial<Record<string, string[]>>>>;

/** Folded, with every run of other characters one space, and a space at each end: ` word word `. */
export const wordsOf = (s: string) => ` ${fold(s).split(/[^\p{L}\p{N}+]+/u).filter(Boolean).join(' ')} `;

/**
 * Whole words or phrases (folded, space-separated: matched inside ` text `). A trailing `*` takes
 * any ending ("veteran*" is veteran, veterans, veterano, veteranos).
 */
const ELIGIBILITY_WORDS: Record<EligibilityKey, string[]> = {
  children: ['child*', 'kids', 'infant*', 'toddler*', 'nino', 'ninos', 'nina', 'ninas', 'infantil*', 'menores de 12', 'ages 0', 'pediatric*'],
  youth: ['youth*', 'teen*', 'adolescen*', 'young adult*', 'young people', 'juvenil*', 'joven', 'jovenes', 'transition age'],
  adults: ['adult', 'adults', 'adultos', 'adulto', '18+', '18 and older', '18 and over', '18 years and older', '18 years or older', 'mayores de 18', '18 anos o mas'],
  'older-adults': ['senior', 'seniors', 'older adult*', 'elder*', 'aging', 'adultos mayores', 'adulto mayor', 'personas mayores', 'tercera edad', '60+', '62+', '65+'],
  women: ['women', 'woman', 'womens', 'female*', 'mothers', 'moms', 'mujer', 'mujeres', 'madres', 'femenin*'],
  men: ['men', 'mens', 'male', 'males', 'fathers', 'dads', 'hombre', 'hombres', 'varones', 'masculin*'],
  lgbtq: ['lgbt*', 'glbt*', 'gay', 'lesbian*', 'bisexual*', 'transgender*', 'trans', 'queer', 'nonbinary', 'non binary', 'two spirit', 'transgenero*', 'personas trans'],
  veterans: ['veteran*', 'military', 'service members', 'servicemembers', 'dd 214', 'dd214', 'militares', 'fuerzas armadas'],
  pregnant: ['pregnan*', 'prenatal', 'postpartum', 'perinatal', 'expecting mothers', 'embarazada*', 'embarazo', 'posparto', 'prenatales'],
  families: ['families', 'family', 'parents', 'parenting', 'caregivers', 'familia', 'familias', 'padres de familia', 'con hijos', 'crianza'],
  reentry: ['reentry', 're entry', 'returning citizens', 'formerly incarcerated', 'incarcerated', 'justice involved', 'criminal justice', 'ex offender*', 'parole', 'probation', 'released from prison', 'released from jail', 'criminal record', 'reingreso', 'reinsercion', 'libertad condicional', 'antecedentes penales', 'salen de prision', 'salen de la carcel', 'salido de prision', 'exreclus*', 'ex reclus*'],
  homeless: ['homeless*', 'unhoused', 'unsheltered', 'without housing', 'sin hogar', 'sin techo', 'sin vivienda', 'personas sin hogar'],
  disability: ['disabilit*', 'disabled', 'deaf', 'blind', 'hard of hearing', 'developmental disabilit*', 'intellectual disabilit*', 'discapacidad*', 'discapacitad*', 'sordo*', 'ciego*'],
};

const PAYMENT_WORDS: Record<PaymentKey, string[]> = {
  free: ['free', 'no cost', 'no charge', 'no fee', 'no fees', 'free of charge', 'at no cost', 'gratis', 'gratuito', 'gratuita', 'sin costo', 'sin cargo'],
  'sliding-scale': ['sliding scale', 'sliding fee*', 'income based', 'based on income', 'based on ability to pay', 'ability to pay', 'escala movil', 'escala de tarifas', 'segun ingresos', 'segun sus ingresos', 'tarifa variable'],
  medicaid: ['medicaid', 'medi cal', 'medical assistance', 'masshealth', 'medicaid card', 'healthchoices', 'health choices'],
  medicare: ['medicare'],
  'private-insurance': ['private insurance', 'commercial insurance', 'most insurance*', 'most major insurance*', 'major insurance*', 'insurance accepted', 'accepts insurance', 'private health insurance', 'blue cross', 'aetna', 'cigna', 'united healthcare', 'seguro privado', 'seguros privados', 'seguro medico privado'],
  'no-insurance': ['no insurance', 'uninsured', 'without insurance', 'self pay', 'cash', 'no insurance needed', 'no insurance required', 'regardless of insurance', 'sin seguro', 'no se requiere seguro', 'pago en efectivo'],
};

/** Compiled once: a regex per key over ` word word ` text. */
function compile<K extends string>(table: Record<K, string[]>): [K, RegExp][] {
  return (Object.keys(table) as K[]).map((k) => {
    const alt = table[k].map((w) => {
      const star = w.endsWith('*');
      const body = wordsOf(star ? w.slice(0, -1) : w).trim().replace(/[+]/g, '\\+');
      return star ? `${body}[\\p{L}\\p{N}+]*` : body;
    });
    return [k, new RegExp(` (?:${alt.join('|')}) `, 'u')];
  });
}
const ELIGIBILITY_RE = compile(ELIGIBILITY_WORDS);
const PAYMENT_RE = compile(PAYMENT_WORDS);

/** The keys of `table` whose words occur in `text` (already ` word word `). */
function keysIn<K extends string>(res: [K, RegExp][], text: string, out: Map<string, Stated>) {
  if (text.trim()) for (const [k, re] of res) if (re.test(text)) out.set(k, 'yes');
}

/** Does a taxonomy term belong to a site's term list (ids and codes exactly, names as whole words)? */
function termMatches(term: {id: string; name: string; code?: string}, wanted: readonly string[]): boolean {
  const keys = [term.id, term.code, term.name].filter((x): x is string => !!x).map(fold);
  const w = wordsOf(term.name);
  return wanted.some((t) => keys.includes(fold(t)) || w.includes(wordsOf(t)));
}

function siteTerms(r: Resource, map: Partial<Record<string, string[]>> | undefined, out: Map<string, Stated>) {
  if (!map) return;
  for (const k in map) {
    const wanted = map[k];
    if (wanted?.length && r.categories.some((t) => termMatches(t, wanted))) out.set(k, 'yes');
  }
}

const AGE_GROUPS: [EligibilityKey, number, number][] = [
  ['children', 0, 12],
  ['youth', 13, 17],
  ['adults', 18, 64],
  ['older-adults', 65, 200],
];

/** Who a service says it is for. */
export function eligibilityOf(r: Resource, terms?: FacetTerms): FacetState {
  const out = new Map<string, Stated>();
  const text = wordsOf([r.eligibility, ...(r.eligibilityTerms ?? []), ...r.requiredDocuments, ...r.categories.map((c) => c.name)].filter(Boolean).join(' \n '));
  keysIn(ELIGIBILITY_RE, text, out);
  siteTerms(r, terms?.eligibility, out);
  const min = r.minimumAge;
  const max = r.maximumAge;
  if (min !== undefined || max !== undefined) {
    const lo = min ?? 0;
    const hi = max ?? 200;
    if (lo <= hi) for (const [k, a, b] of AGE_GROUPS) out.set(k, lo <= b && hi >= a ? 'yes' : 'no');
  }
  // One gender stated and not the other: the other is ruled out.
  if (out.get('women') === 'yes' && !out.has('men')) out.set('men', 'no');
  else if (out.get('men') === 'yes' && !out.has('women')) out.set('women', 'no');
  return out;
}

/** How a service says it is paid for. */
export function paymentOf(r: Resource, terms?: FacetTerms): FacetState {
  const out = new Map<string, Stated>();
  const costs = r.costOptions ?? [];
  const text = wordsOf(
    [r.fees, ...costs.flatMap((c) => [c.option, c.description]), ...r.requiredDocuments, ...r.categories.map((c) => c.name)].filter(Boolean).join(' \n '),
  );
  keysIn(PAYMENT_RE, text, out);
  siteTerms(r, terms?.payment, out);
  if (r.free || costs.some((c) => c.amount === 0)) out.set('free', 'yes');
  // Every cost option costs money and none says free: "free" is ruled out (the others are not).
  else if (costs.length && costs.every((c) => typeof c.amount === 'number' && c.amount > 0)) out.set('free', 'no');
  // Fees text that names a price ("$150 per week") and no sliding scale: not free either.
  else if (!costs.length && !out.has('sliding-scale') && /[$€£]\s*[1-9]/.test(r.fees ?? '')) out.set('free', 'no');
  if (out.get('free') === 'yes') out.set('no-insurance', 'yes');
  return out;
}

/**
 * How a service stands against the chosen keys of one facet: `yes` when it states any of them,
 * `no` when it rules out every one, else `unknown` (not stated: shown after the ones that say so).
 */
export function standing(state: FacetState, chosen: readonly string[]): 'yes' | 'no' | 'unknown' {
  let no = 0;
  for (const k of chosen) {
    const v = state.get(k);
    if (v === 'yes') return 'yes';
    if (v === 'no') no++;
  }
  return no === chosen.length ? 'no' : 'unknown';
}
