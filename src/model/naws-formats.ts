/**
 * The NAWS format codes (Narcotics Anonymous World Services) that BMLT servers put in a format's
 * `world_id`: the stable meaning of a format whose key differs from server to server ("F" for
 * women on a German server is world id `W`). Each becomes a meeting type code: the Meeting Guide
 * code with the same meaning where there is one, else the world id itself (none of them is a
 * Meeting Guide code), with English and Spanish names for the codes the Meeting Guide table lacks.
 * The list is the one BMLT's own format editor offers; `LANG` (a language) is read from the key.
 */
export const NAWS_FORMATS: Readonly<Record<string, readonly [code: string, en?: string, es?: string]>> = {
  BEG: ['BE'],
  BT: ['BT', 'Basic Text', 'Texto Básico'],
  CAN: ['CAN'],
  CH: ['CH', 'Closed on holidays', 'Cerrado en días festivos'],
  CLOSED: ['C'],
  CPT: ['CPT', 'Twelve Concepts', 'Doce Conceptos'],
  CW: ['CF'],
  DISC: ['D'],
  GL: ['LGBTQ'],
  GP: ['GP', 'Guiding Principles', 'Principios que nos guían'],
  HYBR: ['HYBR', 'Hybrid (in person and online)', 'Híbrida (presencial y en línea)'],
  IP: ['IP', 'IP study', 'Estudio de folletos informativos'],
  IW: ['IW', 'It Works: How and Why', 'Funciona: cómo y por qué'],
  JFT: ['JFT', 'Just for Today', 'Sólo por hoy'],
  LC: ['LC', 'Living Clean', 'Vivir limpios'],
  LIT: ['LIT'],
  M: ['M'],
  MED: ['MED'],
  NC: ['NC', 'No children', 'Sin niños'],
  NS: ['NS', 'Non-smoking', 'Prohibido fumar'],
  OPEN: ['O'],
  QA: ['QA', 'Questions and answers', 'Preguntas y respuestas'],
  RA: ['RA', 'Restricted access', 'Acceso restringido'],
  'S-D': ['S-D', 'Speaker and discussion', 'Orador y discusión'],
  SMOK: ['SM'],
  SPAD: ['SPAD', 'A Spiritual Principle a Day', 'Un principio espiritual al día'],
  SPK: ['SP'],
  STEP: ['ST'],
  SWG: ['SWG', 'Step Working Guides', 'Guías para trabajar los pasos'],
  TC: ['TC'],
  TOP: ['TOP', 'Topic', 'Tema'],
  TRAD: ['TR'],
  VAR: ['VAR', 'Format varies', 'El formato varía'],
  VM: ['ONL'],
  W: ['W'],
  WCHR: ['X'],
  Y: ['Y'],
};

/** Names of the NAWS codes the Meeting Guide table lacks: code → [English, Spanish]. */
export const NAWS_TYPE_NAMES: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(
  Object.values(NAWS_FORMATS)
    .filter((f): f is readonly [string, string, string] => f.length === 3)
    .map(([code, en, es]) => [code, [en, es] as const]),
);
