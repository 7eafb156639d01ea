/**
 * Russian names of the meeting type codes (all 111 of /work/notes/meeting-type-names.json).
 *
 * Sources: the code4recovery Meeting Guide spec gives no Russian names (it has fr, ja, nl, pt, sk, sv,
 * th), so every name here is peerkit's translation: the 87 spec codes, the 5 proposed ones, `ONL`
 * and the NAWS formats read from BMLT. Book titles are given as Russian-speaking groups usually call
 * them (AA: «Большая книга», «Как это видит Билл», «Размышления на каждый день», «Жить трезвым»;
 * NA: «Базовый текст», «Только сегодня», «Это работает: как и почему», «Жить чистыми»); where a
 * fellowship's official Russian title differs, it should win. Attributes agree with «собрание»
 * (neuter): «Открытое», «Закрытое»; "Secular" is «Нерелигиозное» («светское собрание» would read as
 * a society gathering); audiences read «Для …»; languages are named as Russian names them.
 */
export const meetingTypes: Readonly<Record<string, string>> = {
  // Meeting Guide spec codes
  '11': 'Медитация по 11-му Шагу', // 11th Step Meditation
  '12x12': '12 Шагов и 12 Традиций', // 12 Steps & 12 Traditions
  A: 'Нерелигиозное', // Secular
  ABSI: 'Как это видит Билл', // As Bill Sees It
  AF: 'Африкаанс', // Afrikaans
  AL: 'Одновременно с Алатин', // Concurrent with Alateen
  'AL-AN': 'Одновременно с Ал-Анон', // Concurrent with Al-Anon
  AM: 'Амхарский', // Amharic
  AR: 'Арабский', // Arabic
  ASL: 'Американский жестовый язык (ASL)', // American Sign Language
  B: 'Большая книга', // Big Book
  BA: 'Есть присмотр за детьми', // Babysitting Available
  BE: 'Для новичков', // Newcomer
  BG: 'Болгарский', // Bulgarian
  BI: 'Для бисексуальных людей', // Bisexual
  BRK: 'С завтраком', // Breakfast
  C: 'Закрытое', // Closed
  CAN: 'При свечах', // Candlelight
  CF: 'Можно с детьми', // Child-Friendly
  D: 'Обсуждение', // Discussion
  DA: 'Датский', // Danish
  DB: 'Цифровая корзина', // Digital Basket
  DD: 'Двойной диагноз', // Dual Diagnosis
  DE: 'Немецкий', // German
  DR: 'Размышления на каждый день', // Daily Reflections
  EL: 'Греческий', // Greek
  EN: 'Английский', // English
  FA: 'Персидский', // Persian
  FI: 'Финский', // Finnish
  FF: 'Без парфюма и запахов', // Fragrance Free
  FR: 'Французский', // French
  G: 'Для геев', // Gay
  GR: 'Grapevine', // Grapevine
  H: 'Празднование годовщин', // Birthday
  HE: 'Иврит', // Hebrew
  HI: 'Хинди', // Hindi
  HR: 'Хорватский', // Croatian
  HU: 'Венгерский', // Hungarian
  IS: 'Исландский', // Icelandic
  ITA: 'Итальянский', // Italian
  JA: 'Японский', // Japanese
  KA: 'Грузинский', // Georgian
  KOR: 'Корейский', // Korean
  L: 'Для лесбиянок', // Lesbian
  LGBTQ: 'ЛГБТК', // LGBTQ
  LIT: 'Литература', // Literature
  LS: 'Жить трезвым', // Living Sober
  LT: 'Литовский', // Lithuanian
  M: 'Для мужчин', // Men
  MED: 'Медитация', // Meditation
  ML: 'Малаялам', // Malayalam
  MT: 'Мальтийский', // Maltese
  N: 'Для коренных американцев', // Native American
  NB: 'Для небинарных людей', // Non-Binary
  NDG: 'Для коренных народов', // Indigenous
  NE: 'Непальский', // Nepali
  NL: 'Нидерландский', // Dutch
  NO: 'Норвежский', // Norwegian
  O: 'Открытое', // Open
  OUT: 'На открытом воздухе', // Outdoor
  P: 'Для профессионалов', // Professionals
  POA: 'Подтверждение посещения', // Proof of Attendance
  POC: 'Для небелых людей (POC)', // People of Color
  POL: 'Польский', // Polish
  POR: 'Португальский', // Portuguese
  PUN: 'Панджаби', // Punjabi
  RUS: 'Русский', // Russian
  S: 'Испанский', // Spanish
  SEN: 'Для пожилых людей', // Seniors
  SK: 'Словацкий', // Slovak
  SL: 'Словенский', // Slovenian
  SM: 'Можно курить', // Smoking Permitted
  SP: 'Спикерское', // Speaker
  ST: 'Изучение Шагов', // Step Study
  SV: 'Шведский', // Swedish
  T: 'Для трансгендерных людей', // Transgender
  TC: 'Место временно закрыто', // Location Temporarily Closed
  TH: 'Тайский', // Thai
  TL: 'Тагальский', // Tagalog
  TR: 'Изучение Традиций', // Tradition Study
  TUR: 'Турецкий', // Turkish
  UK: 'Украинский', // Ukrainian
  W: 'Для женщин', // Women
  X: 'Доступ для кресел-колясок', // Wheelchair Access
  XB: 'Туалет, доступный для кресел-колясок', // Wheelchair-Accessible Bathroom
  XT: 'Можно комментировать высказывания', // Cross Talk Permitted
  Y: 'Для молодёжи', // Young People
  // Meeting Guide spec: proposed codes
  'BV-I': 'Для незрячих и слабовидящих', // Blind / Visually Impaired
  'D-HOH': 'Для глухих и слабослышащих', // Deaf / Hard of Hearing
  'LO-I': 'Для одиночек и изолированных (Loners)', // Loners / Isolationists
  QSL: 'Квебекский жестовый язык (LSQ)', // Quebec Sign Language
  RSL: 'Русский жестовый язык', // Russian Sign Language
  // The 12 Step Meeting List plugin's code
  ONL: 'Онлайн', // Online
  // NAWS formats (through BMLT)
  BT: 'Базовый текст', // Basic Text
  CH: 'Не проводится в праздники', // Closed on holidays
  CPT: 'Двенадцать Концепций', // Twelve Concepts
  GP: 'Руководящие принципы', // Guiding Principles
  HYBR: 'Гибридное (очно и онлайн)', // Hybrid (in person and online)
  IP: 'Изучение информационных брошюр', // IP study
  IW: 'Это работает: как и почему', // It Works: How and Why
  JFT: 'Только сегодня', // Just for Today
  LC: 'Жить чистыми', // Living Clean
  NC: 'Без детей', // No children
  NS: 'Курение запрещено', // Non-smoking
  QA: 'Вопросы и ответы', // Questions and answers
  RA: 'Ограниченный доступ', // Restricted access
  'S-D': 'Спикерское и обсуждение', // Speaker and discussion
  SPAD: 'Духовный принцип на каждый день', // A Spiritual Principle a Day
  SWG: 'Руководство по работе по Шагам', // Step Working Guides
  TOP: 'Тема', // Topic
  VAR: 'Формат меняется', // Format varies
};
