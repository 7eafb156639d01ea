/** Texter i <peer-story-carousel> (formulären för att dela och dra tillbaka finns i `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

const count = (n: number) => formatNumber(n, 'sv');

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Berättelser från människor i återhämtning',
  carouselRole: 'karusell',
  slideRole: 'bild',
  previous: 'Föregående berättelse',
  next: 'Nästa berättelse',
  stopRotation: 'Stoppa automatiskt bildspel',
  startRotation: 'Starta automatiskt bildspel',
  position: (n, total, title) => `Berättelse ${count(n)} av ${count(total)}: ${title}`,
  showAll: 'Visa alla berättelser',
  showCarousel: 'Visa en i taget',
  empty: 'Inga berättelser har delats här än.',
  errorNoSource: 'Ingen adress till berättelserna angavs (ange attributet api eller src).',
  allHidden: 'Alla berättelser här har en innehållsvarning som du har valt att dölja.',
  hiddenCount: (n) =>
    plural(n, 'sv', {one: '{n} berättelse döljs av dina innehållsinställningar.', other: '{n} berättelser döljs av dina innehållsinställningar.'}),
  settings: 'Innehållsinställningar',
  settingsHint: 'Dölj berättelser som handlar om:',
  warning: {
    'suicide-self-harm': 'självmord eller självskada',
    'substance-use': 'alkohol- eller droganvändning',
    relapse: 'återfall',
    overdose: 'överdos',
    abuse: 'övergrepp',
  },
  warningIntro: 'Innehållsvarning:',
  openStory: 'Visa berättelsen',
  readMore: 'Läs mer',
  readLess: 'Visa mindre',
  inRecovery: (duration) => `${duration} i återhämtning`,
  newInRecovery: 'Mindre än en månad i återhämtning',
  shared: (date) => `Delad ${date}`,
  by: (name) => `— ${name}`,
  share: 'Dela din berättelse',
  withdraw: 'Dra tillbaka en berättelse',
  loadingForm: 'Öppnar formuläret…',
  formLoadFailed: 'Formuläret kunde inte öppnas. Kontrollera din anslutning och försök igen.',
};
