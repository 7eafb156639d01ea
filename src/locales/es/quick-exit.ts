import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Salida rápida',
  hint: 'Sal ya hacia un sitio neutral (o pulsa Escape dos veces si no estás escribiendo).',
  tip: 'La salida rápida te lleva al instante a un sitio neutral, y Atrás no mostrará esta página. No puede borrar tu historial: bórralo después en la configuración del navegador (Ctrl+Mayús+Supr en la mayoría de las computadoras) o usa una ventana privada.',
  tipDismiss: 'Entendido',
};
