import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Arabic, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 and 911
 * answer by phone through an interpreter; 988's text and chat, and SAMHSA's helpline, are in English
 * and Spanish only, and say so.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: 'خط 988 للوقاية من الانتحار والأزمات',
      description:
        'يمكنك الاتصال بالرقم 988 مجانًا وبسرية، على مدار الساعة طوال أيام الأسبوع، بما في ذلك في أزمات المخدرات والكحول. يتوفر عبر الهاتف مترجم فوري للعربية: يكفي طلبه بكلمة «Arabic». أما الرسائل النصية والدردشة فباللغتين الإنجليزية والإسبانية فقط.',
      actions: [
        {label: 'اتصال بالرقم 988', href: 'tel:988'},
        {label: 'رسالة نصية إلى 988 (بالإنجليزية)', href: 'sms:988'},
        {label: 'دردشة على 988lifeline.org (بالإنجليزية)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'خط SAMHSA الوطني للمساعدة',
      description:
        'معلومات وإحالة إلى العلاج، مجانًا وبسرية، على مدار الساعة، على الرقم 1-800-662-4357. يُجيب باللغتين الإنجليزية والإسبانية فقط، ولا تتوفر فيه العربية. الهاتف النصي للصم (TTY): 1-800-487-4889.',
      actions: [{label: 'اتصال بالرقم 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'جرعة زائدة أو خطر داهم',
      description: 'يُرجى الاتصال بالرقم 911 فورًا، ويمكن طلب مترجم فوري للعربية. إذا كان لديك نالوكسون (Narcan)، يُرجى استخدامه والبقاء مع الشخص.',
      actions: [{label: 'اتصال بالرقم 911', href: 'tel:911'}],
    },
  ],
};
