/** Тексты <peer-story-carousel> (формы «поделиться» и «отозвать» — в `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'ru');

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Истории людей в выздоровлении',
  carouselRole: 'карусель',
  slideRole: 'слайд',
  previous: 'Предыдущая история',
  next: 'Следующая история',
  stopRotation: 'Остановить автопрокрутку',
  startRotation: 'Включить автопрокрутку',
  position: (n, total, title) => `История ${num(n)} из ${num(total)}: ${title}`,
  showAll: 'Показать все истории',
  showCarousel: 'Показывать по одной',
  empty: 'Здесь пока никто не поделился своей историей.',
  errorNoSource: 'Не указан адрес историй (задайте атрибут api или src).',
  allHidden: 'У всех историй здесь есть предупреждения о темах, которые вы скрыли.',
  hiddenCount: (n) =>
    plural(n, 'ru', {
      one: 'Ваши настройки содержания скрывают {n} историю.',
      few: 'Ваши настройки содержания скрывают {n} истории.',
      many: 'Ваши настройки содержания скрывают {n} историй.',
      other: 'Ваши настройки содержания скрывают {n} истории.',
    }),
  settings: 'Настройки содержания',
  settingsHint: 'Скрывать истории, в которых упоминается:',
  warning: {
    'suicide-self-harm': 'суицид или самоповреждение',
    'substance-use': 'употребление наркотиков или алкоголя',
    relapse: 'срыв',
    overdose: 'передозировка',
    abuse: 'насилие',
  },
  warningIntro: 'Предупреждение о содержании:',
  openStory: 'Показать эту историю',
  readMore: 'Читать дальше',
  readLess: 'Свернуть',
  inRecovery: (duration) => `${duration} в выздоровлении`,
  newInRecovery: 'Меньше месяца в выздоровлении',
  shared: (date) => `Опубликовано ${date}`,
  by: (name) => `— ${name}`,
  share: 'Поделиться своей историей',
  withdraw: 'Отозвать историю',
  loadingForm: 'Открываем форму…',
  formLoadFailed: 'Не удалось открыть форму. Проверьте подключение к интернету и попробуйте ещё раз.',
};
