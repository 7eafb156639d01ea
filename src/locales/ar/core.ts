import type {CoreStrings} from '../en/core.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  close: 'إغلاق',
  errorNetwork: 'تعذّر الاتصال بالخادم. يُرجى التحقق من اتصالك بالإنترنت ثم المحاولة مرة أخرى.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى.',
  errorHttp: (status) => `تعذّر على الخادم تزويدنا بهذه المعلومات (الخطأ ${formatNumber(status, 'ar', {useGrouping: false})}).`,
  errorParse: 'تعذّرت قراءة المعلومات التي وصلتنا.',
  errorUnknown: 'حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  skippedRecords: (n) =>
    plural(n, 'ar', {
      zero: 'لم يُتخطَّ أي سجل.',
      one: 'تعذّرت قراءة سجل واحد، فتم تخطيه.',
      two: 'تعذّرت قراءة سجلّين، فتم تخطيهما.',
      few: 'تعذّرت قراءة {n} سجلات، فتم تخطيها.',
      many: 'تعذّرت قراءة {n} سجلًا، فتم تخطيها.',
      other: 'تعذّرت قراءة {n} سجل، فتم تخطيها.',
    }),
  forget: 'نسيان هذا الجهاز',
  unreadableTitle: 'تعذّرت قراءة هذه القائمة.',
  unreadableReasons: 'أولى المشكلات التي عُثر عليها (لمن يديرون هذا الموقع، وهي بالإنجليزية):',
};
