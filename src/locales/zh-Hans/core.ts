import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: '正在加载…',
  retry: '重试',
  close: '关闭',
  errorNetwork: '无法连接服务器。请检查网络连接，然后重试。',
  errorTimeout: '服务器响应时间过长，请重试。',
  errorHttp: (status) => `服务器无法提供这些信息（错误 ${status}）。`,
  errorParse: '收到的信息无法读取。',
  errorUnknown: '出了点问题，请重试。',
  skippedRecords: (n) => plural(n, 'zh-Hans', {other: '有{n}条记录无法读取，已跳过。'}),
  forget: '清除本设备数据',
  unreadableTitle: '无法读取此列表。',
  unreadableReasons: '发现的前几个问题（供本网站的管理人员参考，为英文）：',
};
