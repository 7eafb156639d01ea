/** Strings of <peer-story-carousel> (the share / withdraw form's are in `story-share.ts`, loaded with the form). */
import type {ContentWarning} from '../../model/story.js';

export const storyCarousel = {
  regionLabel: 'Stories from people in recovery',
  /** What a screen reader calls the slide show and each slide (aria-roledescription), in lower case. */
  carouselRole: 'carousel',
  slideRole: 'slide',
  previous: 'Previous story',
  next: 'Next story',
  stopRotation: 'Stop automatic slide show',
  startRotation: 'Start automatic slide show',
  position: (n: number, total: number, title: string) => `Story ${n} of ${total}: ${title}`,
  showAll: 'Show all stories',
  showCarousel: 'Show one at a time',
  empty: 'No stories have been shared here yet.',
  errorNoSource: 'No stories address was given (set the api or src attribute).',
  allHidden: 'Every story here has a content warning you chose to hide.',
  hiddenCount: (n: number) => (n === 1 ? '1 story is hidden by your content settings.' : `${n} stories are hidden by your content settings.`),
  settings: 'Content settings',
  settingsHint: 'Hide stories that mention:',
  warning: {
    'suicide-self-harm': 'suicide or self-harm',
    'substance-use': 'drug or alcohol use',
    relapse: 'relapse',
    overdose: 'overdose',
    abuse: 'abuse',
  } satisfies Record<ContentWarning, string>,
  warningIntro: 'Content warning:',
  openStory: 'Show this story',
  readMore: 'Read more',
  readLess: 'Show less',
  inRecovery: (duration: string) => `${duration} in recovery`,
  newInRecovery: 'Less than a month in recovery',
  shared: (date: string) => `Shared ${date}`,
  by: (name: string) => `— ${name}`,
  share: 'Share your story',
  withdraw: 'Withdraw a story',
  loadingForm: 'Opening the form…',
  formLoadFailed: 'The form could not be opened. Check your connection and try again.',
};

export type StoryCarouselStrings = typeof storyCarousel;
