import type {ResourceDirectoryStrings} from '../en/resource-directory.js';
import {formatNumber, plural, pluralCategory} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'uk');

/** The weekday as `Intl` names it ("середа") → "в середу"; an unknown name keeps the form "…: середа,". */
const ON_DAY: Record<string, string> = {
  понеділок: 'в понеділок',
  вівторок: 'у вівторок',
  середа: 'в середу',
  четвер: 'в четвер',
  'пʼятниця': 'в пʼятницю',
  субота: 'в суботу',
  неділя: 'в неділю',
};
/** The weekday with a typographic apostrophe (’) is the same day. */
const onDay = (day: string): string | undefined => ON_DAY[day.replace('\u2019', '\u02bc')];

/** Miles as a word that agrees with the number; kilometres are "км" whatever the number. */
const UNIT_MI = 'милі';
const MILES = {one: '{n} миля', few: '{n} милі', many: '{n} миль', other: '{n} милі'};
const MILE_WORDS: Record<string, string> = {one: 'миля', few: 'милі', many: 'миль', other: 'милі'};
/** "2,5" (already formatted) → "2,5 милі": the word takes the form its number needs. */
function milesAfter(d: string): string {
  const n = Number(d.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  return `${d} ${Number.isFinite(n) ? (MILE_WORDS[pluralCategory(n, 'uk')] ?? 'миль') : 'миль'}`;
}
/** Years after "від" / "до" (genitive): "до 21 року", "від 18 років". */
const years = (n: number) => plural(n, 'uk', {one: '{n} року', few: '{n} років', many: '{n} років', other: '{n} року'});

/** Every visitor-facing string of `<peer-resource-directory>` (українська). */
export const resourceDirectory: ResourceDirectoryStrings = {
  heading: 'Пошук послуг',
  searchLabel: 'Шукати послуги',
  searchPlaceholder: 'Детокс, житло, налоксон…',
  categoryLabel: 'Категорія',
  allCategories: 'Усі категорії',
  categoryNames: {detox: 'Детокс і лікування абстинентного синдрому', treatment: 'Лікування (амбулаторне та стаціонарне)', moud: 'Лікування опіоїдної залежності препаратами (ЗПТ)', 'recovery-housing': 'Житло для людей, які одужують', 'harm-reduction': 'Зменшення шкоди (налоксон, шприци)', 'peer-support': 'Рівна підтримка і групи', crisis: 'Кризові та гарячі лінії', housing: 'Житло і притулок', legal: 'Правова допомога', 'mental-health': 'Психічне здоровʼя'},
  languageLabel: 'Мова',
  anyLanguage: 'Будь-яка мова',
  openNow: 'Відчинено зараз',
  free: 'Безкоштовно',
  nearMe: 'Поруч зі мною',
  locating: 'Визначаємо ваше місцезнаходження…',
  locateFailed: 'Не вдалося визначити ваше місцезнаходження. Натомість можна шукати поруч із вибраним місцем.',
  locateDenied: 'Доступ до місцезнаходження не надано. Ваше місцезнаходження залишається приватним.',
  placeLabel: 'Поруч із місцем',
  placePlaceholder: 'Місто або індекс (ZIP)',
  placeGo: 'Шукати поруч',
  placeNotFound: (q) => `Не вдалося знайти «${q}».`,
  nearLabel: (where) => `Поруч: ${where}`,
  nearYou: 'ваше місцезнаходження',
  nearPoint: 'вибране місце',
  clearNear: 'Не шукати поблизу',
  radiusLabel: 'У радіусі',
  anyDistance: 'Будь-яка відстань',
  radiusOption: (n, unit) => (unit === UNIT_MI ? plural(n, 'uk', MILES) : `${num(n)} ${unit}`),
  clearFilters: 'Скинути фільтри',
  filters: 'Фільтри',
  results: (n) => plural(n, 'uk', {one: 'Знайдено {n} послугу', few: 'Знайдено {n} послуги', many: 'Знайдено {n} послуг', other: 'Знайдено {n} послуги'}),
  resultsMore: (n) =>
    plural(n, 'uk', {
      one: 'Показано {n} послугу, є ще',
      few: 'Показано {n} послуги, є ще',
      many: 'Показано {n} послуг, є ще',
      other: 'Показано {n} послуги, є ще',
    }),
  emptyTitle: 'Немає послуг, що відповідають вашому запиту.',
  emptyHint: 'Спробуйте ввести менше слів, вибрати іншу категорію або скинути фільтри.',
  loadMore: 'Завантажити ще',
  loadingMore: 'Завантажуємо ще послуги…',
  errorUnreachable: 'Не вдалося зʼєднатися з каталогом. Перевірте підключення до інтернету і спробуйте ще раз.',
  errorNotJson: 'Каталог надіслав дані, які не вдалося прочитати (це не JSON).',
  errorNotHsds: 'Ця адреса не схожа на каталог послуг (HSDS).',
  errorNoSource: 'Не вказано адресу каталогу (задайте атрибут src).',
  distance: (d, unit) => `${unit === UNIT_MI ? milesAfter(d) : `${d} ${unit}`} звідси`,
  unitMi: UNIT_MI,
  unitKm: 'км',
  open24: 'Відчинено цілодобово',
  openClosesIn: (min) => `Відчинено · зачиниться за ${num(min)} хв`,
  openClosesAt: (time) => `Відчинено · до ${time}`,
  open: 'Відчинено',
  closedOpensAt: (time) => `Зачинено · відчиниться о ${time}`,
  closedOpensOn: (day, time) => {
    const on = onDay(day);
    return on ? `Зачинено · відчиниться ${on} о ${time}` : `Зачинено · відчиниться: ${day}, ${time}`;
  },
  closed: 'Зачинено',
  hoursUnknown: 'Години роботи невідомі',
  hoursOutOfDate: 'Години роботи можуть бути неактуальними',
  hoursValidUntil: (date) => `Ці години роботи було вказано як чинні до ${date}, тож вони можуть бути застарілими. Перш ніж іти, зателефонуйте й уточніть.`,
  lastVerified: (date) => `Остання перевірка: ${date}`,
  status: (s) => `Статус: ${s}`,
  serviceStatus: {inactive: 'Не працює', defunct: 'Більше не надається', 'temporarily closed': 'Тимчасово зачинено'},
  phoneTypes: {text: 'SMS', fax: 'факс', cell: 'мобільний', textphone: 'текстофон', video: 'відео', pager: 'пейджер'},
  extension: 'дод.',
  call: 'Зателефонувати',
  text: 'SMS',
  directions: 'Як дістатися',
  website: 'Вебсайт',
  email: 'Ел. пошта',
  details: 'Докладніше',
  detailsOf: (name) => `Докладніше: ${name}`,
  save: 'Зберегти',
  saved: 'Збережено',
  saveNamed: (name) => `Зберегти ${name}`,
  savedNamed: (name) => `Збережено: ${name}`,
  opensNewTab: '(відкриється в новій вкладці)',
  description: 'Опис',
  eligibility: 'Хто може звернутися',
  ages: 'Вік',
  ageRange: (min, max) =>
    min !== undefined && max !== undefined ? `від ${num(min)} до ${years(max)}` : min !== undefined ? `від ${years(min)}` : `до ${years(max ?? 0)}`,
  fees: 'Вартість',
  freeService: 'Безкоштовно',
  applicationProcess: 'Як звернутися',
  languages: 'Мови',
  interpretation: 'Послуги перекладача',
  accessibility: 'Доступність',
  transportation: 'Як дістатися',
  serviceArea: 'Зона обслуговування',
  capacity: 'Місця',
  capacityLine: (available, maximum, unit) => {
    const counts = available !== undefined ? `вільно: ${num(available)}${maximum !== undefined ? ` з ${num(maximum)}` : ''}` : maximum !== undefined ? `усього: ${num(maximum)}` : '';
    return counts && unit ? `${counts} (${unit})` : counts || (unit ?? '');
  },
  requiredDocuments: 'Що взяти з собою',
  hours: 'Години роботи',
  hoursNote: 'Години роботи можуть змінюватися; за можливості зателефонуйте заздалегідь.',
  closedDay: 'Зачинено',
  allDay: 'Цілодобово',
  nextDay: '(наступного дня)',
  address: 'Адреса',
  phones: 'Телефони',
  links: 'Посилання',
  alert: 'Оголошення',
  categories: 'Категорії',
  organization: 'Організація',
  loadingDetail: 'Завантаження подробиць…',
  savedList: (n) => `Мій список (${num(n)})`,
  savedHeading: 'Мій список',
  sharedHeading: 'Список за посиланням',
  savedEmpty: 'Ваш список порожній. Натисніть «Зберегти» біля послуги, щоб вона зʼявилася тут (лише на цьому пристрої).',
  savedPrivacy: 'Ваш список зберігається лише на цьому пристрої.',
  sendPhone: 'Надіслати на мій телефон',
  sendEmail: 'Надіслати на мою пошту',
  sendNote: 'Відкриє ваш застосунок повідомлень або пошти з уже готовим текстом. Нічого не проходить через цей сайт.',
  sendSubject: 'Збережені мною послуги',
  sendMore: (n) => `…і ще ${num(n)} за посиланням`,
  printHandout: 'Надрукувати пам’ятку',
  handoutQr: 'QR-код посилання на список',
  handoutScan: 'Відскануйте код або відкрийте це посилання, щоб побачити список:',
  handoutTooLong: 'Відкрийте це посилання, щоб побачити список:',
  print: 'Надрукувати',
  share: 'Копіювати посилання на список',
  shareCopied: 'Посилання скопійовано. У ньому лише послуги — нічого про вас.',
  shareLabel: 'Посилання на список',
  saveAll: 'Зберегти їх у мій список',
  backToResults: 'Назад до результатів',
  remove: 'Видалити',
  missingService: (id) => `Цієї послуги більше немає в каталозі (${id}).`,
  report: 'Повідомити про помилку',
  reportHeading: 'Повідомити про помилку в цьому записі',
  reportNote: 'Що не так? (Будь ласка, не вказуйте особисті дані.)',
  reportSend: 'Надіслати повідомлення',
  reportSending: 'Надсилаємо…',
  reportSent: 'Дякуємо. Ваше повідомлення надіслано тим, хто веде цей каталог.',
  reportFailed: 'Не вдалося надіслати повідомлення. Спробуйте ще раз.',
  reportMail: 'Написати листа про цей запис',
  reportSubject: (name) => `Виправлення: ${name}`,
  quickExit: 'Швидкий вихід',
  crisisHeading: 'Криза? Допомога доступна просто зараз, цілодобово:',
  crisisCall988: 'Зателефонувати на 988',
  crisisText988: 'SMS на 988 (англійською)',
  crisisSamhsa: 'Лінія SAMHSA 1-800-662-4357 (англ./ісп.)',
  skipped: (n) =>
    plural(n, 'uk', {
      one: 'Пропущено {n} запис, який не вдалося прочитати.',
      few: 'Пропущено {n} записи, які не вдалося прочитати.',
      many: 'Пропущено {n} записів, які не вдалося прочитати.',
      other: 'Пропущено {n} запису, які не вдалося прочитати.',
    }),
};
