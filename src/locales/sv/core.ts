import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'Laddar…',
  retry: 'Försök igen',
  close: 'Stäng',
  errorNetwork: 'Vi kunde inte nå servern. Kontrollera din anslutning och försök igen.',
  errorTimeout: 'Servern tog för lång tid på sig att svara. Försök igen.',
  errorHttp: (status) => `Servern kunde inte ge oss den här informationen (fel ${status}).`,
  errorParse: 'Informationen vi fick gick inte att läsa.',
  errorUnknown: 'Något gick fel. Försök igen.',
  skippedRecords: (n) =>
    plural(n, 'sv', {one: '{n} post gick inte att läsa och hoppades över.', other: '{n} poster gick inte att läsa och hoppades över.'}),
  forget: 'Glöm den här enheten',
  unreadableTitle: 'Listan gick inte att läsa.',
  unreadableReasons: 'De första problemen vi hittade (för dem som driver webbplatsen, på engelska):',
};
