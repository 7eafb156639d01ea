import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Italian, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 by phone
 * through its interpreters (more than 240 languages; its texts and chat are in English and Spanish
 * only), 911 through its interpreters; SAMHSA's helpline answers in English and Spanish only.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (linea di crisi e prevenzione del suicidio)',
      description:
        'Chiama il 988 e chiedi un interprete in italiano (di’ «Italian»): al telefono c’è l’interpretariato in più di 240 lingue. Gratuito, riservato, 24 ore su 24, anche per crisi legate ad alcol o droghe. SMS e chat sono solo in inglese e spagnolo.',
      actions: [
        {label: 'Chiama il 988', href: 'tel:988'},
        {label: 'SMS al 988 (inglese o spagnolo)', href: 'sms:988'},
        {label: 'Chat su 988lifeline.org (in inglese)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline (linea nazionale di informazione sui trattamenti)',
      description:
        '1-800-662-4357 (1-800-662-HELP): informazioni e indirizzamento ai trattamenti, gratuiti e riservati, 24 ore su 24. Attenzione: questa linea risponde solo in inglese e spagnolo. TTY 1-800-487-4889.',
      actions: [{label: 'Chiama il 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Overdose o pericolo immediato',
      description: 'Chiama subito il 911: c’è un servizio di interpreti (di’ «Italian»). Se hai il naloxone (Narcan), usalo e resta con la persona.',
      actions: [{label: 'Chiama il 911', href: 'tel:911'}],
    },
  ],
};
