import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: '이 기기에서 지우기',
  intro:
    '이 사이트의 질문, 이야기, 모임, 서비스 도구가 이 브라우저에 저장한 내용을 지워요. 보내지 않은 초안, 접수 코드와 철회 코드, 이미 보낸 내용의 사본이 여기에 해당해요. 아직 전송을 기다리는 내용은 전송될 때까지 남아 있어요.',
  favourites: '저장한 모임과 서비스도 지우기',
  now: '지금 지우기',
  cancel: '취소',
  done: (favourites) =>
    favourites ? '완료했어요. 이 도구들이 저장한 내용은 이 브라우저에 하나도 남아 있지 않아요.' : '완료했어요. 나머지는 모두 지웠어요. 저장한 모임과 서비스가 있다면 그대로 남아 있어요.',
  failed: '이 브라우저에서는 모두 지울 수 없었어요. 브라우저의 인터넷 사용 기록을 삭제해도 지워져요.',
};
