import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Oublier cet appareil',
  intro:
    'Cette action efface ce que les outils de questions, de témoignages, de réunions et de services de ce site ont enregistré dans ce navigateur : brouillons non envoyés, codes de suivi et de retrait, et copies de ce que vous avez déjà envoyé. Ce qui attend encore d’être envoyé reste là jusqu’à son envoi.',
  favourites: 'Oublier aussi mes réunions et services enregistrés',
  now: 'Oublier maintenant',
  cancel: 'Annuler',
  done: (favourites) =>
    favourites
      ? 'C’est fait. Plus rien de ce que ces outils avaient enregistré ne reste dans ce navigateur.'
      : 'C’est fait. Tout le reste a été effacé ; vos réunions et services enregistrés, si vous en avez, sont toujours là.',
  failed: 'Ce navigateur ne nous a pas laissés tout effacer. Effacer vos données de navigation le supprime aussi.',
};
