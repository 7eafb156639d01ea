import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Dieses Gerät vergessen',
  intro:
    'Damit wird gelöscht, was die Funktionen dieser Website für Fragen, Geschichten, Meetings und Hilfsangebote in diesem Browser gespeichert haben: nicht gesendete Entwürfe, Abruf- und Widerrufscodes sowie Kopien dessen, was Sie schon gesendet haben. Was noch auf das Senden wartet, bleibt, bis es gesendet ist.',
  favourites: 'Auch meine gemerkten Meetings und Angebote vergessen',
  now: 'Jetzt vergessen',
  cancel: 'Abbrechen',
  done: (favourites) =>
    favourites
      ? 'Erledigt. Von dem, was diese Funktionen gespeichert haben, ist nichts mehr in diesem Browser.'
      : 'Erledigt. Alles andere ist gelöscht; Ihre gemerkten Meetings und Angebote sind noch da, falls Sie welche haben.',
  failed: 'Dieser Browser hat uns nicht alles löschen lassen. Wenn Sie Ihre Browserdaten löschen, wird es ebenfalls entfernt.',
};
