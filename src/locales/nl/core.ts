import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  close: 'Sluiten',
  errorNetwork: 'We konden de server niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  errorTimeout: 'De server deed er te lang over om te antwoorden. Probeer het opnieuw.',
  errorHttp: (status) => `De server kon ons deze informatie niet geven (fout ${status}).`,
  errorParse: 'De ontvangen informatie kon niet worden gelezen.',
  errorUnknown: 'Er ging iets mis. Probeer het opnieuw.',
  skippedRecords: (n) =>
    plural(n, 'nl', {one: '{n} item kon niet worden gelezen en is overgeslagen.', other: '{n} items konden niet worden gelezen en zijn overgeslagen.'}),
  forget: 'Dit apparaat vergeten',
  unreadableTitle: 'Deze lijst kon niet worden gelezen.',
  unreadableReasons: 'De eerste problemen die we vonden (voor de beheerders van deze site, in het Engels):',
};
