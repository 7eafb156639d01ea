/** Texte von <peer-story-carousel> (die der Formulare zum Teilen und Zurückziehen stehen in `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Geschichten von Menschen in Genesung',
  carouselRole: 'Karussell',
  slideRole: 'Folie',
  previous: 'Vorherige Geschichte',
  next: 'Nächste Geschichte',
  stopRotation: 'Automatische Wiedergabe anhalten',
  startRotation: 'Automatische Wiedergabe starten',
  position: (n, total, title) => `Geschichte ${formatNumber(n, 'de')} von ${formatNumber(total, 'de')}: ${title}`,
  showAll: 'Alle Geschichten anzeigen',
  showCarousel: 'Einzeln anzeigen',
  empty: 'Hier wurden noch keine Geschichten geteilt.',
  errorNoSource: 'Es wurde keine Adresse für die Geschichten angegeben (Attribut api oder src).',
  allHidden: 'Alle Geschichten hier haben eine Inhaltswarnung, die Sie ausblenden wollten.',
  hiddenCount: (n) =>
    plural(n, 'de', {
      one: '{n} Geschichte ist durch Ihre Inhaltseinstellungen ausgeblendet.',
      other: '{n} Geschichten sind durch Ihre Inhaltseinstellungen ausgeblendet.',
    }),
  settings: 'Inhaltseinstellungen',
  settingsHint: 'Geschichten ausblenden, in denen es um Folgendes geht:',
  warning: {
    'suicide-self-harm': 'Suizid oder Selbstverletzung',
    'substance-use': 'Drogen- oder Alkoholkonsum',
    relapse: 'Rückfall',
    overdose: 'Überdosis',
    abuse: 'Missbrauch oder Gewalt',
  },
  warningIntro: 'Inhaltswarnung:',
  openStory: 'Diese Geschichte anzeigen',
  readMore: 'Weiterlesen',
  readLess: 'Weniger anzeigen',
  inRecovery: (duration) => `${duration} in Genesung`,
  newInRecovery: 'Seit weniger als einem Monat in Genesung',
  shared: (date) => `Geteilt am ${date}`,
  by: (name) => `— ${name}`,
  share: 'Ihre Geschichte teilen',
  withdraw: 'Geschichte zurückziehen',
  loadingForm: 'Formular wird geöffnet…',
  formLoadFailed: 'Das Formular konnte nicht geöffnet werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
};
