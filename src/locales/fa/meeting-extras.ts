import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'شناسه‌ی جلسه',
  passcode: 'رمز ورود',
  thenHash: 'سپس #',
  mapNoTiles: 'زمینه‌ی نقشه بارگذاری نشد. نشانگرها همچنان محل جلسه‌ها را نشان می‌دهند.',
  mapSearchPoint: 'نقطه‌ای که از آنجا جست‌وجو می‌کنید',
};
