/** Textes de <peer-story-carousel> (ceux des formulaires de partage et de retrait sont dans `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Témoignages de personnes en rétablissement',
  carouselRole: 'carrousel',
  slideRole: 'diapositive',
  previous: 'Témoignage précédent',
  next: 'Témoignage suivant',
  stopRotation: 'Arrêter le défilement automatique',
  startRotation: 'Lancer le défilement automatique',
  position: (n, total, title) => `Témoignage ${formatNumber(n, 'fr')} sur ${formatNumber(total, 'fr')} : ${title}`,
  showAll: 'Afficher tous les témoignages',
  showCarousel: 'Afficher un par un',
  empty: 'Aucun témoignage n’a encore été partagé ici.',
  errorNoSource: 'Aucune adresse de témoignages n’a été indiquée (attribut api ou src).',
  allHidden: 'Tous les témoignages ici portent un avertissement de contenu que vous avez choisi de masquer.',
  hiddenCount: (n) =>
    plural(n, 'fr', {
      one: '{n} témoignage est masqué par vos réglages de contenu.',
      many: '{n} de témoignages sont masqués par vos réglages de contenu.',
      other: '{n} témoignages sont masqués par vos réglages de contenu.',
    }),
  settings: 'Réglages de contenu',
  settingsHint: 'Masquer les témoignages qui parlent de :',
  warning: {
    'suicide-self-harm': 'suicide ou automutilation',
    'substance-use': 'consommation de drogues ou d’alcool',
    relapse: 'rechute',
    overdose: 'surdose',
    abuse: 'violences ou abus',
  },
  warningIntro: 'Avertissement de contenu :',
  openStory: 'Afficher ce témoignage',
  readMore: 'Lire la suite',
  readLess: 'Réduire',
  inRecovery: (duration) => `En rétablissement depuis ${duration}`,
  newInRecovery: 'En rétablissement depuis moins d’un mois',
  shared: (date) => `Partagé le ${date}`,
  by: (name) => `— ${name}`,
  share: 'Partagez votre témoignage',
  withdraw: 'Retirer un témoignage',
  loadingForm: 'Ouverture du formulaire…',
  formLoadFailed: 'Le formulaire n’a pas pu s’ouvrir. Vérifiez votre connexion et réessayez.',
};
