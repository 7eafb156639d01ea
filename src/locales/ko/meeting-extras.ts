import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: '회의 ID',
  passcode: '암호',
  thenHash: '그다음 #',
  mapNoTiles: '지도 배경을 불러오지 못했어요. 핀은 그대로 모임 장소를 보여 줘요.',
  mapSearchPoint: '검색 기준 위치',
};
