import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: '빠른 나가기',
  hint: '지금 바로 무관한 사이트로 이동해요(글자를 입력하는 중이 아니면 Esc 키를 두 번 눌러도 돼요).',
  tip: '‘빠른 나가기’를 누르면 바로 무관한 사이트로 이동하고, ‘뒤로’를 눌러도 이 페이지가 보이지 않아요. 하지만 방문 기록은 지우지 못해요. 나중에 브라우저 설정에서 지우거나(대부분의 컴퓨터에서 Ctrl+Shift+Delete), 시크릿 창을 사용하세요.',
  tipDismiss: '알겠어요',
};
