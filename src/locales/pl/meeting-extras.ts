import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID mityngu',
  passcode: 'Kod dostępu',
  thenHash: 'a potem #',
  mapNoTiles: 'Nie udało się wczytać tła mapy. Pinezki nadal pokazują, gdzie odbywają się mityngi.',
  mapSearchPoint: 'Miejsce, z którego szukasz',
};
