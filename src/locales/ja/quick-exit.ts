import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'すぐに離れる',
  hint: '今すぐ無関係のサイトに移動します（文字を入力していないときは、Esc キーを2回押しても移動できます）。',
  tip: '「すぐに離れる」を押すと無関係のサイトにすぐ移動し、「戻る」を押してもこのページは表示されません。ただし、閲覧履歴は消せません。あとでブラウザーの設定から消去するか（多くのパソコンでは Ctrl+Shift+Delete）、プライベートウィンドウを使ってください。',
  tipDismiss: 'わかりました',
};
