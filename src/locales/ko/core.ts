import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: '불러오는 중…',
  retry: '다시 시도',
  close: '닫기',
  errorNetwork: '서버에 연결할 수 없어요. 인터넷 연결을 확인하고 다시 시도해 주세요.',
  errorTimeout: '서버 응답이 너무 늦어요. 다시 시도해 주세요.',
  errorHttp: (status) => `서버에서 이 정보를 가져오지 못했어요(오류 ${status}).`,
  errorParse: '받은 정보를 읽을 수 없어요.',
  errorUnknown: '문제가 생겼어요. 다시 시도해 주세요.',
  skippedRecords: (n) => plural(n, 'ko', {other: '기록 {n}건을 읽을 수 없어 건너뛰었어요.'}),
  forget: '이 기기에서 지우기',
  unreadableTitle: '이 목록을 읽을 수 없어요.',
  unreadableReasons: '처음 발견된 문제(사이트 운영자용, 영어):',
};
