import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Xem câu trả lời',
  lookupLabel: 'Mã biên nhận của bạn',
  lookupHint: 'Ví dụ: K7QH-M3XD-9TRV-2PWA. Có dấu cách, dấu gạch ngang hay chữ thường đều được.',
  lookupSubmit: 'Kiểm tra',
  lookupChecking: 'Đang kiểm tra…',
  lookupEmpty: 'Vui lòng nhập mã biên nhận của bạn.',
  lookupNotFound: 'Không tìm thấy mã này. Hãy kiểm tra từng ký tự rồi thử lại.',
  lookupBlocked:
    'Trang web này hiện chưa thể kiểm tra câu trả lời với máy chủ; vui lòng báo cho trang web biết. Hãy giữ mã của bạn: mã sẽ dùng được khi lỗi này được sửa.',
  status: {
    pending: 'Đang chờ trả lời. Vui lòng quay lại kiểm tra sau vài ngày.',
    answered: 'Câu hỏi của bạn đã được trả lời.',
    published: 'Câu hỏi của bạn đã được trả lời và đăng công khai dưới dạng ẩn danh.',
    declined: 'Rất tiếc, chúng tôi không thể trả lời câu hỏi này. Nếu bạn cần giúp đỡ ngay bây giờ, hãy dùng các nguồn hỗ trợ trên trang này.',
  },
  statusLabel: 'Trạng thái',
  answerLabel: 'Câu trả lời',
  answeredBy: {peer: 'Người hỗ trợ đồng đẳng đã trả lời', clinician: 'Chuyên viên y tế đã trả lời'},
  answeredOn: (date) => `Trả lời ngày ${date}`,
  listEmpty: 'Chưa có câu hỏi nào được đăng.',
  listNoMatch: (q) => `Không có câu hỏi đã đăng nào khớp với “${q}”.`,
  resultCount: (n) => plural(n, 'vi', {other: '{n} câu hỏi'}),
  question: 'Câu hỏi',
  answer: 'Câu trả lời',
  role: {peer: 'Câu trả lời của người hỗ trợ đồng đẳng', clinician: 'Câu trả lời của chuyên viên y tế'},
  publishedOn: (date) => `Đăng ngày ${date}`,
  previous: 'Trang trước',
  next: 'Trang sau',
  pageOf: (page, pages) => `Trang ${formatNumber(page, 'vi')} trên ${formatNumber(pages, 'vi')}`,
};
