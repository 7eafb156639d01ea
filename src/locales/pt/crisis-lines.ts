import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Brazilian Portuguese, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: the 988 phone
 * line has interpreters (more than 240 languages), its text and chat are in English and Spanish only;
 * SAMHSA answers in English and Spanish only; 911 has interpreters.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (apoio em crises e prevenção do suicídio)',
      description:
        'Ligue para o 988 e peça um intérprete de português (diga “Portuguese”): por telefone, há interpretação em mais de 240 idiomas. As mensagens de texto e o chat são só em inglês e espanhol. Gratuito, sigiloso, 24 horas por dia, também em crises com álcool e outras drogas.',
      actions: [
        {label: 'Ligar para o 988', href: 'tel:988'},
        {label: 'SMS para o 988 (inglês ou espanhol)', href: 'sms:988'},
        {label: 'Chat em 988lifeline.org (em inglês)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'Linha Nacional de Ajuda da SAMHSA (SAMHSA National Helpline)',
      description:
        'Atende só em inglês e espanhol. 1-800-662-4357 (1-800-662-HELP): informações e encaminhamento para tratamento, gratuito e sigiloso, 24 horas por dia. TTY 1-800-487-4889.',
      actions: [{label: 'Ligar para 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Overdose ou perigo imediato',
      description:
        'Ligue para o 911 agora; há intérpretes (diga “Portuguese”). Se você tiver naloxona (Narcan), use e fique com a pessoa.',
      actions: [{label: 'Ligar para o 911', href: 'tel:911'}],
    },
  ],
};
