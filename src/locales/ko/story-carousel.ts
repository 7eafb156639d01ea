/** <peer-story-carousel>의 문구(나누기·철회 양식의 문구는 story-share.ts). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: '회복 중인 사람들의 이야기',
  previous: '이전 이야기',
  next: '다음 이야기',
  stopRotation: '자동 슬라이드 멈추기',
  startRotation: '자동 슬라이드 시작',
  position: (n, total, title) => `이야기 ${formatNumber(total, 'ko')}개 중 ${formatNumber(n, 'ko')}번째: ${title}`,
  showAll: '모든 이야기 보기',
  showCarousel: '하나씩 보기',
  empty: '아직 여기에 공유된 이야기가 없어요.',
  errorNoSource: '이야기 주소가 지정되지 않았어요(api 또는 src 속성을 설정해 주세요).',
  allHidden: '여기 있는 모든 이야기에 숨기기로 선택한 콘텐츠 주의가 붙어 있어요.',
  hiddenCount: (n) => plural(n, 'ko', {other: '콘텐츠 설정에 따라 이야기 {n}개를 숨겼어요.'}),
  settings: '콘텐츠 설정',
  settingsHint: '다음 내용이 나오는 이야기 숨기기:',
  warning: {
    'suicide-self-harm': '자살 또는 자해',
    'substance-use': '약물 또는 알코올 사용',
    relapse: '재발',
    overdose: '과다 복용',
    abuse: '학대',
  },
  warningIntro: '콘텐츠 주의:',
  openStory: '이 이야기 보기',
  readMore: '더 읽기',
  readLess: '접기',
  inRecovery: (duration) => `회복 ${duration}`,
  newInRecovery: '회복 1개월 미만',
  shared: (date) => `${date} 공유`,
  by: (name) => `— ${name}`,
  share: '내 이야기 나누기',
  withdraw: '이야기 철회',
  loadingForm: '양식을 여는 중…',
  formLoadFailed: '양식을 열 수 없어요. 인터넷 연결을 확인하고 다시 시도해 주세요.',
};
