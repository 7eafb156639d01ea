import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Перевірити відповідь',
  lookupLabel: 'Ваш код підтвердження',
  lookupHint: 'Наприклад, K7QH-M3XD-9TRV-2PWA. Пробіли, дефіси й малі літери не завадять.',
  lookupSubmit: 'Перевірити',
  lookupChecking: 'Перевіряємо…',
  lookupEmpty: 'Введіть свій код підтвердження.',
  lookupNotFound: 'Ми не знайшли такого коду. Перевірте кожен символ і спробуйте ще раз.',
  lookupBlocked: 'Цей сайт поки не може перевіряти відповіді через свій сервер; будь ласка, повідомте про це адміністрацію сайту. Збережіть код: він запрацює, щойно проблему виправлять.',
  status: {
    pending: 'Відповіді ще немає. Загляньте сюди за кілька днів.',
    answered: 'На ваше запитання відповіли.',
    published: 'На ваше запитання відповіли й анонімно його опублікували.',
    declined: 'На жаль, ми не змогли відповісти на це запитання. Якщо вам потрібна допомога просто зараз, скористайтеся контактами на цій сторінці.',
  },
  statusLabel: 'Статус',
  answerLabel: 'Відповідь',
  answeredBy: {peer: 'Відповів рівний консультант', clinician: 'Відповів фахівець'},
  answeredOn: (date) => `Відповідь надано ${date}`,
  listEmpty: 'Опублікованих запитань ще немає.',
  listNoMatch: (q) => `За запитом «${q}» опублікованих запитань немає.`,
  resultCount: (n) => plural(n, 'uk', {one: '{n} запитання', few: '{n} запитання', many: '{n} запитань', other: '{n} запитання'}),
  question: 'Запитання',
  answer: 'Відповідь',
  role: {peer: 'Відповідь рівного консультанта', clinician: 'Відповідь фахівця'},
  publishedOn: (date) => `Опубліковано ${date}`,
  previous: 'Попередня сторінка',
  next: 'Наступна сторінка',
  pageOf: (page, pages) => `Сторінка ${formatNumber(page, 'uk')} з ${formatNumber(pages, 'uk')}`,
};
