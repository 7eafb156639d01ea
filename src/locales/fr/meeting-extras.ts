import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID de réunion',
  passcode: 'Code secret',
  thenHash: 'puis #',
  mapNoTiles: 'Le fond de carte n’a pas pu se charger. Les repères indiquent toujours où ont lieu les réunions.',
  mapSearchPoint: 'Le point d’où vous cherchez',
};
