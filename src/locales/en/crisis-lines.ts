import type {CrisisLine} from '../../model/crisis-lines.js';

/**
 * The built-in crisis lines in English, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does.
 */
/** Region code (lower case) → the lines shown there. */
export type CrisisLineTable = Record<string, CrisisLine[]>;

export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline',
      description: 'Call or text 988, or chat online. Free, confidential, 24/7, including for drug and alcohol crises.',
      actions: [
        {label: 'Call 988', href: 'tel:988'},
        {label: 'Text 988', href: 'sms:988'},
        {label: 'Chat at 988lifeline.org', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline',
      description: '1-800-662-4357 (1-800-662-HELP): free, confidential treatment referral and information, 24/7, in English and Spanish. TTY 1-800-487-4889.',
      actions: [{label: 'Call 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Overdose or immediate danger',
      description: 'Call 911 now. If you have naloxone (Narcan), use it and stay with the person.',
      actions: [{label: 'Call 911', href: 'tel:911'}],
    },
  ],
};
