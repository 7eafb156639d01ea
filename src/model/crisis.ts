/**
 * Crisis detection for questions and stories: shared by the question box (shows the help panel as
 * the visitor types) and the server (flags the question urgent).
 *
 * Patterns per language (every language's are applied to every text: people write in the language
 * they think in, whatever the page's), on text folded for case and accents, with apostrophes
 * optional ("cant", "can't", "can’t") and runs of spaces as one. They cover word forms ("end",
 * "ending", "ended"; "overdose", "overdosed", "od", "od'd") and common misspellings ("sucide",
 * "suiside", "breath" for "breathe"), and they are phrases, not single words: "ending" alone is
 * "the meeting is ending"; "ending it all" is a crisis. A few figures of speech are left out on
 * purpose ("killing myself at work", "I can't go on Tuesday", "took too much time off", "cortarme
 * el pelo"): a false positive shows a kind panel but also files an ordinary question as urgent, and
 * a panel that cries wolf is read less. Sites add their own words or phrases (matched literally).
 * Adding a language is adding its list to `CRISIS_PATTERNS`. Tests: `test/model/crisis.test.ts`.
 */
import {fold} from './text.js';

/** Regular-expression sources, matched on word boundaries of the normalised text (see above). */
export const CRISIS_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  en: [
    // suicide, suicidal, sucide, suicde, suiside (and Spanish suicidio, suicidarme, suicida)
    'su(?:i?c|is)i?d\\w*',
    "(?:kill|kil)(?:s|ing|in|led)? ?my ?self(?! (?:at|with) work| working)",
    // "kms" (kill myself) only after a verb: "5 kms away" is a distance
    "(?:want to|wanna|gonna|going to|about to|should|might|will) kms",
    'unaliv\\w*',
    "end(?:s|ed|ing|in)? (?:it all|my (?:own )?life|everything)",
    '(?:take|taking|took|taken) my (?:own )?life',
    "(?:want|wants|wanted|wanting|wanna) (?:to |2 )?die",
    '(?:wish|wished) i (?:was|were|could be) dead',
    '(?:wish|wished) i (?:could )?(?:die|disappear forever)',
    "(?:wish|wished) i (?:was ?n'?t|were ?n'?t|was not|were not) (?:alive|here any ?more|born)",
    '(?:wish|wished) i (?:was|had been) never born',
    '(?:rather be|better off) dead',
    'better off without me',
    'no (?:reason|point) (?:to live|in living|living)',
    'nothing (?:left )?to live for',
    'not worth living',
    "do ?n'?t (?:want|wanna) (?:to )?(?:be alive|exist|live any ?more|be here any ?more|wake up (?:any ?more|again|ever|tomorrow))",
    // "I don't want to wake up." at the end of a sentence (not "… wake up early")
    "do ?n'?t (?:want|wanna) (?:to )?wake up(?=$|\\s*[^\\p{L}\\p{N}\\s])",
    // "I can't go on" and "can't do this anymore", but not "I can't go on Tuesday"
    "(?:can'?t|can ?not) (?:go on|keep going)(?=$|\\s*[^\\p{L}\\p{N}\\s]| any ?more| like this| living)",
    "(?:can'?t|can ?not) (?:do|take) (?:it|this) any ?more",
    'self[- ]?harm\\w*',
    '(?:hurt|hurting|harm|harming) my ?self(?! (?:at the gym|lifting|playing|running|working out))',
    '(?:cut|cutting) my ?self(?! (?:some|a|an|off|out|short|shaving|while shaving|cooking|chopping)\\b)',
    '(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|stab|stabbing) my ?self(?! in the foot)',
    // overdose, overdosed, overdosing, over dose, overdoze, od, od'd, oded, od'ing; not "overdose prevention"
    "(?<!prevent(?:ing)? (?:an |a )?)over ?do[sz]\\w*(?! (?:prevention|awareness|training|kits?|reversal|education))",
    "od(?:'d|'?ed|'?ing|'?s)?",
    'o\\.d\\.?',
    "(?:took|taken|swallowed) too (?:much|many)(?! (?:time|money|space|credit|risks|chances|breaks|days|shifts|classes|on\\b))",
    // "to" for "too", the commonest misspelling: "I took to much", "swallowed to many pills"
    "(?:took|swallowed) to (?:much|many)(?=$|\\s*[^\\p{L}\\p{N}\\s]| (?:pills|tablets|of (?:it|them|my|his|her) (?:pills|meds)|and|i|im|i'm)\\b)",
    "(?:took|swallowed) to much of (?:it|them)",
    '(?:to|too) many pills',
    // a container of pills, not "take the pills my doctor gave me"
    '(?:took|taken|taking|swallowed|swallowing|ate) (?:a |an |the |half a |half the |a whole |the whole )?(?:bottle|handful|box|pack|packet|strip|bunch) of (?:my |his |her |the |their )?(?:\\w+ )?(?:pills|tablets|meds|medication|medicine|painkillers)',
    '(?:took|taken|swallowed) (?:a|the) whole bottle',
    'swallowed all (?:the|my|of my|his|her|their) (?:\\w+ )?(?:pills|tablets|meds)',
    "(?:can'?t|can ?not|could ?n'?t|could not) breath\\w*",
    "(?:not|is ?n'?t|is not|was ?n'?t|stopped|barely|hardly|trouble|struggling to) breath(?:e|ing)\\b",
    'unresponsive',
    "(?:won'?t|will not|can'?t|can ?not|is ?n'?t) wak(?:e|ing) (?:him |her |them |my \\w+ )?up",
    '(?:turning|turned|going) blue',
    '(?:lips (?:are |turned |turning )?|blue )(?:blue|lips)',
    '(?:jump|jumping) (?:off|from) (?:a|the|my) (?:bridge|building|roof|cliff|balcony|window|overpass)',
    '(?:jump|jumping|step|stepping) in front of',
    'goodbye forever',
  ],
  es: [
    '(?:quiero|quisiera|voy a|pienso en|pense en|pensado en|pensando en|penso en|ganas de|intente|intentar|deseo|necesito) (?:matarme|morir(?:me)?|quitarme la vida|suicidarme)(?! (?:de|del) (?:la )?(?:risa|ganas|hambre|sueno|frio|calor|verguenza|amor|aburrimiento|envidia)\\b)',
    // the pronoun before the verb, as most people write it: "me quiero quitar la vida", "me voy a matar"
    'me (?:quiero|voy a|quisiera|puedo) (?:matar|morir|quitar la vida|suicidar)(?! (?:de|del) (?:la )?(?:risa|ganas|hambre|sueno|frio|calor|verguenza|amor|aburrimiento|envidia)\\b)',
    '(?:quiero|quisiera|voy a) dejar de vivir',
    '(?:ojala|quisiera|deseo|desearia) (?:estar|estuviera|estar ya) muert[oa]',
    'mejor me muero(?! (?:de|del)\\b)',
    // "ya no quiero estar aquí.", not "… aquí en esta ciudad"
    'ya no quiero (?:estar aqui|existir|despertar)(?=$|\\s*[^\\p{L}\\p{N}\\s]| (?:nunca|mas|ya|con vida)\\b)',
    'no quiero existir',
    '(?:no le (?:veo|encuentro)|no tiene) sentido (?:a )?(?:la|mi) vida',
    'mi vida no tiene sentido',
    'quiero (?:estar|estar ya) muert[oa]',
    '(?:estaria|estarian|estariamos) mejor muert[oa]s?',
    'mejor muert[oa]s?',
    'quitarme la vida',
    '(?:acabar|terminar) con mi vida',
    '(?:acabar|terminar) con todo(?! (?:el|la|los|las|lo|mi|mis|tu|su|eso de)\\b)',
    'no (?:quiero|deseo) (?:vivir|seguir viviendo|despertar)(?! (?:con|en|ahi|alli|aqui|cerca|junto|juntos|solo|sola|lejos)\\b)',
    'ya no (?:quiero|puedo) (?:vivir|seguir)',
    'no puedo mas(?! (?:de|que)\\b)',
    'ya no aguanto',
    'no aguanto mas',
    'no vale la pena vivir',
    '(?:no tengo|sin) (?:razon|razones|motivos?) para vivir',
    'hacerme dano',
    'lastimarme',
    'autolesion\\w*',
    'cortarme(?! (?:el|la|los|las) (?:pelo|cabello|unas|flequillo|barba|fleco)\\b)',
    '(?:me corte|me corto|me estoy cortando|cortarme) (?:las venas|las munecas|la muneca|los brazos|el brazo)',
    'ahorcarme',
    'pegarme un tiro',
    'tirarme (?:de|del|desde|por) (?:un|una|el|la)? ?(?:puente|edificio|ventana|balcon|techo|azotea)',
    '(?<!(?:prevenir|evitar) (?:una )?|prevencion de (?:la |las )?)sobre ?do[sc]is(?! de (?:cafe|cafeina|azucar|chocolate|informacion|trabajo|series|amor)\\b)',
    'no respira',
    '(?:no|ya no) (?:puede|puedo|podia|puedes) respirar',
    'dejo de respirar',
    'no (?:despierta|reacciona)',
    'labios morados',
    'se (?:esta poniendo|puso) (?:azul|morad[oa])',
    'tome demasiad[oa]s?(?! (?:tiempo|cafe)\\b)',
    '(?:demasiadas|muchas) pastillas',
    '(?:me tome|se tomo|tome|tomo|trague|me trague|se trago) (?:todas (?:las|mis|sus)|un frasco (?:entero )?de|una caja (?:entera )?de|un monton de|un punado de|un blister de) (?:pastillas|pildoras|capsulas)',
  ],
};

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folded, with every apostrophe spelled `'` and runs of spaces as one. */
function normalise(text: string): string {
  return fold(text).replace(/[’‘`´ʼ]/g, "'").replace(/\s+/g, ' ');
}

/** Builds a matcher for the built-in patterns plus a site's own words or phrases (matched literally). */
export function crisisMatcher(extraTerms: readonly string[] = []): (text: string) => string[] {
  const extra = [...new Set(extraTerms.map((t) => normalise(t.trim())).filter(Boolean))].map(escape);
  const sources = [...Object.values(CRISIS_PATTERNS).flat(), ...extra];
  // Apostrophes are optional wherever a pattern has one ("don't" = "dont").
  const body = sources.map((s) => s.replace(/'(?![?d])/g, "'?")).join('|');
  const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${body})(?=$|[^\\p{L}\\p{N}])`, 'gu');
  return (text: string) => {
    const found = new Set<string>();
    for (const m of normalise(text).matchAll(re)) found.add(m[1].trim());
    return [...found];
  };
}

const defaultMatcher = crisisMatcher();

/** The crisis phrases found in `text` (empty when none). */
export function detectCrisis(text: string, extraTerms?: readonly string[]): string[] {
  return extraTerms?.length ? crisisMatcher(extraTerms)(text) : defaultMatcher(text);
}
