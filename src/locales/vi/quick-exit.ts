import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Thoát nhanh',
  hint: 'Rời ngay sang một trang web trung tính (hoặc bấm Esc hai lần khi bạn không đang gõ chữ).',
  tip: 'Nút Thoát nhanh đưa bạn sang ngay một trang web trung tính, và nút Quay lại sẽ không hiện lại trang này. Nút này không xóa được lịch sử duyệt web: hãy xóa lịch sử sau đó trong phần cài đặt của trình duyệt (Ctrl+Shift+Delete trên hầu hết máy tính), hoặc dùng cửa sổ ẩn danh.',
  tipDismiss: 'Đã hiểu',
};
