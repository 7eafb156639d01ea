import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Szybkie wyjście',
  hint: 'Przejdź od razu na neutralną stronę (albo naciśnij dwa razy Esc, gdy nie piszesz).',
  tip: 'Szybkie wyjście od razu przenosi na neutralną stronę, a przycisk Wstecz nie pokaże już tej strony. Nie usuwa jednak historii przeglądania: wyczyść ją potem w ustawieniach przeglądarki (na większości komputerów Ctrl+Shift+Delete) albo korzystaj z okna prywatnego.',
  tipDismiss: 'Rozumiem',
};
