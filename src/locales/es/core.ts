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
  cancel: 'Cancelar',
  forget: 'Olvidar este dispositivo',
  forgetIntro:
    'Borra lo que las herramientas de preguntas, historias, reuniones y servicios de este sitio guardaron en este navegador: borradores sin enviar, códigos de recibo y de retiro, y copias de lo que ya enviaste. Lo que todavía espera para enviarse se queda hasta que se envíe.',
  forgetFavourites: 'Olvidar también mis reuniones y servicios guardados',
  forgetNow: 'Olvidar ahora',
  forgotten: (favourites) =>
    favourites ? 'Listo. No queda en este navegador nada de lo que guardaron estas herramientas.' : 'Listo. Todo lo demás se borró; tus reuniones y servicios guardados, si tienes, siguen aquí.',
  forgetFailed: 'Este navegador no nos dejó borrarlo todo. Si borras tus datos de navegación, también se elimina.',
  draftRestored: 'Lo que escribiste aquí la última vez quedó guardado en este dispositivo y está de nuevo abajo.',
  discardDraft: 'Descartar borrador',
  codeForVisit:
    'Este código desaparece cuando salgas de esta página o la vuelvas a cargar: cópialo o guárdalo como nota. En un dispositivo que nadie más usa, puedes guardarlo aquí.',
  keepCode: 'Guardar el código en este dispositivo',
};
