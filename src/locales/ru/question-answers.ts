import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Проверить ответ',
  lookupLabel: 'Ваш код подтверждения',
  lookupHint: 'Например, K7QH-M3XD-9TRV-2PWA. Пробелы, дефисы и строчные буквы не помешают.',
  lookupSubmit: 'Проверить',
  lookupChecking: 'Проверяем…',
  lookupEmpty: 'Введите свой код подтверждения.',
  lookupNotFound: 'Мы не нашли такой код. Проверьте каждый символ и попробуйте ещё раз.',
  lookupBlocked: 'Этот сайт пока не может проверять ответы через свой сервер; пожалуйста, сообщите об этом администрации сайта. Сохраните код: он заработает, когда проблему исправят.',
  status: {
    pending: 'Ответа пока нет. Загляните сюда через несколько дней.',
    answered: 'На ваш вопрос ответили.',
    published: 'На ваш вопрос ответили и анонимно опубликовали его.',
    declined: 'К сожалению, мы не смогли ответить на этот вопрос. Если вам нужна помощь прямо сейчас, воспользуйтесь контактами на этой странице.',
  },
  statusLabel: 'Статус',
  answerLabel: 'Ответ',
  answeredBy: {peer: 'Ответил равный консультант', clinician: 'Ответил специалист'},
  answeredOn: (date) => `Ответ дан ${date}`,
  listEmpty: 'Опубликованных вопросов пока нет.',
  listNoMatch: (q) => `По запросу «${q}» опубликованных вопросов нет.`,
  resultCount: (n) => plural(n, 'ru', {one: '{n} вопрос', few: '{n} вопроса', many: '{n} вопросов', other: '{n} вопроса'}),
  question: 'Вопрос',
  answer: 'Ответ',
  role: {peer: 'Ответ равного консультанта', clinician: 'Ответ специалиста'},
  publishedOn: (date) => `Опубликовано ${date}`,
  previous: 'Предыдущая страница',
  next: 'Следующая страница',
  pageOf: (page, pages) => `Страница ${formatNumber(page, 'ru')} из ${formatNumber(pages, 'ru')}`,
};
