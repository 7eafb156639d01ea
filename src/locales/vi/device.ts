import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Xóa dữ liệu trên thiết bị này',
  intro:
    'Thao tác này xóa những gì các công cụ câu hỏi, câu chuyện, buổi họp và dịch vụ của trang web này đã lưu trong trình duyệt: bản nháp chưa gửi, mã biên nhận và mã rút lại, cùng bản sao những gì bạn đã gửi. Những gì còn đang chờ gửi sẽ được giữ lại cho đến khi gửi xong.',
  favourites: 'Xóa luôn các buổi họp và dịch vụ tôi đã lưu',
  now: 'Xóa ngay',
  cancel: 'Hủy',
  done: (favourites) =>
    favourites
      ? 'Xong. Trình duyệt này không còn lưu gì từ các công cụ này nữa.'
      : 'Xong. Mọi thứ khác đã được xóa; các buổi họp và dịch vụ bạn đã lưu (nếu có) vẫn còn đây.',
  failed: 'Trình duyệt này không cho phép xóa hết. Bạn có thể xóa phần còn lại bằng cách xóa dữ liệu duyệt web của trình duyệt.',
};
