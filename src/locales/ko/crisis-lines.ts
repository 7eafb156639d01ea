import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Korean, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988's phone line
 * and 911 have interpreters; 988's text and chat and SAMHSA's helpline are in English and Spanish
 * only, and the entries say so.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: '988 자살·위기 상담전화(988 Lifeline)',
      description:
        '988에 전화하면 한국어 통역을 요청할 수 있어요(연결되면 영어로 “Korean”이라고 말하세요). 무료이고 비밀이 보장되며 24시간 운영해요. 약물이나 알코올로 인한 위기에도 도움을 받을 수 있어요. 문자와 채팅은 영어와 스페인어로만 이용할 수 있어요.',
      actions: [
        {label: '988에 전화', href: 'tel:988'},
        {label: '988에 문자(영어·스페인어)', href: 'sms:988'},
        {label: '988lifeline.org 채팅(영어)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'SAMHSA 전국 헬프라인',
      description:
        '1-800-662-4357(1-800-662-HELP): 치료 기관 안내와 정보 제공. 무료이고 비밀이 보장되며 24시간 운영해요. 영어와 스페인어로만 상담하고, 한국어 상담은 없어요. TTY(문자 전화) 1-800-487-4889.',
      actions: [{label: '1-800-662-4357에 전화', href: 'tel:+18006624357'}],
    },
    {
      name: '과다 복용 또는 긴급한 위험',
      description: '지금 바로 911에 전화하세요(한국어 통역을 요청할 수 있어요). 날록손(Narcan)이 있다면 사용하고, 그 사람 곁에 있어 주세요.',
      actions: [{label: '911에 전화', href: 'tel:911'}],
    },
  ],
};
