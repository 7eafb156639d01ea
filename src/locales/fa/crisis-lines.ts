import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Persian, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 and 911
 * answer by phone through an interpreter; 988's text and chat, and SAMHSA's helpline, are in English
 * and Spanish only, and say so.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: 'خط ۹۸۸ پیشگیری از خودکشی و بحران',
      description:
        'با ۹۸۸ تماس بگیرید: رایگان، محرمانه و شبانه‌روزی، از جمله برای بحران‌های مربوط به مواد و الکل. در تماس تلفنی می‌توانید مترجم فارسی بخواهید؛ کافی است بگویید «Farsi». پیامک و گفت‌وگوی آنلاین فقط به انگلیسی و اسپانیایی است.',
      actions: [
        {label: 'تماس با ۹۸۸', href: 'tel:988'},
        {label: 'پیامک به ۹۸۸ (به انگلیسی)', href: 'sms:988'},
        {label: 'گفت‌وگو در 988lifeline.org (به انگلیسی)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'خط ملی کمک SAMHSA',
      description:
        'شماره‌ی ۱-۸۰۰-۶۶۲-۴۳۵۷: اطلاعات و معرفی به مراکز درمان، رایگان، محرمانه و شبانه‌روزی. این خط فقط به انگلیسی و اسپانیایی پاسخ می‌دهد و فارسی ندارد. تلفن متنی برای ناشنوایان (TTY): ۱-۸۰۰-۴۸۷-۴۸۸۹.',
      actions: [{label: 'تماس با ۱-۸۰۰-۶۶۲-۴۳۵۷', href: 'tel:+18006624357'}],
    },
    {
      name: 'اوردوز یا خطر فوری',
      description: 'همین حالا با ۹۱۱ تماس بگیرید؛ می‌توانید مترجم فارسی بخواهید. اگر نالوکسان (Narcan) دارید، از آن استفاده کنید و کنار آن فرد بمانید.',
      actions: [{label: 'تماس با ۹۱۱', href: 'tel:911'}],
    },
  ],
};
