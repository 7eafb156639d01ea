/** Teksten van <peer-story-carousel> (die van het deel- en intrekformulier staan in `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

const count = (n: number) => formatNumber(n, 'nl');

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Verhalen van mensen in herstel',
  carouselRole: 'carrousel',
  slideRole: 'dia',
  previous: 'Vorig verhaal',
  next: 'Volgend verhaal',
  stopRotation: 'Automatische diavoorstelling stoppen',
  startRotation: 'Automatische diavoorstelling starten',
  position: (n, total, title) => `Verhaal ${count(n)} van ${count(total)}: ${title}`,
  showAll: 'Alle verhalen tonen',
  showCarousel: 'Eén tegelijk tonen',
  empty: 'Hier zijn nog geen verhalen gedeeld.',
  errorNoSource: 'Er is geen adres voor de verhalen opgegeven (stel het api- of src-attribuut in).',
  allHidden: 'Elk verhaal hier heeft een inhoudswaarschuwing die je hebt verborgen.',
  hiddenCount: (n) =>
    plural(n, 'nl', {one: '{n} verhaal is verborgen door je inhoudsinstellingen.', other: '{n} verhalen zijn verborgen door je inhoudsinstellingen.'}),
  settings: 'Inhoudsinstellingen',
  settingsHint: 'Verhalen verbergen over:',
  warning: {
    'suicide-self-harm': 'zelfmoord of zelfbeschadiging',
    'substance-use': 'gebruik van drugs of alcohol',
    relapse: 'terugval',
    overdose: 'overdosis',
    abuse: 'misbruik of mishandeling',
  },
  warningIntro: 'Inhoudswaarschuwing:',
  openStory: 'Dit verhaal tonen',
  readMore: 'Lees meer',
  readLess: 'Minder tonen',
  inRecovery: (duration) => `${duration} in herstel`,
  newInRecovery: 'Minder dan een maand in herstel',
  shared: (date) => `Gedeeld op ${date}`,
  by: (name) => `— ${name}`,
  share: 'Deel je verhaal',
  withdraw: 'Een verhaal intrekken',
  loadingForm: 'Formulier openen…',
  formLoadFailed: 'Het formulier kon niet worden geopend. Controleer je verbinding en probeer het opnieuw.',
};
