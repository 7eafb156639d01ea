import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Ukrainian, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 and 911
 * answer in English and connect an interpreter on request; 988's texts and chat and SAMHSA's
 * helpline are in English and Spanish only, and the descriptions say so.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (кризова лінія)',
      description:
        'Зателефонуйте на 988 і скажіть «Ukrainian» — вас зʼєднають із перекладачем (переклад понад 240 мовами). SMS і чат — лише англійською та іспанською. Безкоштовно, конфіденційно, цілодобово, зокрема в кризах, повʼязаних із наркотиками чи алкоголем.',
      actions: [
        {label: 'Зателефонувати на 988', href: 'tel:988'},
        {label: 'SMS на 988 (англійською)', href: 'sms:988'},
        {label: 'Чат на 988lifeline.org (англійською)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline (гаряча лінія SAMHSA)',
      description:
        '1-800-662-4357 (1-800-662-HELP): безкоштовна конфіденційна інформація та направлення на лікування, цілодобово. Лінія відповідає лише англійською та іспанською. TTY 1-800-487-4889.',
      actions: [{label: 'Зателефонувати: 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Передозування або безпосередня небезпека',
      description:
        'Негайно зателефонуйте на 911. Диспетчер може підключити перекладача: скажіть «Ukrainian». Якщо у вас є налоксон (Narcan), застосуйте його й залишайтеся поруч із людиною.',
      actions: [{label: 'Зателефонувати на 911', href: 'tel:911'}],
    },
  ],
};
