import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: '快速离开',
  hint: '立即跳转到一个普通网站（不在输入文字时，也可以连按两次 Esc 键）。',
  tip: '“快速离开”会立即跳转到一个普通网站，按“返回”也不会回到此页面。但它无法清除您的浏览记录：之后请在浏览器设置中清除（大多数电脑上按 Ctrl+Shift+Delete），或者使用无痕窗口。',
  tipDismiss: '知道了',
};
