import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Japanese, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988's phone line
 * and 911 have interpreters; 988's text and chat and SAMHSA's helpline are in English and Spanish
 * only, and the entries say so.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 自殺・危機ライフライン',
      description:
        '988に電話すると、日本語の通訳を頼めます（つながったら英語で「Japanese」と伝えてください）。無料・秘密厳守・24時間365日対応で、薬物やアルコールによる危機にも対応しています。SMS とチャットは英語とスペイン語のみです。',
      actions: [
        {label: '988に電話', href: 'tel:988'},
        {label: '988に SMS（英語・スペイン語）', href: 'sms:988'},
        {label: '988lifeline.org でチャット（英語）', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA 全米ヘルプライン',
      description:
        '1-800-662-4357（1-800-662-HELP）：治療先の紹介と情報提供。無料・秘密厳守、24時間365日対応です。英語とスペイン語のみで、日本語には対応していません。TTY（文字電話）1-800-487-4889。',
      actions: [{label: '1-800-662-4357に電話', href: 'tel:+18006624357'}],
    },
    {
      name: '過量摂取・差し迫った危険',
      description: '今すぐ911に電話してください（日本語の通訳を頼めます）。ナロキソン（Narcan）があれば使い、その人のそばにいてください。',
      actions: [{label: '911に電話', href: 'tel:911'}],
    },
  ],
};
