import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ミーティングID',
  passcode: 'パスコード',
  thenHash: '続けて #',
  mapNoTiles: '地図の背景を読み込めませんでした。ピンはミーティングの場所を示しています。',
  mapSearchPoint: '検索の基準地点',
};
