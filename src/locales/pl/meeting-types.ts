/**
 * Polish names of the meeting type codes (all 111 of /work/notes/meeting-type-names.json).
 *
 * Sources: the code4recovery Meeting Guide spec gives no Polish names (it has fr, ja, nl, pt, sk, sv,
 * th), so every name here is peerkit's translation: the 87 spec codes, the 5 proposed ones, `ONL`
 * and the NAWS formats read from BMLT. Book titles are given as Polish groups usually call them
 * (AA: „Wielka Księga”, „Jak to widzi Bill”, „Codzienne refleksje”; NA: „Tekst Podstawowy”,
 * „Tylko dzisiaj”, „To działa: jak i dlaczego”, „Żyć czysto”); where a fellowship's official Polish
 * title differs, it should win. Attributes agree with „mityng”
 * (masculine): „Otwarty”, „Zamknięty”; audiences read „Dla …”; languages are named as Polish
 * names them.
 */
export const meetingTypes: Readonly<Record<string, string>> = {
  // Meeting Guide spec codes
  '11': 'Medytacja 11. Kroku', // 11th Step Meditation
  '12x12': '12 Kroków i 12 Tradycji', // 12 Steps & 12 Traditions
  A: 'Świecki', // Secular
  ABSI: 'Jak to widzi Bill', // As Bill Sees It
  AF: 'Afrikaans', // Afrikaans
  AL: 'Równolegle z Alateen', // Concurrent with Alateen
  'AL-AN': 'Równolegle z Al-Anon', // Concurrent with Al-Anon
  AM: 'Amharski', // Amharic
  AR: 'Arabski', // Arabic
  ASL: 'Amerykański język migowy (ASL)', // American Sign Language
  B: 'Wielka Księga', // Big Book
  BA: 'Opieka nad dziećmi na miejscu', // Babysitting Available
  BE: 'Dla nowicjuszy', // Newcomer
  BG: 'Bułgarski', // Bulgarian
  BI: 'Dla osób biseksualnych', // Bisexual
  BRK: 'Ze śniadaniem', // Breakfast
  C: 'Zamknięty', // Closed
  CAN: 'Przy świecach', // Candlelight
  CF: 'Można przyjść z dziećmi', // Child-Friendly
  D: 'Dyskusja', // Discussion
  DA: 'Duński', // Danish
  DB: 'Cyfrowy koszyk', // Digital Basket
  DD: 'Podwójna diagnoza', // Dual Diagnosis
  DE: 'Niemiecki', // German
  DR: 'Codzienne refleksje', // Daily Reflections
  EL: 'Grecki', // Greek
  EN: 'Angielski', // English
  FA: 'Perski', // Persian
  FI: 'Fiński', // Finnish
  FF: 'Bez perfum i zapachów', // Fragrance Free
  FR: 'Francuski', // French
  G: 'Dla gejów', // Gay
  GR: 'Grapevine', // Grapevine
  H: 'Rocznice', // Birthday
  HE: 'Hebrajski', // Hebrew
  HI: 'Hindi', // Hindi
  HR: 'Chorwacki', // Croatian
  HU: 'Węgierski', // Hungarian
  IS: 'Islandzki', // Icelandic
  ITA: 'Włoski', // Italian
  JA: 'Japoński', // Japanese
  KA: 'Gruziński', // Georgian
  KOR: 'Koreański', // Korean
  L: 'Dla lesbijek', // Lesbian
  LGBTQ: 'LGBTQ', // LGBTQ
  LIT: 'Literatura', // Literature
  LS: 'Żyć trzeźwo', // Living Sober
  LT: 'Litewski', // Lithuanian
  M: 'Dla mężczyzn', // Men
  MED: 'Medytacja', // Meditation
  ML: 'Malajalam', // Malayalam
  MT: 'Maltański', // Maltese
  N: 'Dla rdzennych Amerykanów', // Native American
  NB: 'Dla osób niebinarnych', // Non-Binary
  NDG: 'Dla osób rdzennych', // Indigenous
  NE: 'Nepalski', // Nepali
  NL: 'Niderlandzki', // Dutch
  NO: 'Norweski', // Norwegian
  O: 'Otwarty', // Open
  OUT: 'Na świeżym powietrzu', // Outdoor
  P: 'Dla profesjonalistów', // Professionals
  POA: 'Potwierdzenie obecności', // Proof of Attendance
  POC: 'Dla osób niebiałych (POC)', // People of Color
  POL: 'Polski', // Polish
  POR: 'Portugalski', // Portuguese
  PUN: 'Pendżabski', // Punjabi
  RUS: 'Rosyjski', // Russian
  S: 'Hiszpański', // Spanish
  SEN: 'Dla seniorów', // Seniors
  SK: 'Słowacki', // Slovak
  SL: 'Słoweński', // Slovenian
  SM: 'Można palić', // Smoking Permitted
  SP: 'Spikerski', // Speaker
  ST: 'Studium Kroków', // Step Study
  SV: 'Szwedzki', // Swedish
  T: 'Dla osób transpłciowych', // Transgender
  TC: 'Miejsce tymczasowo zamknięte', // Location Temporarily Closed
  TH: 'Tajski', // Thai
  TL: 'Tagalski', // Tagalog
  TR: 'Studium Tradycji', // Tradition Study
  TUR: 'Turecki', // Turkish
  UK: 'Ukraiński', // Ukrainian
  W: 'Dla kobiet', // Women
  X: 'Dostępny dla osób na wózkach', // Wheelchair Access
  XB: 'Łazienka dostępna dla osób na wózkach', // Wheelchair-Accessible Bathroom
  XT: 'Można komentować wypowiedzi', // Cross Talk Permitted
  Y: 'Dla młodych', // Young People
  // Meeting Guide spec: proposed codes
  'BV-I': 'Dla osób niewidomych i słabowidzących', // Blind / Visually Impaired
  'D-HOH': 'Dla osób głuchych i niedosłyszących', // Deaf / Hard of Hearing
  'LO-I': 'Dla osób samotnych i odizolowanych (Loners)', // Loners / Isolationists
  QSL: 'Quebecki język migowy (LSQ)', // Quebec Sign Language
  RSL: 'Rosyjski język migowy', // Russian Sign Language
  // The 12 Step Meeting List plugin's code
  ONL: 'Online', // Online
  // NAWS formats (through BMLT)
  BT: 'Tekst Podstawowy', // Basic Text
  CH: 'Nie odbywa się w święta', // Closed on holidays
  CPT: 'Dwanaście Koncepcji', // Twelve Concepts
  GP: 'Zasady przewodnie', // Guiding Principles
  HYBR: 'Hybrydowy (stacjonarnie i online)', // Hybrid (in person and online)
  IP: 'Studium broszur informacyjnych', // IP study
  IW: 'To działa: jak i dlaczego', // It Works: How and Why
  JFT: 'Tylko dzisiaj', // Just for Today
  LC: 'Żyć czysto', // Living Clean
  NC: 'Bez dzieci', // No children
  NS: 'Zakaz palenia', // Non-smoking
  QA: 'Pytania i odpowiedzi', // Questions and answers
  RA: 'Ograniczony dostęp', // Restricted access
  'S-D': 'Spikerski i dyskusja', // Speaker and discussion
  SPAD: 'Duchowa zasada na każdy dzień', // A Spiritual Principle a Day
  SWG: 'Przewodniki do pracy nad Krokami', // Step Working Guides
  TOP: 'Temat', // Topic
  VAR: 'Format się zmienia', // Format varies
};
