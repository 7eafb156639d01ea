import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Tingnan ang sagot',
  lookupLabel: 'Ang iyong code ng resibo',
  lookupHint: 'Halimbawa: K7QH-M3XD-9TRV-2PWA. Ayos lang ang mga espasyo, gitling at maliliit na titik.',
  lookupSubmit: 'Tingnan',
  lookupChecking: 'Sinusuri…',
  lookupEmpty: 'Pakilagay ang iyong code ng resibo.',
  lookupNotFound: 'Hindi namin mahanap ang code na iyan. Pakisuri ang bawat karakter at subukan ulit.',
  lookupBlocked:
    'Hindi pa masuri ng site na ito ang mga sagot sa server nito; pakisabihan ang site. Itago ang iyong code: gagana ito kapag naayos na ang problema.',
  status: {
    pending: 'Naghihintay pa ng sagot. Pakitingnan ulit pagkalipas ng ilang araw.',
    answered: 'Nasagot na ang iyong tanong.',
    published: 'Nasagot na ang iyong tanong at nailathala nang hindi ka nakikilala.',
    declined: 'Paumanhin: hindi namin nasagot ang tanong na ito. Kung kailangan mo ng tulong ngayon, gamitin ang mga mapagkukunan ng tulong sa pahinang ito.',
  },
  statusLabel: 'Katayuan',
  answerLabel: 'Sagot',
  answeredBy: {peer: 'Sinagot ng isang kapwa tagasuporta', clinician: 'Sinagot ng isang propesyonal sa kalusugan'},
  answeredOn: (date) => `Sinagot noong ${date}`,
  listEmpty: 'Wala pang nailathalang tanong.',
  listNoMatch: (q) => `Walang nailathalang tanong na tugma sa “${q}”.`,
  resultCount: (n) => plural(n, 'tl', {one: '{n} tanong', other: '{n} na tanong'}),
  question: 'Tanong',
  answer: 'Sagot',
  role: {peer: 'Sagot ng kapwa tagasuporta', clinician: 'Sagot ng propesyonal sa kalusugan'},
  publishedOn: (date) => `Nailathala noong ${date}`,
  previous: 'Nakaraang pahina',
  next: 'Susunod na pahina',
  pageOf: (page, pages) => `Pahina ${formatNumber(page, 'tl')} ng ${formatNumber(pages, 'tl')}`,
};
