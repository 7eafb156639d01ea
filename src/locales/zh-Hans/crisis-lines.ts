import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Simplified Chinese, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988's phone line
 * and 911 have interpreters (Mandarin, Cantonese…); 988's text and chat and SAMHSA's helpline are in
 * English and Spanish only, and the entries say so.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988自杀与危机生命线',
      description:
        '拨打988，接通后可以要求普通话、粤语等中文口译（用英语说 “Mandarin” 或 “Cantonese” 即可）。免费、保密、全天24小时，毒品或酒精引起的危机也可以求助。短信和在线聊天只提供英语和西班牙语服务。',
      actions: [
        {label: '拨打988', href: 'tel:988'},
        {label: '发短信至988（英语/西班牙语）', href: 'sms:988'},
        {label: '在 988lifeline.org 聊天（英语）', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA 全国求助热线',
      description:
        '1-800-662-4357（1-800-662-HELP）：免费、保密的治疗转介和信息服务，全天24小时。此热线只提供英语和西班牙语服务，没有中文。文字电话（TTY）1-800-487-4889。',
      actions: [{label: '拨打 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: '用药过量或紧急危险',
      description: '请立即拨打911，可以要求中文口译。如果您有纳洛酮（Narcan），请马上使用，并留在对方身边。',
      actions: [{label: '拨打911', href: 'tel:911'}],
    },
  ],
};
