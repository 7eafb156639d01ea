import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Esquecer este dispositivo',
  intro:
    'Isto apaga o que as ferramentas de perguntas, histórias, reuniões e serviços deste site salvaram neste navegador: rascunhos não enviados, códigos de acompanhamento e de retirada, e cópias do que você já enviou. O que ainda está esperando para ser enviado fica aqui até ser enviado.',
  favourites: 'Esquecer também minhas reuniões e serviços salvos',
  now: 'Esquecer agora',
  cancel: 'Cancelar',
  done: (favourites) =>
    favourites
      ? 'Pronto. Nada do que estas ferramentas salvaram ficou neste navegador.'
      : 'Pronto. Todo o resto foi apagado; suas reuniões e serviços salvos, se houver, continuam aqui.',
  failed: 'Este navegador não nos deixou apagar tudo. Limpar os dados de navegação também apaga essas informações.',
};
