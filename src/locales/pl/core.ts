import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'Wczytywanie…',
  retry: 'Spróbuj ponownie',
  close: 'Zamknij',
  errorNetwork: 'Nie udało się połączyć z serwerem. Sprawdź połączenie z internetem i spróbuj ponownie.',
  errorTimeout: 'Serwer zbyt długo nie odpowiadał. Spróbuj ponownie.',
  errorHttp: (status) => `Serwer nie mógł przekazać tych informacji (błąd ${status}).`,
  errorParse: 'Nie udało się odczytać otrzymanych informacji.',
  errorUnknown: 'Coś poszło nie tak. Spróbuj ponownie.',
  skippedRecords: (n) =>
    plural(n, 'pl', {
      one: 'Pominięto {n} wpis, którego nie udało się odczytać.',
      few: 'Pominięto {n} wpisy, których nie udało się odczytać.',
      many: 'Pominięto {n} wpisów, których nie udało się odczytać.',
      other: 'Pominięto {n} wpisu, których nie udało się odczytać.',
    }),
  forget: 'Usuń dane z tego urządzenia',
  unreadableTitle: 'Nie udało się odczytać tej listy.',
  unreadableReasons: 'Pierwsze znalezione problemy (dla osób prowadzących tę stronę, po angielsku):',
};
