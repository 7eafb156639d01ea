import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in French, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 by phone
 * through its interpreters (more than 240 languages; its texts and chat are in English and Spanish
 * only), 911 through its interpreters; SAMHSA's helpline answers in English and Spanish only.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (ligne de crise et de prévention du suicide)',
      description:
        'Appelez le 988 et demandez un interprète en français (dites « French ») : l’interprétation est proposée dans plus de 240 langues. Gratuit, confidentiel, 24 h/24, 7 j/7, y compris en cas de crise liée à l’alcool ou aux drogues. Les SMS et le chat se font uniquement en anglais ou en espagnol.',
      actions: [
        {label: 'Appeler le 988', href: 'tel:988'},
        {label: 'SMS au 988 (anglais ou espagnol)', href: 'sms:988'},
        {label: 'Chat sur 988lifeline.org (en anglais)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline (ligne nationale d’information sur les traitements)',
      description:
        '1-800-662-4357 (1-800-662-HELP) : informations et orientation vers un traitement, gratuites et confidentielles, 24 h/24, 7 j/7. Attention : cette ligne répond uniquement en anglais et en espagnol. TTY 1-800-487-4889.',
      actions: [{label: 'Appeler le 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Surdose ou danger immédiat',
      description: 'Appelez le 911 tout de suite ; des interprètes sont disponibles (dites « French »). Si vous avez de la naloxone (Narcan), utilisez-la et restez avec la personne.',
      actions: [{label: 'Appeler le 911', href: 'tel:911'}],
    },
  ],
};
