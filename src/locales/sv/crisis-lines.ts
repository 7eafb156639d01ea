import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Swedish, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: the 988 phone
 * line has interpreters (more than 240 languages), its text and chat are in English and Spanish only;
 * SAMHSA answers in English and Spanish only; 911 has interpreters.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (stödlinje vid kris och självmordstankar)',
      description:
        'Ring 988 och be om en svensk tolk (säg ”Swedish”): i telefon finns tolk på över 240 språk. Sms och chatt finns bara på engelska och spanska. Gratis, konfidentiellt och dygnet runt, även vid kris med alkohol eller droger.',
      actions: [
        {label: 'Ring 988', href: 'tel:988'},
        {label: 'Sms:a 988 (engelska eller spanska)', href: 'sms:988'},
        {label: 'Chatta på 988lifeline.org (engelska)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline (nationell hjälplinje)',
      description:
        'Svarar bara på engelska och spanska. 1-800-662-4357 (1-800-662-HELP): gratis och konfidentiell information och hänvisning till behandling, dygnet runt. TTY 1-800-487-4889.',
      actions: [{label: 'Ring 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Överdos eller akut fara',
      description: 'Ring 911 nu; det finns tolk (säg ”Swedish”). Om du har naloxon (Narcan), använd det och stanna hos personen.',
      actions: [{label: 'Ring 911', href: 'tel:911'}],
    },
  ],
};
