import type {CrisisLineTable} from '../en/crisis-lines.js';

/**
 * The built-in crisis lines in Vietnamese, per region (the United States: ../shared/reference/safety.md).
 * Only lines that really answer in this language, or say how to reach one that does: 988 answers calls
 * through an interpreter (240+ languages), its text and chat are English and Spanish only; SAMHSA's
 * helpline answers in English and Spanish only; 911 has interpreters.
 */
export const crisisLines: CrisisLineTable = {
  us: [
    {
      name: 'Đường dây 988 hỗ trợ khủng hoảng và phòng chống tự tử (988 Suicide & Crisis Lifeline)',
      description:
        'Gọi 988 và nói “Vietnamese” để có thông dịch viên tiếng Việt. Miễn phí, bảo mật, 24/7, kể cả khi khủng hoảng vì ma túy hay rượu bia. Nhắn tin và chat trực tuyến chỉ có bằng tiếng Anh và tiếng Tây Ban Nha.',
      actions: [
        {label: 'Gọi 988', href: 'tel:988'},
        {label: 'Nhắn tin 988 (tiếng Anh)', href: 'sms:988'},
        {label: 'Chat tại 988lifeline.org (tiếng Anh)', href: 'https://988lifeline.org/chat/'},
      ],
    },
    {
      name: 'Đường dây trợ giúp quốc gia SAMHSA',
      description:
        '1-800-662-4357 (1-800-662-HELP): thông tin và giới thiệu nơi điều trị, miễn phí, bảo mật, 24/7. Đường dây này chỉ trả lời bằng tiếng Anh và tiếng Tây Ban Nha, không có tiếng Việt. TTY 1-800-487-4889.',
      actions: [{label: 'Gọi 1-800-662-4357', href: 'tel:+18006624357'}],
    },
    {
      name: 'Quá liều hoặc nguy hiểm tức thì',
      description:
        'Gọi 911 ngay. Tổng đài 911 có thông dịch viên: hãy nói “Vietnamese” nếu bạn cần. Nếu bạn có naloxone (Narcan), hãy dùng và ở lại bên cạnh người đó.',
      actions: [{label: 'Gọi 911', href: 'tel:911'}],
    },
  ],
};
