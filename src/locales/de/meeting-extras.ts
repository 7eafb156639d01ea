import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'Meeting-ID',
  passcode: 'Kenncode',
  thenHash: 'dann #',
  mapNoTiles: 'Der Kartenhintergrund konnte nicht geladen werden. Die Markierungen zeigen trotzdem, wo die Meetings stattfinden.',
  mapSearchPoint: 'Ihr Suchstandort',
};
