/**
 * Meeting type names in Brazilian Portuguese for every code peerkit knows (111).
 *
 * From the code4recovery Meeting Guide spec (its `pt` names, verbatim; BV-I D-HOH LO-I QSL RSL are its proposed codes): 73 codes,
 * 11, 12x12, A, ABSI, AF, AM, AR, B, BE, BG, C, CAN, CF, D, DA, DB, DD, DE, DR, EL, EN, FA, FI, FF, FR, G, GR, H, HI, HR, IS, ITA, JA, KA, KOR, L, LGBTQ, LIT, LS, LT, M, MED, ML, MT, N, NB, NDG, NE, NL, NO, O, OUT, P, POA, POR, PUN, RUS, S, SK, SL, SM, ST, SV, TH, TL, TR, TUR, UK, W, X, Y, BV-I, LO-I.
 *
 * From the spec but fixed (19; the spec's name → ours, and why):
 *   AL: “Em simultâneo com Alateen” → “Simultânea ao Alateen” (“em simultâneo” is European Portuguese)
 *   AL-AN: “Em simultâneo com Al-Anon” → “Simultânea ao Al-Anon” (“em simultâneo” is European Portuguese)
 *   ASL: “Língua Gestual Americana” → “Língua de Sinais Americana” (Brazil says língua de sinais; língua gestual is European)
 *   BA: “Babysitting disponível” → “Cuidado de crianças disponível” (an English word)
 *   BI: “Bisexual” → “Bissexual” (spelling)
 *   BRK: “Pequeno-Almoço” → “Café da manhã” (pequeno-almoço is European Portuguese)
 *   HE: “Hebreu” → “Hebraico” (the language is hebraico; hebreu is the people)
 *   HU: “Hungaro” → “Húngaro” (missing accent)
 *   POC: “Pessoas de Côr” → “Pessoas não brancas” (old spelling “côr”, and “de cor” is an outdated euphemism in Brazil)
 *   POL: “Polaco” → “Polonês” (polaco is European Portuguese)
 *   SEN: “Séniores” → “Pessoas idosas” (séniores is European spelling; Brazil says pessoas idosas)
 *   SP: “Partilhador” → “Palestrante” (partilhador is European Portuguese)
 *   T: “Transgénero” → “Transgênero” (Brazilian spelling)
 *   TC: “Local Temporáriamente Encerrado” → “Local temporariamente fechado” (misspelt “temporáriamente”; encerrado is European)
 *   XB: “WC com Acesso a Cadeiras de Rodas” → “Banheiro com acesso para cadeira de rodas” (WC is European; Brazil says banheiro)
 *   XT: “Prtilhas Cruzadas Permitidas” → “Partilhas cruzadas permitidas” (typo “Prtilhas”)
 *   D-HOH: “Surdo / Duro de Ouvido” → “Surdo / Deficiência Auditiva” (“duro de ouvido” is a word-for-word rendering of hard of hearing)
 *   QSL: “Língua Gesual Quebec” → “Língua de Sinais de Quebec” (typo “Gesual”; Brazil says língua de sinais)
 *   RSL: “Língua Gestual Russa” → “Língua de Sinais Russa” (Brazil says língua de sinais)
 *
 * peerkit's own translation (19; codes the spec has no Brazilian Portuguese name for: the 12 Step Meeting List's
 * ONL and the NAWS formats served by BMLT): ONL, BT, CH, CPT, GP, HYBR, IP, IW, JFT, LC, NC, NS, QA, RA, S-D, SPAD, SWG, TOP, VAR.
 * The spec's Portuguese is mostly European Portuguese; names that read as European in Brazil are fixed above.
 */
