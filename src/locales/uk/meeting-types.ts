/**
 * Ukrainian names of the meeting type codes (all 111 of /work/notes/meeting-type-names.json).
 *
 * Sources: the code4recovery Meeting Guide spec gives no Ukrainian names (it has fr, ja, nl, pt, sk,
 * sv, th), so every name here is peerkit's translation: the 87 spec codes, the 5 proposed ones, `ONL`
 * and the NAWS formats read from BMLT. Book titles are given as Ukrainian-speaking groups usually
 * call them (AA: «Велика книга», «Як це бачить Білл», «Роздуми на кожен день», «Жити тверезо»;
 * NA: «Базовий текст», «Тільки сьогодні», «Це працює: як і чому», «Жити чистими»); where a
 * fellowship's official Ukrainian title differs, it should win. Attributes agree with «зустріч»
 * (feminine): «Відкрита», «Закрита»; audiences read «Для …»; a wheelchair is «крісло колісне» (the
 * current Ukrainian term); languages are named as Ukrainian names them.
 */
export const meetingTypes: Readonly<Record<string, string>> = {
  // Meeting Guide spec codes
  '11': 'Медитація за 11-м Кроком', // 11th Step Meditation
  '12x12': '12 Кроків і 12 Традицій', // 12 Steps & 12 Traditions
  A: 'Нерелігійна', // Secular
  ABSI: 'Як це бачить Білл', // As Bill Sees It
  AF: 'Африкаанс', // Afrikaans
  AL: 'Одночасно з Алатін', // Concurrent with Alateen
  'AL-AN': 'Одночасно з Ал-Анон', // Concurrent with Al-Anon
  AM: 'Амхарська', // Amharic
  AR: 'Арабська', // Arabic
  ASL: 'Американська жестова мова (ASL)', // American Sign Language
  B: 'Велика книга', // Big Book
  BA: 'Є догляд за дітьми', // Babysitting Available
  BE: 'Для новачків', // Newcomer
  BG: 'Болгарська', // Bulgarian
  BI: 'Для бісексуальних людей', // Bisexual
  BRK: 'Зі сніданком', // Breakfast
  C: 'Закрита', // Closed
  CAN: 'При свічках', // Candlelight
  CF: 'Можна з дітьми', // Child-Friendly
  D: 'Обговорення', // Discussion
  DA: 'Данська', // Danish
  DB: 'Цифровий кошик', // Digital Basket
  DD: 'Подвійний діагноз', // Dual Diagnosis
  DE: 'Німецька', // German
  DR: 'Роздуми на кожен день', // Daily Reflections
  EL: 'Грецька', // Greek
  EN: 'Англійська', // English
  FA: 'Перська', // Persian
  FI: 'Фінська', // Finnish
  FF: 'Без парфумів і запахів', // Fragrance Free
  FR: 'Французька', // French
  G: 'Для геїв', // Gay
  GR: 'Grapevine', // Grapevine
  H: 'Святкування річниць', // Birthday
  HE: 'Іврит', // Hebrew
  HI: 'Гінді', // Hindi
  HR: 'Хорватська', // Croatian
  HU: 'Угорська', // Hungarian
  IS: 'Ісландська', // Icelandic
  ITA: 'Італійська', // Italian
  JA: 'Японська', // Japanese
  KA: 'Грузинська', // Georgian
  KOR: 'Корейська', // Korean
  L: 'Для лесбійок', // Lesbian
  LGBTQ: 'ЛГБТК', // LGBTQ
  LIT: 'Література', // Literature
  LS: 'Жити тверезо', // Living Sober
  LT: 'Литовська', // Lithuanian
  M: 'Для чоловіків', // Men
  MED: 'Медитація', // Meditation
  ML: 'Малаялам', // Malayalam
  MT: 'Мальтійська', // Maltese
  N: 'Для корінних американців', // Native American
  NB: 'Для небінарних людей', // Non-Binary
  NDG: 'Для корінних народів', // Indigenous
  NE: 'Непальська', // Nepali
  NL: 'Нідерландська', // Dutch
  NO: 'Норвезька', // Norwegian
  O: 'Відкрита', // Open
  OUT: 'Просто неба', // Outdoor
  P: 'Для професіоналів', // Professionals
  POA: 'Підтвердження відвідування', // Proof of Attendance
  POC: 'Для небілих людей (POC)', // People of Color
  POL: 'Польська', // Polish
  POR: 'Португальська', // Portuguese
  PUN: 'Панджабі', // Punjabi
  RUS: 'Російська', // Russian
  S: 'Іспанська', // Spanish
  SEN: 'Для людей старшого віку', // Seniors
  SK: 'Словацька', // Slovak
  SL: 'Словенська', // Slovenian
  SM: 'Можна курити', // Smoking Permitted
  SP: 'Спікерська', // Speaker
  ST: 'Вивчення Кроків', // Step Study
  SV: 'Шведська', // Swedish
  T: 'Для трансгендерних людей', // Transgender
  TC: 'Місце тимчасово зачинене', // Location Temporarily Closed
  TH: 'Тайська', // Thai
  TL: 'Тагальська', // Tagalog
  TR: 'Вивчення Традицій', // Tradition Study
  TUR: 'Турецька', // Turkish
  UK: 'Українська', // Ukrainian
  W: 'Для жінок', // Women
  X: 'Доступна для крісел колісних', // Wheelchair Access
  XB: 'Туалет, доступний для крісел колісних', // Wheelchair-Accessible Bathroom
  XT: 'Можна коментувати висловлювання', // Cross Talk Permitted
  Y: 'Для молоді', // Young People
  // Meeting Guide spec: proposed codes
  'BV-I': 'Для незрячих і слабозорих', // Blind / Visually Impaired
  'D-HOH': 'Для глухих і людей зі зниженим слухом', // Deaf / Hard of Hearing
  'LO-I': 'Для самотніх та ізольованих (Loners)', // Loners / Isolationists
  QSL: 'Квебекська жестова мова (LSQ)', // Quebec Sign Language
  RSL: 'Російська жестова мова', // Russian Sign Language
  // The 12 Step Meeting List plugin's code
  ONL: 'Онлайн', // Online
  // NAWS formats (through BMLT)
  BT: 'Базовий текст', // Basic Text
  CH: 'Не проводиться у свята', // Closed on holidays
  CPT: 'Дванадцять Концепцій', // Twelve Concepts
  GP: 'Керівні принципи', // Guiding Principles
  HYBR: 'Гібридна (наживо й онлайн)', // Hybrid (in person and online)
  IP: 'Вивчення інформаційних брошур', // IP study
  IW: 'Це працює: як і чому', // It Works: How and Why
  JFT: 'Тільки сьогодні', // Just for Today
  LC: 'Жити чистими', // Living Clean
  NC: 'Без дітей', // No children
  NS: 'Курити заборонено', // Non-smoking
  QA: 'Запитання й відповіді', // Questions and answers
  RA: 'Обмежений доступ', // Restricted access
  'S-D': 'Спікерська й обговорення', // Speaker and discussion
  SPAD: 'Духовний принцип на кожен день', // A Spiritual Principle a Day
  SWG: 'Посібник із роботи за Кроками', // Step Working Guides
  TOP: 'Тема', // Topic
  VAR: 'Формат змінюється', // Format varies
};
