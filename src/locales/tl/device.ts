import type {DeviceStrings} from '../en/device.js';

export const device: DeviceStrings = {
  title: 'Kalimutan ang device na ito',
  intro:
    'Buburahin nito ang lahat ng na-save sa browser na ito ng mga tool ng site para sa tanong, kuwento, pulong at serbisyo: mga draft na hindi pa naipapadala, mga code ng resibo at code sa pagbawi, at mga kopya ng naipadala mo na. Ang anumang naghihintay pang maipadala ay mananatili hanggang sa maipadala ito.',
  favourites: 'Kalimutan din ang mga na-save kong pulong at serbisyo',
  now: 'Kalimutan na',
  cancel: 'Kanselahin',
  done: (favourites) =>
    favourites
      ? 'Tapos na. Wala nang natitira sa browser na ito na na-save ng mga tool na ito.'
      : 'Tapos na. Nabura na ang lahat ng iba pa; nandito pa rin ang mga na-save mong pulong at serbisyo, kung mayroon.',
  failed: 'Hindi pinayagan ng browser na ito na burahin namin ang lahat. Mabubura rin ito kapag binura mo ang data ng iyong browser.',
};
