import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'Đang tải…',
  retry: 'Thử lại',
  close: 'Đóng',
  errorNetwork: 'Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.',
  errorTimeout: 'Máy chủ phản hồi quá lâu. Vui lòng thử lại.',
  errorHttp: (status) => `Máy chủ không thể cung cấp thông tin này (lỗi ${status}).`,
  errorParse: 'Không đọc được thông tin nhận về.',
  errorUnknown: 'Đã xảy ra lỗi. Vui lòng thử lại.',
  skippedRecords: (n) => plural(n, 'vi', {other: 'Có {n} mục không đọc được nên đã bị bỏ qua.'}),
  forget: 'Xóa dữ liệu trên thiết bị này',
  unreadableTitle: 'Không đọc được danh sách này.',
  unreadableReasons: 'Các lỗi đầu tiên tìm thấy (dành cho người quản lý trang web, bằng tiếng Anh):',
};
