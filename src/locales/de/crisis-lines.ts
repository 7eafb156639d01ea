import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in German, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 by phone
 * through its interpreters (more than 240 languages; its texts and chat are in English and Spanish
 * only), 911 through its interpreters; SAMHSA's helpline answers in English and Spanish only.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (Krisen- und Suizidpräventions-Hotline)',
      description:
        'Rufen Sie 988 an und bitten Sie um eine Dolmetschung ins Deutsche (sagen Sie „German“): Am Telefon wird in mehr als 240 Sprachen gedolmetscht. Kostenlos, vertraulich, rund um die Uhr, auch bei Krisen mit Alkohol oder Drogen. SMS und Chat gibt es nur auf Englisch und Spanisch.',
      actions: [
        {label: '988 anrufen', href: 'tel:988'},
        {label: 'SMS an 988 (Englisch/Spanisch)', href: 'sms:988'},
        {label: 'Chat auf 988lifeline.org (Englisch)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline (nationale Info-Hotline zu Behandlungsangeboten)',
      description:
        '1-800-662-4357 (1-800-662-HELP): kostenlose, vertrauliche Informationen und Vermittlung in eine Behandlung, rund um die Uhr. Achtung: Diese Hotline antwortet nur auf Englisch und Spanisch. TTY 1-800-487-4889.',
      actions: [{label: '1-800-662-4357 anrufen', href: 'tel:+18006624357'}],
    },
    {
      name: 'Überdosis oder akute Gefahr',
      description: 'Rufen Sie sofort 911 an; dort wird gedolmetscht (sagen Sie „German“). Wenn Sie Naloxon (Narcan) haben, wenden Sie es an und bleiben Sie bei der Person.',
      actions: [{label: '911 anrufen', href: 'tel:911'}],
    },
  ],
};
