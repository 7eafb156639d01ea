/** Testi di <peer-story-carousel> (quelli dei moduli per condividere e ritirare sono in `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

/** "il 25 nov 2026", but "l’8 nov 2026", "l’11…", "l’1…": the article elides before a day said with a vowel. */
const onDay = (d: string) => (/^(1|8|11)(?!\d)/.test(d) ? `l’${d}` : `il ${d}`);

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Storie di persone in recupero',
  carouselRole: 'carosello',
  slideRole: 'diapositiva',
  previous: 'Storia precedente',
  next: 'Storia successiva',
  stopRotation: 'Ferma la presentazione automatica',
  startRotation: 'Avvia la presentazione automatica',
  position: (n, total, title) => `Storia ${formatNumber(n, 'it')} di ${formatNumber(total, 'it')}: ${title}`,
  showAll: 'Mostra tutte le storie',
  showCarousel: 'Mostra una alla volta',
  empty: 'Qui non è ancora stata condivisa nessuna storia.',
  errorNoSource: 'Non è stato indicato l’indirizzo delle storie (attributo api o src).',
  allHidden: 'Tutte le storie qui hanno un avviso sui contenuti che hai scelto di nascondere.',
  hiddenCount: (n) =>
    plural(n, 'it', {
      one: '{n} storia è nascosta dalle tue impostazioni dei contenuti.',
      many: '{n} di storie sono nascoste dalle tue impostazioni dei contenuti.',
      other: '{n} storie sono nascoste dalle tue impostazioni dei contenuti.',
    }),
  settings: 'Impostazioni dei contenuti',
  settingsHint: 'Nascondi le storie che parlano di:',
  warning: {
    'suicide-self-harm': 'suicidio o autolesionismo',
    'substance-use': 'uso di droghe o alcol',
    relapse: 'ricaduta',
    overdose: 'overdose',
    abuse: 'abusi o violenze',
  },
  warningIntro: 'Avviso sui contenuti:',
  openStory: 'Mostra questa storia',
  readMore: 'Leggi tutto',
  readLess: 'Mostra meno',
  inRecovery: (duration) => `In recupero da ${duration}`,
  newInRecovery: 'In recupero da meno di un mese',
  shared: (date) => `Condivisa ${onDay(date)}`,
  by: (name) => `— ${name}`,
  share: 'Condividi la tua storia',
  withdraw: 'Ritira una storia',
  loadingForm: 'Apertura del modulo…',
  formLoadFailed: 'Non è stato possibile aprire il modulo. Controlla la connessione e riprova.',
};
