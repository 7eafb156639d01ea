import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID зустрічі',
  passcode: 'Код доступу',
  thenHash: 'потім #',
  mapNoTiles: 'Не вдалося завантажити тло мапи. Позначки й далі показують, де відбуваються зустрічі.',
  mapSearchPoint: 'Місце, звідки ви шукаєте',
};
