import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'الاطلاع على إجابتي',
  lookupLabel: 'رمز المتابعة الخاص بك',
  lookupHint: 'مثال: \u2068K7QH-M3XD-9TRV-2PWA\u2069. لا بأس بالمسافات والشرطات والأحرف الصغيرة.',
  lookupSubmit: 'عرض الإجابة',
  lookupChecking: 'جارٍ التحقق…',
  lookupEmpty: 'يُرجى كتابة رمز المتابعة.',
  lookupNotFound: 'لم نعثر على هذا الرمز. يُرجى التحقق من كل حرف ورقم ثم المحاولة مرة أخرى.',
  lookupBlocked: 'لا يستطيع هذا الموقع بعدُ الاطلاع على الإجابات عبر خادمه؛ يُرجى إبلاغ القائمين على الموقع. رمزك يبقى صالحًا، وسيعمل بعد إصلاح المشكلة، لذا يُستحسن الاحتفاظ به.',
  status: {
    pending: 'بانتظار الإجابة. يُرجى العودة للتحقق بعد بضعة أيام.',
    answered: 'تمت الإجابة عن سؤالك.',
    published: 'تمت الإجابة عن سؤالك، ونُشر مع الإجابة دون الكشف عن هويتك.',
    declined: 'نأسف، لم نتمكن من الإجابة عن هذا السؤال. إذا كنت بحاجة إلى مساعدة الآن، يُرجى الاستعانة بالموارد المتاحة في هذه الصفحة.',
  },
  statusLabel: 'الحالة',
  answerLabel: 'الإجابة',
  answeredBy: {peer: 'أجاب عنه داعمٌ من الأقران', clinician: 'أجاب عنه أخصائي رعاية صحية'},
  answeredOn: (date: string) => `تمت الإجابة في ${date}`,
  listEmpty: 'لا توجد أسئلة منشورة بعد.',
  listNoMatch: (q: string) => `لا توجد أسئلة منشورة تطابق «${q}».`,
  resultCount: (n: number) =>
    plural(n, 'ar', {zero: 'لا توجد أسئلة', one: 'سؤال واحد', two: 'سؤالان', few: '{n} أسئلة', many: '{n} سؤالًا', other: '{n} سؤال'}),
  question: 'السؤال',
  answer: 'الإجابة',
  role: {peer: 'إجابة من الأقران', clinician: 'إجابة أخصائي رعاية صحية'},
  publishedOn: (date: string) => `نُشر في ${date}`,
  previous: 'الصفحة السابقة',
  next: 'الصفحة التالية',
  pageOf: (page: number, pages: number) => `الصفحة ${formatNumber(page, 'ar')} من ${formatNumber(pages, 'ar')}`,
};
