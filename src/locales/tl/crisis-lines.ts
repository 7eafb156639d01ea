import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Filipino / Tagalog, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 answers calls
 * through an interpreter (240+ languages), its text and chat are English and Spanish only; SAMHSA's
 * helpline answers in English and Spanish only; 911 has interpreters.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (hotline para sa krisis at pag-iwas sa pagpapakamatay)',
      description:
        'Tumawag sa 988 at sabihing “Tagalog” para magkaroon ng tagasalin sa Tagalog. Libre, kumpidensyal, 24/7, kasama ang krisis dahil sa droga o alak. Ang text at chat ay sa Ingles at Espanyol lang.',
      actions: [
        {label: 'Tumawag sa 988', href: 'tel:988'},
        {label: 'Mag-text sa 988 (Ingles)', href: 'sms:988'},
        {label: 'Mag-chat sa 988lifeline.org (Ingles)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline',
      description:
        '1-800-662-4357 (1-800-662-HELP): libre at kumpidensyal na impormasyon at referral para sa gamutan, 24/7. Sa Ingles at Espanyol lang sumasagot ang linyang ito, walang Tagalog. TTY 1-800-487-4889.',
      actions: [{label: 'Tumawag sa 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Overdose o agarang panganib',
      description:
        'Tumawag agad sa 911. May tagasalin ang 911: sabihing “Tagalog” kung kailangan mo. Kung may naloxone (Narcan) ka, gamitin ito at samahan ang tao.',
      actions: [{label: 'Tumawag sa 911', href: 'tel:911'}],
    },
  ],
};
