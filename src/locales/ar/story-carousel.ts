/** نصوص <peer-story-carousel>: العرض الدوّار للقصص (نصوص نموذجَي المشاركة والسحب في story-share.ts). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'قصص من أشخاص في رحلة التعافي',
  carouselRole: 'عرض متتابع',
  slideRole: 'شريحة',
  previous: 'القصة السابقة',
  next: 'القصة التالية',
  stopRotation: 'إيقاف العرض التلقائي',
  startRotation: 'تشغيل العرض التلقائي',
  position: (n, total, title) => `القصة ${formatNumber(n, 'ar')} من ${formatNumber(total, 'ar')}: ${title}`,
  showAll: 'عرض كل القصص',
  showCarousel: 'عرض قصة واحدة في كل مرة',
  empty: 'لم تُشارَك أي قصص هنا بعد.',
  errorNoSource: 'لم يُحدَّد عنوان القصص (السمة api أو src).',
  allHidden: 'كل القصص هنا تحمل تحذيرًا بشأن محتوى اخترت إخفاءه.',
  hiddenCount: (n) =>
    plural(n, 'ar', {
      zero: 'لا تُخفي إعدادات المحتوى لديك أي قصة.',
      one: 'تُخفي إعدادات المحتوى لديك قصة واحدة.',
      two: 'تُخفي إعدادات المحتوى لديك قصتين.',
      few: 'تُخفي إعدادات المحتوى لديك {n} قصص.',
      many: 'تُخفي إعدادات المحتوى لديك {n} قصة.',
      other: 'تُخفي إعدادات المحتوى لديك {n} قصة.',
    }),
  settings: 'إعدادات المحتوى',
  settingsHint: 'إخفاء القصص التي تتناول:',
  warning: {
    'suicide-self-harm': 'الانتحار أو إيذاء النفس',
    'substance-use': 'تعاطي المخدرات أو الكحول',
    relapse: 'الانتكاس',
    overdose: 'الجرعة الزائدة',
    abuse: 'الإساءة',
  },
  warningIntro: 'تحذير بشأن المحتوى:',
  openStory: 'عرض هذه القصة',
  readMore: 'قراءة المزيد',
  readLess: 'عرض أقل',
  inRecovery: (duration) => `مدة التعافي: ${duration}`,
  newInRecovery: 'مدة التعافي: أقل من شهر',
  shared: (date) => `نُشرت في ${date}`,
  by: (name) => `— ${name}`,
  share: 'مشاركة قصتك',
  withdraw: 'سحب قصة',
  loadingForm: 'جارٍ فتح النموذج…',
  formLoadFailed: 'تعذّر فتح النموذج. يُرجى التحقق من اتصالك ثم المحاولة مرة أخرى.',
};
