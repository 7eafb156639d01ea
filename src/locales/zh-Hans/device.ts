import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: '清除本设备上的数据',
  intro:
    '这会清除本网站的提问、故事、聚会和服务工具保存在此浏览器中的内容：未发送的草稿、回执码和撤回码，以及您已发送内容的副本。仍在等待发送的内容会保留，直到发送出去为止。',
  favourites: '同时清除我收藏的聚会和服务',
  now: '立即清除',
  cancel: '取消',
  done: (favourites) =>
    favourites ? '已完成。这些工具保存的内容已全部从此浏览器中清除。' : '已完成。其他内容都已清除；您收藏的聚会和服务（如果有）仍然保留。',
  failed: '此浏览器不允许我们全部清除。清除浏览数据也可以删除这些内容。',
};
