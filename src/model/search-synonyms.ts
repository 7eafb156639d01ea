/**
 * Brand and everyday names of recovery medications, so a search for the name people know
 * ("suboxone", "narcan") finds services listed under the medicine's name ("buprenorphine",
 * "naloxone"), in English and Spanish, and the other way round. Each group is one set of
 * equivalent words (folded: lower case, no accents); a query word equal to one of them matches any.
 * Used by the directory's search in the browser and by the reference server's HSDS search.
 */
import {fold} from './text.js';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Opioid use disorder: buprenorphine (Suboxone, Subutex, Zubsolv; monthly shots Sublocade, Brixadi).
  ['buprenorphine', 'buprenorfina', 'suboxone', 'subutex', 'zubsolv', 'sublocade', 'brixadi', 'bupe'],
  ['methadone', 'metadona', 'methadose', 'dolophine'],
  // Naltrexone: Vivitrol is the monthly shot, Revia the tablet; alcohol and opioid use disorder.
  ['naltrexone', 'naltrexona', 'vivitrol', 'revia'],
  // Overdose reversal: naloxone (Narcan, Kloxxado, Zimhi) and nalmefene (Opvee).
  ['naloxone', 'naloxona', 'narcan', 'kloxxado', 'zimhi'],
  ['nalmefene', 'nalmefeno', 'opvee'],
  // Alcohol use disorder.
  ['acamprosate', 'acamprosato', 'campral'],
  ['disulfiram', 'disulfiramo', 'antabuse'],
];

const byWord = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) {
  const folded = group.map(fold);
  for (const w of folded) byWord.set(w, folded);
}

/** The words a folded query word stands for: itself, plus its synonyms when it names a medication. */
export function searchAlternatives(word: string): readonly string[] {
  return byWord.get(word) ?? [word];
}

/** Does folded `text` contain every query word (each by itself or by one of its synonyms)? */
export function containsAllWords(text: string, alternatives: readonly (readonly string[])[]): boolean {
  for (const alts of alternatives) if (!alts.some((a) => text.includes(a))) return false;
  return true;
}
