import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'دیدن پاسخ من',
  lookupLabel: 'کد پیگیری شما',
  lookupHint: 'برای مثال \u2068K7QH-M3XD-9TRV-2PWA\u2069. فاصله، خط تیره و حروف کوچک اشکالی ندارد.',
  lookupSubmit: 'بررسی',
  lookupChecking: 'در حال بررسی…',
  lookupEmpty: 'لطفاً کد پیگیری خود را وارد کنید.',
  lookupNotFound: 'این کد را پیدا نکردیم. لطفاً تک‌تک نویسه‌ها را بررسی کنید و دوباره تلاش کنید.',
  lookupBlocked: 'این سایت هنوز نمی‌تواند پاسخ‌ها را از سرورش بگیرد؛ لطفاً به گردانندگان سایت خبر دهید. کد خود را نگه دارید: وقتی مشکل رفع شود، کار می‌کند.',
  status: {
    pending: 'در انتظار پاسخ. لطفاً چند روز دیگر دوباره سر بزنید.',
    answered: 'به پرسش شما پاسخ داده شده است.',
    published: 'به پرسش شما پاسخ داده شده و به‌صورت ناشناس منتشر شده است.',
    declined: 'متأسفیم، نتوانستیم به این پرسش پاسخ دهیم. اگر همین حالا به کمک نیاز دارید، لطفاً از منابع همین صفحه استفاده کنید.',
  },
  statusLabel: 'وضعیت',
  answerLabel: 'پاسخ',
  answeredBy: {peer: 'پاسخ از یک همیار همتا', clinician: 'پاسخ از یک متخصص درمان'},
  answeredOn: (date: string) => `تاریخ پاسخ: ${date}`,
  listEmpty: 'هنوز پرسشی منتشر نشده است.',
  listNoMatch: (q: string) => `هیچ پرسش منتشرشده‌ای با «${q}» جور درنمی‌آید.`,
  resultCount: (n: number) => plural(n, 'fa', {one: '{n} پرسش', other: '{n} پرسش'}),
  question: 'پرسش',
  answer: 'پاسخ',
  role: {peer: 'پاسخ همتا', clinician: 'پاسخ متخصص درمان'},
  publishedOn: (date: string) => `تاریخ انتشار: ${date}`,
  previous: 'صفحه‌ی قبل',
  next: 'صفحه‌ی بعد',
  pageOf: (page: number, pages: number) => `صفحه‌ی ${formatNumber(page, 'fa')} از ${formatNumber(pages, 'fa')}`,
};
