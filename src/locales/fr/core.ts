import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  close: 'Fermer',
  errorNetwork: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
  errorHttp: (status) => `Le serveur n’a pas pu nous fournir ces informations (erreur ${status}).`,
  errorParse: 'Les informations reçues n’ont pas pu être lues.',
  errorUnknown: 'Une erreur s’est produite. Veuillez réessayer.',
  skippedRecords: (n) =>
    plural(n, 'fr', {
      one: '{n} entrée n’a pas pu être lue et a été ignorée.',
      many: '{n} d’entrées n’ont pas pu être lues et ont été ignorées.',
      other: '{n} entrées n’ont pas pu être lues et ont été ignorées.',
    }),
  forget: 'Oublier cet appareil',
  unreadableTitle: 'Cette liste n’a pas pu être lue.',
  unreadableReasons: 'Premiers problèmes relevés (pour les personnes qui gèrent ce site, en anglais) :',
};
