import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID cuộc họp',
  passcode: 'Mật mã',
  thenHash: 'rồi bấm #',
  mapNoTiles: 'Không tải được nền bản đồ. Các ghim vẫn cho biết vị trí các buổi họp.',
  mapSearchPoint: 'Điểm bạn đang tìm quanh đó',
};
