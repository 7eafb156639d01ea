import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Usuń dane z tego urządzenia',
  intro:
    'Usuwa to, co narzędzia tej strony do pytań, historii, mityngów i usług zapisały w tej przeglądarce: niewysłane wersje robocze, kody potwierdzenia i kody wycofania oraz kopie tego, co już wysłano. To, co wciąż czeka na wysłanie, zostanie tu do chwili wysłania.',
  favourites: 'Usuń też moje zapisane mityngi i usługi',
  now: 'Usuń teraz',
  cancel: 'Anuluj',
  done: (favourites) =>
    favourites
      ? 'Gotowe. W tej przeglądarce nie ma już niczego, co zapisały te narzędzia.'
      : 'Gotowe. Wszystko inne zostało usunięte; twoje zapisane mityngi i usługi, jeśli jakieś są, nadal tu są.',
  failed: 'Ta przeglądarka nie pozwoliła usunąć wszystkiego. Wyczyszczenie danych przeglądania też to usunie.',
};
