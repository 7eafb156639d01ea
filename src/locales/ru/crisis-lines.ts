import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Russian, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 and 911
 * answer in English and connect an interpreter on request; 988's texts and chat and SAMHSA's
 * helpline are in English and Spanish only, and the descriptions say so.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (кризисная линия)',
      description:
        'Позвоните на 988 и скажите «Russian» — вас соединят с переводчиком (перевод более чем на 240 языков). SMS и чат — только на английском и испанском. Бесплатно, конфиденциально, круглосуточно, в том числе при кризисах, связанных с наркотиками или алкоголем.',
      actions: [
        {label: 'Позвонить на 988', href: 'tel:988'},
        {label: 'SMS на 988 (на английском)', href: 'sms:988'},
        {label: 'Чат на 988lifeline.org (на английском)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline (горячая линия SAMHSA)',
      description:
        '1-800-662-4357 (1-800-662-HELP): бесплатная конфиденциальная информация и направления на лечение, круглосуточно. Линия отвечает только на английском и испанском. TTY 1-800-487-4889.',
      actions: [{label: 'Позвонить: 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Передозировка или непосредственная опасность',
      description:
        'Сейчас же позвоните в 911. Диспетчер может подключить переводчика: скажите «Russian». Если у вас есть налоксон (Narcan), используйте его и оставайтесь рядом с человеком.',
      actions: [{label: 'Позвонить в 911', href: 'tel:911'}],
    },
  ],
};
