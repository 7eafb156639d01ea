import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

const count = (n: number) => formatNumber(n, 'pt');
/** CLDR puts 0 with `one` in Portuguese (for 0,5 and 1,5); a count of zero reads in the plural in Brazil ("0 perguntas"). */
const pl = (n: number, forms: {one: string; many: string; other: string}) => (n === 0 ? forms.other.replace('{n}', count(0)) : plural(n, 'pt', forms));

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Ver minha resposta',
  lookupLabel: 'Seu código de acompanhamento',
  lookupHint: 'Por exemplo K7QH-M3XD-9TRV-2PWA. Pode usar espaços, hifens e letras minúsculas.',
  lookupSubmit: 'Consultar',
  lookupChecking: 'Consultando…',
  lookupEmpty: 'Digite seu código de acompanhamento.',
  lookupNotFound: 'Não encontramos esse código. Confira cada caractere e tente de novo.',
  lookupBlocked: 'Este site ainda não consegue consultar respostas no servidor dele; por favor, avise o site. Guarde seu código: ele vai funcionar quando isso for resolvido.',
  status: {
    pending: 'Aguardando resposta. Volte a consultar daqui a alguns dias.',
    answered: 'Sua pergunta foi respondida.',
    published: 'Sua pergunta foi respondida e publicada de forma anônima.',
    declined: 'Sentimos muito: não conseguimos responder a esta pergunta. Se você precisa de ajuda agora, use os recursos desta página.',
  },
  statusLabel: 'Situação',
  answerLabel: 'Resposta',
  answeredBy: {peer: 'Respondida por alguém do apoio entre pares', clinician: 'Respondida por um profissional de saúde'},
  answeredOn: (date) => `Respondida em ${date}`,
  listEmpty: 'Ainda não há perguntas publicadas.',
  listNoMatch: (q) => `Nenhuma pergunta publicada corresponde a “${q}”.`,
  resultCount: (n) => pl(n, {one: '{n} pergunta', many: '{n} de perguntas', other: '{n} perguntas'}),
  question: 'Pergunta',
  answer: 'Resposta',
  role: {peer: 'Resposta do apoio entre pares', clinician: 'Resposta de profissional de saúde'},
  publishedOn: (date) => `Publicada em ${date}`,
  previous: 'Página anterior',
  next: 'Próxima página',
  pageOf: (page, pages) => `Página ${count(page)} de ${count(pages)}`,
};
