import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID ng pulong',
  passcode: 'Passcode',
  thenHash: 'at pindutin ang #',
  mapNoTiles: 'Hindi ma-load ang background ng mapa. Makikita pa rin sa mga pin kung saan ang mga pulong.',
  mapSearchPoint: 'Kung saan ka naghahanap',
};