export const meetingTypes: Readonly<Record<string, string>> = {
  '11': 'Meditação do 11º Passo',
  '12x12': '12 Passos e 12 Tradições',
  A: 'Secular',
  ABSI: 'Na opinião de Bill',
  AF: 'Afrikaans',
  AL: 'Simultânea ao Alateen',
  'AL-AN': 'Simultânea ao Al-Anon',
  AM: 'Amárico',
  AR: 'Árabe',
  ASL: 'Língua de Sinais Americana',
  B: 'Livro Azul',
  BA: 'Cuidado de crianças disponível',
  BE: 'Recém-chegados',
  BG: 'Búlgaro',
  BI: 'Bissexual',
  BRK: 'Café da manhã',
  C: 'Fechada',
  CAN: 'Luz de Velas',
  CF: 'Amigável para Crianças',
  D: 'Discussão',
  DA: 'Dinamarquês',
  DB: 'Cesto Digital',
  DD: 'Duplo Diagnóstico',
  DE: 'Alemão',
  DR: 'Reflexões Diárias',
  EL: 'Grego',
  EN: 'Inglês',
  FA: 'Persa',
  FI: 'Finlandês',
  FF: 'Sem Perfumes',
  FR: 'Francês',
  G: 'Gay',
  GR: 'Grapevine',
  H: 'Aniversário',
  HE: 'Hebraico',
  HI: 'Hindi',
  HR: 'Croata',
  HU: 'Húngaro',
  IS: 'Islandês',
  ITA: 'Italiano',
  JA: 'Japonês',
  KA: 'Georgiano',
  KOR: 'Coreano',
  L: 'Lésbica',
  LGBTQ: 'LGBTQ',
  LIT: 'Literatura',
  LS: 'Viver Sóbrio',
  LT: 'Lituano',
  M: 'Homens',
  MED: 'Meditação',
  ML: 'Malaiala',
  MT: 'Maltês',
  N: 'Nativo Americano',
  NB: 'Não binário',
  NDG: 'Indígena',
  NE: 'Nepalês',
  NL: 'Holandês',
  NO: 'Norueguês',
  O: 'Aberta',
  OUT: 'Ao ar livre',
  P: 'Profissionais',
  POA: 'Comprovante de Presença',
  POC: 'Pessoas não brancas',
  POL: 'Polonês',
  POR: 'Português',
  PUN: 'Punjabi',
  RUS: 'Russo',
  S: 'Espanhol',
  SEN: 'Pessoas idosas',
  SK: 'Eslovaco',
  SL: 'Esloveno',
  SM: 'Permitido Fumar',
  SP: 'Palestrante',
  ST: 'Estudo de Passos',
  SV: 'Sueco',
  T: 'Transgênero',
  TC: 'Local temporariamente fechado',
  TH: 'Tailandês',
  TL: 'Tagalo',
  TR: 'Estudo de Tradições',
  TUR: 'Turco',
  UK: 'Ucraniano',
  W: 'Mulheres',
  X: 'Acesso a Cadeiras de Rodas',
  XB: 'Banheiro com acesso para cadeira de rodas',
  XT: 'Partilhas cruzadas permitidas',
  Y: 'Jovens',
  'BV-I': 'Cego / Deficiência Visual',
  'D-HOH': 'Surdo / Deficiência Auditiva',
  'LO-I': 'Solitários / Isolacionistas',
  QSL: 'Língua de Sinais de Quebec',
  RSL: 'Língua de Sinais Russa',
  ONL: 'Online',
  BT: 'Texto Básico',
  CH: 'Fechada nos feriados',
  CPT: 'Doze Conceitos',
  GP: 'Princípios Orientadores',
  HYBR: 'Híbrida (presencial e online)',
  IP: 'Estudo de folhetos informativos (IPs)',
  IW: 'Funciona: Como e Por Quê',
  JFT: 'Só por Hoje',
  LC: 'Vivendo Limpo',
  NC: 'Sem crianças',
  NS: 'Proibido fumar',
  QA: 'Perguntas e respostas',
  RA: 'Acesso restrito',
  'S-D': 'Palestrante e discussão',
  SPAD: 'Um Princípio Espiritual por Dia',
  SWG: 'Guias para Trabalhar os Passos',
  TOP: 'Tema',
  VAR: 'Formato variável',
};
