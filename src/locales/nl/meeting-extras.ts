import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'Meeting-ID',
  passcode: 'Toegangscode',
  thenHash: 'en dan #',
  mapNoTiles: 'De achtergrond van de kaart kon niet laden. De spelden laten nog steeds zien waar de meetings zijn.',
  mapSearchPoint: 'Waar je vandaan zoekt',
};
