import type {CoreStrings} from '../en/core.js';

export const core: CoreStrings = {
  loading: 'Cargando…',
  retry: 'Intentar de nuevo',
  close: 'Cerrar',
  errorNetwork: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
  errorTimeout: 'El servidor tardó demasiado en responder. Inténtalo de nuevo.',
  errorHttp: (status) => `El servidor no pudo darnos esta información (error ${status}).`,
  errorParse: 'No pudimos leer la información recibida.',
  errorUnknown: 'Algo salió mal. Inténtalo de nuevo.',
  skippedRecords: (n) => (n === 1 ? 'No pudimos leer 1 registro y lo omitimos.' : `No pudimos leer ${n} registros y los omitimos.`),
  forget: 'Olvidar este dispositivo',
  unreadableTitle: 'No pudimos leer esta lista.',
  unreadableReasons: 'Los primeros problemas encontrados (para quienes gestionan este sitio, en inglés):',
};
