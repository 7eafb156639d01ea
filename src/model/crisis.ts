/**
 * Crisis detection for questions and stories: shared by the question box (shows the help panel as
 * the visitor types) and the server (flags the question urgent). A word and phrase list in English
 * and Spanish, matched case- and accent-insensitively on word boundaries; sites can extend it.
 * Deliberately broad: a false positive shows a kind help panel; a false negative can cost a life.
 */
import {fold} from './text.js';

export const DEFAULT_CRISIS_TERMS: readonly string[] = [
  // English
  'suicide', 'suicidal', 'kill myself', 'killing myself', 'end my life', 'end it all', 'take my own life',
  'want to die', 'wanna die', 'better off dead', 'no reason to live', 'not worth living', 'self-harm',
  'self harm', 'hurt myself', 'hurting myself', 'cut myself', 'cutting myself', 'overdose', 'overdosed',
  'overdosing', 'od\'d', 'too many pills', 'not breathing', 'unresponsive', 'hang myself', 'shoot myself',
  'jump off', 'goodbye forever', 'can\'t go on', 'cant go on',
  // Spanish
  'suicidio', 'suicidarme', 'suicida', 'matarme', 'quitarme la vida', 'acabar con mi vida', 'acabar con todo',
  'quiero morir', 'quiero morirme', 'no quiero vivir', 'mejor muerto', 'mejor muerta', 'hacerme dano',
  'autolesion', 'cortarme', 'sobredosis', 'no respira', 'no puedo mas', 'ahorcarme',
];

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds a matcher for a term list (defaults plus any site terms). */
export function crisisMatcher(extraTerms: readonly string[] = []): (text: string) => string[] {
  const terms = [...new Set([...DEFAULT_CRISIS_TERMS, ...extraTerms].map((t) => fold(t.trim())).filter(Boolean))];
  const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${terms.map(escape).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'gu');
  return (text: string) => {
    const found = new Set<string>();
    for (const m of fold(text).replace(/[’`]/g, "'").matchAll(re)) found.add(m[1]);
    return [...found];
  };
}

const defaultMatcher = crisisMatcher();

/** The crisis terms found in `text` (empty when none). */
export function detectCrisis(text: string, extraTerms?: readonly string[]): string[] {
  return extraTerms?.length ? crisisMatcher(extraTerms)(text) : defaultMatcher(text);
}
