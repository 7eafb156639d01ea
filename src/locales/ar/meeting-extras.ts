import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'معرّف الاجتماع',
  passcode: 'رمز المرور',
  thenHash: 'ثم #',
  mapNoTiles: 'تعذّر تحميل خلفية الخريطة. لا تزال العلامات تُظهر أماكن الاجتماعات.',
  mapSearchPoint: 'نقطة انطلاق البحث',
};
