/** Chuỗi văn bản của các biểu mẫu chia sẻ / rút lại câu chuyện (chỉ tải cùng biểu mẫu). */
import type {StoryShareStrings} from '../en/story-share.js';
import type {DraftField} from '../../model/story-draft.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'vi');

export const storyShare: StoryShareStrings = {
  shareHeading: 'Chia sẻ câu chuyện của bạn',
  close: 'Đóng',
  guidanceHeading: 'Trước khi bạn viết',
  guidance: [
    'Chỉ dùng tên gọi hoặc một tên tự đặt. Đừng ghi họ, nơi làm việc hay chi tiết nào khác có thể làm lộ danh tính của bạn hoặc của người khác.',
    'Bạn không cần nêu tên hội tương trợ hay chương trình nào. Nhiều người giữ ẩn danh cho những nơi này; chỉ cần viết “một nhóm hỗ trợ” là đủ.',
    'Hãy kể cho chúng tôi cuộc sống của bạn đã thay đổi thế nào. Xin đừng kể chi tiết cách ai đó sử dụng ma túy, tự làm hại bản thân hay bị quá liều: những chi tiết đó có thể gây tổn thương cho người đang gặp khó khăn.',
    'Mỗi câu chuyện đều được một người đọc trước khi đăng. Không có gì xuất hiện trên trang web này nếu bạn không đồng ý ở bên dưới.',
  ],
  title: 'Tiêu đề',
  titleHint: (min, max) => `Từ ${num(min)} đến ${num(max)} ký tự, ví dụ “Ngày tôi mở lời xin giúp đỡ”.`,
  body: 'Câu chuyện của bạn',
  bodyHint: (min, max) => `Từ ${num(min)} đến ${num(max)} ký tự.`,
  counter: (n, max) => `${num(n)} trên ${num(max)} ký tự`,
  name: 'Tên gọi hoặc bút danh',
  nameHint: 'Hiện cùng câu chuyện của bạn. Dùng tên tự đặt cũng được.',
  pseudonymSuggestion:
    'Bạn mới bước vào hành trình phục hồi chưa tới một năm. Chúng tôi khuyên bạn nên dùng tên tự đặt, phòng khi sau này bạn muốn giữ kín câu chuyện của mình.',
  fellowshipNote:
    'Câu chuyện của bạn có nêu tên một hội tương trợ. Bạn hoàn toàn có thể làm vậy, nhưng nhiều người giữ ẩn danh cho hội của mình; viết “một nhóm hỗ trợ” cũng được.',
  recovery: 'Thời gian phục hồi (không bắt buộc)',
  years: 'Năm',
  months: 'Tháng',
  warningsLegend: 'Cảnh báo nội dung',
  warningsHint: 'Đánh dấu những mục phù hợp, để người đọc tự chọn có mở câu chuyện của bạn hay không.',
  consentLegend: 'Sự đồng ý của bạn',
  consentPublish: 'Tôi đồng ý cho đăng câu chuyện này trên trang web này, sau khi đã có người duyệt.',
  durationLegend: 'Trong bao lâu?',
  duration: {
    '1y': 'Trong 1 năm',
    '3y': 'Trong 3 năm',
    'until-withdrawn': 'Cho đến khi tôi rút lại',
  },
  consentNote: 'Bạn có thể rút lại câu chuyện bất cứ lúc nào bằng mã bạn sẽ nhận được sau khi gửi.',
  photo: 'Ảnh (không bắt buộc)',
  photoHint: 'Hãy chọn một tấm ảnh bạn muốn chia sẻ. Chúng tôi sẽ thu nhỏ ảnh trước khi gửi.',
  photoAlt: 'Mô tả tấm ảnh',
  photoAltHint: 'Dành cho người không nhìn thấy ảnh, ví dụ “Bình minh trên mặt hồ”.',
  photoPreview: 'Ảnh của bạn',
  removePhoto: 'Bỏ ảnh',
  photoFailed: 'Không đọc được ảnh này. Hãy thử một tệp ảnh khác.',
  fax: 'Để trống ô này',
  submit: 'Gửi câu chuyện để duyệt',
  sending: 'Đang gửi…',
  problems: (n) => plural(n, 'vi', {other: 'Vui lòng sửa {n} lỗi trước khi gửi:'}),
  problem: (field, problem) => {
    const names: Record<DraftField, string> = {
      title: 'Tiêu đề',
      body: 'Câu chuyện của bạn',
      name: 'Tên gọi hoặc bút danh',
      recovery: 'Thời gian phục hồi',
      consentPublish: 'Sự đồng ý',
      duration: 'Trong bao lâu',
      photo: 'Ảnh',
      photoAlt: 'Mô tả ảnh',
    };
    if (field === 'consentPublish') return 'Sự đồng ý: hãy đánh dấu vào ô nếu bạn đồng ý cho đăng.';
    if (field === 'duration') return 'Trong bao lâu: hãy chọn thời gian câu chuyện của bạn được đăng.';
    if (field === 'recovery') return 'Thời gian phục hồi: hãy ghi số năm tròn và từ 0 đến 11 tháng.';
    if (field === 'photo') return 'Ảnh: không gửi được tệp này. Hãy thử ảnh khác.';
    const what = {required: 'mục này là bắt buộc.', tooShort: 'quá ngắn.', tooLong: 'quá dài.', invalid: 'không hợp lệ.'}[problem];
    return `${names[field]}: ${what}`;
  },
  queued: 'Câu chuyện của bạn đã được lưu trên thiết bị này. Chúng tôi sẽ gửi ngay khi có mạng trở lại; trong lúc chờ, bạn có thể đóng trang này.',
  sendNow: 'Thử gửi ngay',
  draftRestored: 'Những gì bạn viết ở đây lần trước đã được giữ lại trên thiết bị này và hiện ở bên dưới.',
  discardDraft: 'Bỏ bản nháp',
  codeForVisit:
    'Mã này sẽ biến mất khi bạn rời trang hoặc tải lại trang: hãy sao chép hoặc lưu thành ghi chú. Nếu thiết bị này không ai khác dùng, bạn có thể giữ mã tại đây.',
  keepCode: 'Giữ mã trên thiết bị này',
  blockedHeading: 'Câu chuyện của bạn chưa được gửi',
  blocked: 'Trang web này hiện chưa thể gửi câu chuyện đến máy chủ; vui lòng báo cho trang web biết.',
  blockedKept:
    'Câu chuyện của bạn tạm thời được giữ trên thiết bị này, nên sẽ không mất gì nếu trang web sửa được lỗi. Câu chuyện sẽ không được gửi cho đến lúc đó. Bạn cũng có thể xóa câu chuyện.',
  deleteQueued: 'Xóa câu chuyện khỏi thiết bị này',
  refused: (message) => `Máy chủ không nhận câu chuyện của bạn: ${message}`,
  refusedGeneric: 'Máy chủ không nhận câu chuyện của bạn. Hãy kiểm tra lại rồi thử lần nữa.',
  editAgain: 'Sửa và gửi lại',
  thanksHeading: 'Cảm ơn bạn đã chia sẻ câu chuyện',
  thanks: 'Một người sẽ đọc câu chuyện trước khi đăng. Hiện chưa có gì được công khai.',
  codeLabel: 'Mã rút lại của bạn',
  codePromise:
    'Hãy giữ kín mã này. Nhập mã ở mục “Rút lại câu chuyện” sẽ gỡ ngay câu chuyện của bạn khỏi trang web này, cùng nội dung và ảnh, vào bất cứ lúc nào.',
  copy: 'Sao chép mã',
  copied: 'Đã sao chép mã.',
  copyFailed: 'Không sao chép được. Hãy tự chọn mã rồi sao chép.',
  saveNote: 'Lưu thành ghi chú',
  noteText: (code, url) =>
    `Mã rút lại câu chuyện của tôi: ${code}\n\nNhập mã này ở mục “Rút lại câu chuyện” trên ${url} để gỡ câu chuyện ngay lập tức.\n`,
  noteFile: 'ma-rut-lai-cau-chuyen.txt',
  done: 'Tôi đã lưu mã',
  withdrawHeading: 'Rút lại câu chuyện',
  withdrawIntro: 'Nhập mã rút lại bạn nhận được khi chia sẻ câu chuyện. Câu chuyện sẽ được gỡ ngay lập tức.',
  codeInput: 'Mã rút lại',
  codeHint: 'Ví dụ: K7QH-M3XD-9TRV-2PWA',
  withdrawSubmit: 'Rút lại câu chuyện của tôi',
  withdrawing: 'Đang rút lại…',
  withdrawConfirm:
    'Rút lại câu chuyện này vĩnh viễn? Câu chuyện sẽ được gỡ ngay khỏi trang web này, nội dung và ảnh sẽ bị xóa. Không thể hoàn tác.',
  withdrawConfirmYes: 'Có, rút lại',
  withdrawConfirmNo: 'Không, giữ câu chuyện',
  withdrawn: 'Câu chuyện của bạn đã được gỡ khỏi trang web này. Nội dung và ảnh đã bị xóa.',
  notFound: 'Không có câu chuyện nào có mã này. Hãy kiểm tra rồi thử lại; có thể câu chuyện đã được rút lại trước đó.',
  codeIncomplete: 'Mã rút lại: hãy nhập đủ 16 ký tự.',
  withdrawBlocked:
    'Trang web này hiện chưa thể rút lại câu chuyện qua máy chủ; vui lòng báo cho trang web biết. Hãy giữ mã của bạn: mã sẽ dùng được khi lỗi này được sửa.',
  noApi: 'Trang này chưa được thiết lập để chia sẻ câu chuyện.',
};
