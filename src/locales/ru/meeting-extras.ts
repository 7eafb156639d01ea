import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID собрания',
  passcode: 'Код доступа',
  thenHash: 'затем #',
  mapNoTiles: 'Не удалось загрузить фон карты. Метки по-прежнему показывают, где проходят собрания.',
  mapSearchPoint: 'Место, откуда вы ищете',
};
