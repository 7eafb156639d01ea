import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Saída rápida',
  hint: 'Saia agora para um site neutro (ou aperte Esc duas vezes quando não estiver digitando).',
  tip: 'A saída rápida leva você na hora para um site neutro, e o botão Voltar não vai mostrar esta página. Ela não consegue apagar seu histórico: apague-o depois nas configurações do navegador (Ctrl+Shift+Delete na maioria dos computadores) ou use uma janela anônima.',
  tipDismiss: 'Entendi',
};
