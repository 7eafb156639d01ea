import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Olvidar este dispositivo',
  intro:
    'Borra lo que las herramientas de preguntas, historias, reuniones y servicios de este sitio guardaron en este navegador: borradores sin enviar, códigos de recibo y de retiro, y copias de lo que ya enviaste. Lo que todavía espera para enviarse se queda hasta que se envíe.',
  favourites: 'Olvidar también mis reuniones y servicios guardados',
  now: 'Olvidar ahora',
  cancel: 'Cancelar',
  done: (favourites) =>
    favourites ? 'Listo. No queda en este navegador nada de lo que guardaron estas herramientas.' : 'Listo. Todo lo demás se borró; tus reuniones y servicios guardados, si tienes, siguen aquí.',
  failed: 'Este navegador no nos dejó borrarlo todo. Si borras tus datos de navegación, también se elimina.',
};
