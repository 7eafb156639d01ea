/** Тексти <peer-story-carousel> (форми «поділитися» й «відкликати» — у `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'uk');

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Історії людей, які одужують',
  carouselRole: 'карусель',
  slideRole: 'слайд',
  previous: 'Попередня історія',
  next: 'Наступна історія',
  stopRotation: 'Зупинити автопрокручування',
  startRotation: 'Увімкнути автопрокручування',
  position: (n, total, title) => `Історія ${num(n)} з ${num(total)}: ${title}`,
  showAll: 'Показати всі історії',
  showCarousel: 'Показувати по одній',
  empty: 'Тут ще ніхто не поділився своєю історією.',
  errorNoSource: 'Не вказано адресу історій (задайте атрибут api або src).',
  allHidden: 'Усі історії тут мають попередження про теми, які ви приховали.',
  hiddenCount: (n) =>
    plural(n, 'uk', {
      one: 'Ваші налаштування вмісту приховують {n} історію.',
      few: 'Ваші налаштування вмісту приховують {n} історії.',
      many: 'Ваші налаштування вмісту приховують {n} історій.',
      other: 'Ваші налаштування вмісту приховують {n} історії.',
    }),
  settings: 'Налаштування вмісту',
  settingsHint: 'Приховувати історії, у яких згадується:',
  warning: {
    'suicide-self-harm': 'суїцид або самоушкодження',
    'substance-use': 'вживання наркотиків або алкоголю',
    relapse: 'зрив',
    overdose: 'передозування',
    abuse: 'насильство',
  },
  warningIntro: 'Попередження про вміст:',
  openStory: 'Показати цю історію',
  readMore: 'Читати далі',
  readLess: 'Згорнути',
  inRecovery: (duration) => `${duration} одужання`,
  newInRecovery: 'Менше місяця одужання',
  shared: (date) => `Опубліковано ${date}`,
  by: (name) => `— ${name}`,
  share: 'Поділитися своєю історією',
  withdraw: 'Відкликати історію',
  loadingForm: 'Відкриваємо форму…',
  formLoadFailed: 'Не вдалося відкрити форму. Перевірте підключення до інтернету і спробуйте ще раз.',
};
