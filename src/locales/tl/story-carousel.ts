/** Mga teksto ng <peer-story-carousel> (nasa `story-share.ts` ang sa mga form para magbahagi at bumawi). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Mga kuwento ng mga taong nagpapagaling',
  carouselRole: 'carousel',
  slideRole: 'slide',
  previous: 'Nakaraang kuwento',
  next: 'Susunod na kuwento',
  stopRotation: 'Ihinto ang kusang paglipat ng kuwento',
  startRotation: 'Simulan ang kusang paglipat ng kuwento',
  position: (n, total, title) => `Kuwento ${formatNumber(n, 'tl')} ng ${formatNumber(total, 'tl')}: ${title}`,
  showAll: 'Ipakita ang lahat ng kuwento',
  showCarousel: 'Isa-isang ipakita',
  empty: 'Wala pang kuwentong naibahagi rito.',
  errorNoSource: 'Walang ibinigay na address ng mga kuwento (itakda ang api o src attribute).',
  allHidden: 'Lahat ng kuwento rito ay may babala sa nilalaman na pinili mong itago.',
  hiddenCount: (n) =>
    plural(n, 'tl', {
      one: '{n} kuwento ang nakatago dahil sa iyong mga setting ng nilalaman.',
      other: '{n} na kuwento ang nakatago dahil sa iyong mga setting ng nilalaman.',
    }),
  settings: 'Mga setting ng nilalaman',
  settingsHint: 'Itago ang mga kuwentong bumabanggit ng:',
  warning: {
    'suicide-self-harm': 'pagpapakamatay o pananakit sa sarili',
    'substance-use': 'paggamit ng droga o alak',
    relapse: 'pagbabalik sa paggamit',
    overdose: 'overdose',
    abuse: 'pang-aabuso',
  },
  warningIntro: 'Babala sa nilalaman:',
  openStory: 'Ipakita ang kuwentong ito',
  readMore: 'Magbasa pa',
  readLess: 'Paikliin',
  inRecovery: (duration) => `${duration} nang nagpapagaling`,
  newInRecovery: 'Wala pang isang buwang nagpapagaling',
  shared: (date) => `Ibinahagi noong ${date}`,
  by: (name) => `— ${name}`,
  share: 'Ibahagi ang iyong kuwento',
  withdraw: 'Bawiin ang isang kuwento',
  loadingForm: 'Binubuksan ang form…',
  formLoadFailed: 'Hindi mabuksan ang form. Tingnan ang iyong koneksyon at subukan ulit.',
};
