/** Chuỗi văn bản của <peer-story-carousel> (các biểu mẫu chia sẻ / rút lại nằm trong `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Câu chuyện của những người đang phục hồi',
  previous: 'Câu chuyện trước',
  next: 'Câu chuyện sau',
  stopRotation: 'Dừng trình chiếu tự động',
  startRotation: 'Bật trình chiếu tự động',
  position: (n, total, title) => `Câu chuyện ${formatNumber(n, 'vi')} trên ${formatNumber(total, 'vi')}: ${title}`,
  showAll: 'Xem tất cả câu chuyện',
  showCarousel: 'Xem từng câu chuyện',
  empty: 'Chưa có ai chia sẻ câu chuyện ở đây.',
  errorNoSource: 'Chưa có địa chỉ lấy câu chuyện (hãy đặt thuộc tính api hoặc src).',
  allHidden: 'Mọi câu chuyện ở đây đều có cảnh báo nội dung mà bạn đã chọn ẩn.',
  hiddenCount: (n) => plural(n, 'vi', {other: 'Có {n} câu chuyện bị ẩn theo cài đặt nội dung của bạn.'}),
  settings: 'Cài đặt nội dung',
  settingsHint: 'Ẩn những câu chuyện có nhắc đến:',
  warning: {
    'suicide-self-harm': 'tự tử hoặc tự gây thương tích',
    'substance-use': 'sử dụng ma túy hoặc rượu bia',
    relapse: 'tái nghiện',
    overdose: 'quá liều',
    abuse: 'bạo hành hoặc xâm hại',
  },
  warningIntro: 'Cảnh báo nội dung:',
  openStory: 'Xem câu chuyện này',
  readMore: 'Đọc thêm',
  readLess: 'Thu gọn',
  inRecovery: (duration) => `${duration} trên hành trình phục hồi`,
  newInRecovery: 'Chưa đầy một tháng trên hành trình phục hồi',
  shared: (date) => `Chia sẻ ngày ${date}`,
  by: (name) => `— ${name}`,
  share: 'Chia sẻ câu chuyện của bạn',
  withdraw: 'Rút lại câu chuyện',
  loadingForm: 'Đang mở biểu mẫu…',
  formLoadFailed: 'Không mở được biểu mẫu. Hãy kiểm tra kết nối mạng rồi thử lại.',
};
