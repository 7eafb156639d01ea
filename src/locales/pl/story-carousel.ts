/** Teksty <peer-story-carousel> (formularze udostępniania i wycofania są w `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'pl');

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Historie osób w procesie zdrowienia',
  carouselRole: 'karuzela',
  slideRole: 'slajd',
  previous: 'Poprzednia historia',
  next: 'Następna historia',
  stopRotation: 'Zatrzymaj automatyczny pokaz',
  startRotation: 'Włącz automatyczny pokaz',
  position: (n, total, title) => `Historia ${num(n)} z ${num(total)}: ${title}`,
  showAll: 'Pokaż wszystkie historie',
  showCarousel: 'Pokazuj po jednej',
  empty: 'Nikt nie podzielił się tu jeszcze swoją historią.',
  errorNoSource: 'Nie podano adresu historii (ustaw atrybut api lub src).',
  allHidden: 'Wszystkie historie tutaj mają ostrzeżenia o treściach, które ukrywasz.',
  hiddenCount: (n) =>
    plural(n, 'pl', {
      one: 'Twoje ustawienia treści ukrywają {n} historię.',
      few: 'Twoje ustawienia treści ukrywają {n} historie.',
      many: 'Twoje ustawienia treści ukrywają {n} historii.',
      other: 'Twoje ustawienia treści ukrywają {n} historii.',
    }),
  settings: 'Ustawienia treści',
  settingsHint: 'Ukryj historie, w których pojawia się:',
  warning: {
    'suicide-self-harm': 'samobójstwo lub samookaleczenie',
    'substance-use': 'używanie narkotyków lub alkoholu',
    relapse: 'nawrót',
    overdose: 'przedawkowanie',
    abuse: 'przemoc',
  },
  warningIntro: 'Ostrzeżenie o treści:',
  openStory: 'Pokaż tę historię',
  readMore: 'Czytaj dalej',
  readLess: 'Pokaż mniej',
  inRecovery: (duration) => `${duration} zdrowienia`,
  newInRecovery: 'Mniej niż miesiąc zdrowienia',
  shared: (date) => `Udostępniono ${date}`,
  by: (name) => `— ${name}`,
  share: 'Podziel się swoją historią',
  withdraw: 'Wycofaj historię',
  loadingForm: 'Otwieranie formularza…',
  formLoadFailed: 'Nie udało się otworzyć formularza. Sprawdź połączenie z internetem i spróbuj ponownie.',
};
