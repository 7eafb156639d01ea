import {test} from 'node:test';
import assert from 'node:assert/strict';
import {detectCrisis, crisisMatcher} from '../../src/model/crisis.js';

/** Phrases that must show the help panel (and flag the question urgent). */
const MUST: readonly string[] = [
  // English: the phrases of issue 19, word forms, misspellings, apostrophes typed or not
  'thinking about ending it all',
  'I think I took too much and I cant breathe',
  'Sometimes I want to END IT ALL.',
  'I ended up wanting to end my life',
  'I keep thinking of ending my own life',
  'he ended it all last year and now I want to too',
  'I have been suicidal for weeks',
  'is it normal to think about sucide every day',
  'i keep thinking about suiside',
  'I want to kill myself',
  'i wanna kill my self tonight',
  'thinking about killing myself',
  'I want to die',
  'i just wanna die',
  'I wish I was dead',
  'everyone would be better off without me',
  'I have nothing to live for',
  "I don't want to be alive anymore",
  'i dont want to wake up anymore',
  "I can't go on.",
  'I cant go on like this',
  'i cannot do this anymore',
  "I can’t take it any more",
  'I think I OD’d last night',
  'my brother od tonight what do I do',
  'my friend overdosed and she is not breathing',
  'I think I am overdosing',
  'is this an over dose',
  'she took too many pills',
  'I swallowed too much of it',
  "he isn't breathing",
  'I can’t breath',
  "she won't wake up",
  'his lips are blue',
  'I want to hurt myself',
  'I have been cutting myself again',
  'self-harm',
  'I might jump off a bridge',
  // more of what people write: "to" for "too", a bottle of pills, the end of a sentence
  'I took to much and now I cant stand up',
  'i took to much',
  'swallowed to many pills',
  'I swallowed a bottle of pills',
  'he took a handful of his moms pills',
  'she took the whole bottle',
  "i wish i wasnt alive",
  'I wish I was never born',
  "i dont want to wake up.",
  "I don't want to wake up tomorrow",
  'im gonna kms',
  // Spanish
  'Mi hermano tuvo una SOBREDOSIS anoche',
  'creo que tuvo una sobre dosis',
  'ya no puedo más, quiero morirme',
  'a veces me quiero morir',
  'quiero acabar con todo',
  'pienso en quitarme la vida',
  'he pensado en el suicidio',
  'tengo ganas de matarme',
  'mi amiga no respira',
  'no puede respirar y tiene los labios morados',
  'creo que tomé demasiadas pastillas',
  'no quiero vivir así',
  'estaría mejor muerta',
  'quiero hacerme daño',
  'ya no aguanto',
  'no tengo razones para vivir',
  // the pronoun before the verb, past tenses, without accents
  'me quiero quitar la vida',
  'Me voy a quitar la vida',
  'me quiero matar',
  'ya no quiero vivir',
  'quiero matarme',
  'tome demasiadas pastillas',
  'sobredosis',
  'pensé en matarme',
  'pense en suicidarme',
  'he pensado en quitarme la vida',
  'quiero dejar de vivir',
  'ojalá estuviera muerta',
  'mejor me muero',
  'ya no quiero estar aquí',
  'no le veo sentido a mi vida',
  'me tomé todas las pastillas',
  'se tomo un frasco de pastillas',
  'me corté las venas',
];

/** Ordinary questions that must not (many share a word with a crisis phrase). */
const MUST_NOT: readonly string[] = [
  'The meeting is ending early tonight, is there another one?',
  'My meeting ended at nine and I felt great',
  'How do I end things with my sponsor politely?',
  'When does the ending of the 12 steps come?',
  'Is it normal to still crave after 6 months?',
  'Can I go to a meeting if I relapsed yesterday?',
  'I can’t go on Tuesday, is there a Wednesday meeting?',
  'I cannot go on the retreat this year',
  'I took too much time off work during detox',
  'It is odd that I still dream about drinking',
  'These cravings are killing me',
  'I have been killing myself at work to avoid thinking',
  'How can I cut myself some slack after a slip?',
  'I shot myself in the foot with my boss',
  'I hurt myself at the gym, can I take ibuprofen on Suboxone?',
  'Where can I get naloxone for overdose prevention training?',
  'How do I prevent an overdose at a party?',
  'I do not want to live with my parents any more',
  'My phone died during the online meeting',
  'I am dying to know how long detox takes',
  'Can I take too much melatonin?',
  'How many kms is the closest meeting?',
  'Should I take the pills my doctor gave me?',
  'I took the box of flyers to the meeting',
  'I took all my meds this morning, as prescribed',
  'I took to many of the meetings last year',
  "I don't want to wake up early for the Saturday meeting",
  'I cut myself shaving, can I still donate blood?',
  'overdose prevention training',
  'the meeting is ending',
  "I'm dying to know",
  'killing it at work',
  // Spanish
  'La reunión termina a las nueve',
  '¿Puedo cortarme el pelo durante el tratamiento?',
  'No puedo más de dos horas sin fumar',
  'no quiero vivir con mis padres',
  'quiero acabar con todo el papeleo antes del lunes',
  '¿Dónde puedo aprender a prevenir una sobredosis?',
  'mi padrino no responde mis mensajes',
  'tomé demasiado tiempo para decidirme',
  'Me tomé un café y no pude dormir',
  'quiero morir de risa con este grupo',
  'me quiero morir de la vergüenza cuando hablo',
  'ya no quiero estar aquí en esta ciudad',
  'una sobredosis de cafeína, jaja',
];

test('every phrase that must show the help panel does, in English and Spanish', () => {
  const missed = MUST.filter((p) => detectCrisis(p).length === 0);
  assert.deepEqual(missed, []);
});

test('ordinary questions that share a word with a crisis phrase do not', () => {
  const flagged = MUST_NOT.map((p) => [p, detectCrisis(p)] as const).filter(([, found]) => found.length > 0);
  assert.deepEqual(flagged, []);
});

test('reports what it found, case, accents and apostrophes ignored', () => {
  assert.deepEqual(detectCrisis('Sometimes I want to END IT ALL.'), ['end it all']);
  assert.deepEqual(detectCrisis('Mi hermano tuvo una SOBREDOSIS anoche'), ['sobredosis']);
  assert.deepEqual(detectCrisis('ya no puedo más, quiero morirme'), ['no puedo mas', 'quiero morirme']);
  assert.deepEqual(detectCrisis('I think I took too much and I cant breathe'), ['took too much', 'cant breathe']);
  assert.deepEqual(detectCrisis("I can’t breathe"), ["can't breathe"]);
});

test('sites can add their own words or phrases, matched literally', () => {
  const m = crisisMatcher(['hopeless', 'no way out (really)']);
  assert.deepEqual(m('I feel hopeless'), ['hopeless']);
  assert.deepEqual(m('there is no way out (really)'), ['no way out (really)']);
  assert.deepEqual(m('hopelessly devoted'), []);
  assert.deepEqual(detectCrisis('I feel hopeless', ['hopeless']), ['hopeless']);
});
