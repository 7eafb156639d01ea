import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'Mötes-ID',
  passcode: 'Lösenkod',
  thenHash: 'och sedan #',
  mapNoTiles: 'Kartans bakgrund kunde inte laddas. Nålarna visar ändå var mötena är.',
  mapSearchPoint: 'Platsen du söker från',
};
