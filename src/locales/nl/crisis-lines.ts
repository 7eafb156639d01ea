import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Dutch, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: the 988 phone
 * line has interpreters (more than 240 languages), its text and chat are in English and Spanish only;
 * SAMHSA answers in English and Spanish only; 911 has interpreters.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (crisis- en zelfmoordpreventielijn)',
      description:
        'Bel 988 en vraag om een tolk Nederlands (zeg ‘Dutch’): aan de telefoon is er tolkhulp in meer dan 240 talen. Sms en chat zijn alleen in het Engels en Spaans. Gratis, vertrouwelijk en 24/7, ook bij een crisis door alcohol of drugs.',
      actions: [
        {label: 'Bel 988', href: 'tel:988'},
        {label: 'Sms 988 (Engels of Spaans)', href: 'sms:988'},
        {label: 'Chat op 988lifeline.org (Engels)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline (landelijke hulplijn)',
      description:
        'Alleen in het Engels en Spaans. 1-800-662-4357 (1-800-662-HELP): gratis en vertrouwelijke informatie en doorverwijzing naar behandeling, 24/7. TTY 1-800-487-4889.',
      actions: [{label: 'Bel 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Overdosis of direct gevaar',
      description: 'Bel nu 911; er zijn tolken (zeg ‘Dutch’). Heb je naloxon (Narcan)? Gebruik het en blijf bij de persoon.',
      actions: [{label: 'Bel 911', href: 'tel:911'}],
    },
  ],
};
