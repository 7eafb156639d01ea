/** Strings of the finder's lazy chunks (the meeting details, the map): they load with them, not in the first load. */
export const meetingExtras = {
  meetingId: 'Meeting ID',
  passcode: 'Passcode',
  /** After a code to key in by hand. */
  thenHash: 'then #',
  mapNoTiles: 'The map background could not load. The pins still show where meetings are.',
  mapSearchPoint: 'Where you are searching from',
};
export type MeetingExtrasStrings = typeof meetingExtras;
