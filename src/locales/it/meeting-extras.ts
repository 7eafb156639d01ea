import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID riunione',
  passcode: 'Passcode',
  thenHash: 'poi #',
  mapNoTiles: 'Non è stato possibile caricare lo sfondo della mappa. I segnaposto mostrano comunque dove si tengono le riunioni.',
  mapSearchPoint: 'Il punto da cui stai cercando',
};
