import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Polish, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 and 911
 * answer in English and connect an interpreter on request; 988's texts and chat and SAMHSA's
 * helpline are in English and Spanish only, and the descriptions say so.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 Suicide & Crisis Lifeline (telefon kryzysowy)',
      description:
        'Zadzwoń pod 988 i powiedz „Polish”: połączą cię z tłumaczem (tłumaczenie w ponad 240 językach). SMS-y i czat są tylko po angielsku i hiszpańsku. Bezpłatnie, poufnie, całą dobę, także w kryzysie związanym z narkotykami lub alkoholem.',
      actions: [
        {label: 'Zadzwoń pod 988', href: 'tel:988'},
        {label: 'SMS pod 988 (po angielsku)', href: 'sms:988'},
        {label: 'Czat na 988lifeline.org (po angielsku)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA National Helpline (infolinia SAMHSA)',
      description:
        '1-800-662-4357 (1-800-662-HELP): bezpłatne i poufne informacje oraz skierowania na leczenie, całą dobę. Infolinia odpowiada tylko po angielsku i hiszpańsku. TTY 1-800-487-4889.',
      actions: [{label: 'Zadzwoń: 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Przedawkowanie lub bezpośrednie zagrożenie',
      description:
        'Zadzwoń teraz pod 911. Dyspozytor może połączyć cię z tłumaczem: powiedz „Polish”. Jeśli masz nalokson (Narcan), podaj go i zostań przy tej osobie.',
      actions: [{label: 'Zadzwoń pod 911', href: 'tel:911'}],
    },
  ],
};
