/** متن‌های <peer-story-carousel> (متن‌های فرم اشتراک‌گذاری و پس گرفتن داستان در story-share.ts است). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'داستان‌هایی از افرادی در مسیر بهبودی',
  carouselRole: 'نمایش چرخشی',
  slideRole: 'اسلاید',
  previous: 'داستان قبلی',
  next: 'داستان بعدی',
  stopRotation: 'توقف نمایش خودکار',
  startRotation: 'شروع نمایش خودکار',
  position: (n, total, title) => `داستان ${formatNumber(n, 'fa')} از ${formatNumber(total, 'fa')}: ${title}`,
  showAll: 'نمایش همه‌ی داستان‌ها',
  showCarousel: 'نمایش یکی‌یکی',
  empty: 'هنوز داستانی اینجا به اشتراک گذاشته نشده است.',
  errorNoSource: 'نشانی داستان‌ها داده نشده است (ویژگی api یا src).',
  allHidden: 'همه‌ی داستان‌های اینجا هشدار محتوایی دارند که خودتان پنهان کردنش را انتخاب کرده‌اید.',
  hiddenCount: (n) =>
    plural(n, 'fa', {one: '{n} داستان با تنظیمات محتوای شما پنهان شده است.', other: '{n} داستان با تنظیمات محتوای شما پنهان شده است.'}),
  settings: 'تنظیمات محتوا',
  settingsHint: 'پنهان کردن داستان‌هایی که به این موارد اشاره دارند:',
  warning: {
    'suicide-self-harm': 'خودکشی یا آسیب به خود',
    'substance-use': 'مصرف مواد یا الکل',
    relapse: 'لغزش',
    overdose: 'مصرف بیش از حد (اوردوز)',
    abuse: 'آزار',
  },
  warningIntro: 'هشدار محتوا:',
  openStory: 'نمایش این داستان',
  readMore: 'بیشتر بخوانید',
  readLess: 'نمایش کمتر',
  inRecovery: (duration) => `${duration} در مسیر بهبودی`,
  newInRecovery: 'کمتر از یک ماه در مسیر بهبودی',
  shared: (date) => `منتشرشده در ${date}`,
  by: (name) => `— ${name}`,
  share: 'داستانتان را به اشتراک بگذارید',
  withdraw: 'پس گرفتن داستان',
  loadingForm: 'در حال باز کردن فرم…',
  formLoadFailed: 'فرم باز نشد. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
};
