import type {QuickExitStrings} from '../en/quick-exit.js';

export const quickExit: QuickExitStrings = {
  label: 'Salida rápida',
  hint: 'Sal de esta página al instante hacia un sitio neutral. Si no estás escribiendo, también puedes pulsar Escape dos veces.',
  tip: 'La salida rápida te lleva al instante a un sitio neutral, y el botón Atrás no volverá a mostrar esta página. No puede borrar el historial de tu navegador: para ocultar esta visita, borra el historial después (Ctrl+Mayús+Supr en la mayoría de los navegadores de computadora; en el teléfono, en la configuración del navegador, en Privacidad) o usa una ventana privada.',
  tipDismiss: 'Entendido',
};
