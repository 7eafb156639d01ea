import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'خروج سريع',
  hint: 'للمغادرة فورًا إلى موقع محايد (أو بالضغط على مفتاح Esc مرتين خارج خانات الكتابة).',
  tip: 'ينقلك الخروج السريع فورًا إلى موقع محايد، ولن يُظهر زر الرجوع هذه الصفحة. لكنه لا يستطيع محو سجل التصفح: يمكنك مسحه بعد ذلك من إعدادات المتصفح (Ctrl+Shift+Delete في معظم أجهزة الكمبيوتر)، أو استخدام نافذة تصفح خاصة.',
  tipDismiss: 'فهمت',
};
