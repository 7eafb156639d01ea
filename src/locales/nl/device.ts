import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Dit apparaat vergeten',
  intro:
    'Hiermee wis je wat de onderdelen van deze site voor vragen, verhalen, meetings en hulpaanbod in deze browser hebben bewaard: niet-verstuurde concepten, ophaal- en intrekcodes, en kopieën van wat je al hebt verstuurd. Wat nog wacht om verstuurd te worden, blijft staan tot het verstuurd is.',
  favourites: 'Ook mijn bewaarde meetings en voorzieningen vergeten',
  now: 'Nu vergeten',
  cancel: 'Annuleren',
  done: (favourites) =>
    favourites
      ? 'Klaar. Niets van wat deze onderdelen hebben bewaard, staat nog in deze browser.'
      : 'Klaar. Al het andere is gewist; je bewaarde meetings en voorzieningen, als je die hebt, staan er nog.',
  failed: 'Deze browser liet ons niet alles wissen. Als je je browsegegevens wist, verdwijnt het ook.',
};
