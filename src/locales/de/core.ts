import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  close: 'Schließen',
  errorNetwork: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  errorHttp: (status) => `Der Server konnte uns diese Informationen nicht liefern (Fehler ${status}).`,
  errorParse: 'Die empfangenen Informationen konnten nicht gelesen werden.',
  errorUnknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  skippedRecords: (n) =>
    plural(n, 'de', {
      one: '{n} Eintrag konnte nicht gelesen werden und wurde übersprungen.',
      other: '{n} Einträge konnten nicht gelesen werden und wurden übersprungen.',
    }),
  forget: 'Dieses Gerät vergessen',
  unreadableTitle: 'Diese Liste konnte nicht gelesen werden.',
  unreadableReasons: 'Die ersten gefundenen Probleme (für das Team, das diese Website betreibt, auf Englisch):',
};
