import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: '読み込み中…',
  retry: 'もう一度試す',
  close: '閉じる',
  errorNetwork: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  errorTimeout: 'サーバーの応答に時間がかかりすぎています。もう一度お試しください。',
  errorHttp: (status) => `サーバーからこの情報を取得できませんでした（エラーコード：${status}）。`,
  errorParse: '受け取った情報を読み取れませんでした。',
  errorUnknown: '問題が発生しました。もう一度お試しください。',
  skippedRecords: (n) => plural(n, 'ja', {other: '{n}件のデータを読み取れなかったため、スキップしました。'}),
  forget: 'この端末の記録を消去',
  unreadableTitle: 'このリストを読み取れませんでした。',
  unreadableReasons: '最初に見つかった問題（サイト運営者向け、英語）：',
};
