import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: '会议 ID',
  passcode: '密码',
  thenHash: '然后按 #',
  mapNoTiles: '地图背景无法加载，但标记仍会显示聚会的位置。',
  mapSearchPoint: '您搜索的位置',
};
