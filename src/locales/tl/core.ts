import type {CoreStrings} from '../en/core.js';
import {plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'Naglo-load…',
  retry: 'Subukan ulit',
  close: 'Isara',
  errorNetwork: 'Hindi namin makonekta ang server. Tingnan ang iyong koneksyon at subukan ulit.',
  errorTimeout: 'Masyadong natagalan ang sagot ng server. Pakisubukan ulit.',
  errorHttp: (status) => `Hindi maibigay ng server ang impormasyong ito (error ${status}).`,
  errorParse: 'Hindi mabasa ang impormasyong natanggap namin.',
  errorUnknown: 'May nangyaring mali. Pakisubukan ulit.',
  // Filipino plural categories are the linker after the number: "5 talaan", "4 na talaan".
  skippedRecords: (n) =>
    plural(n, 'tl', {one: 'Hindi mabasa ang {n} talaan kaya nilaktawan.', other: 'Hindi mabasa ang {n} na talaan kaya nilaktawan.'}),
  forget: 'Kalimutan ang device na ito',
  unreadableTitle: 'Hindi mabasa ang listahang ito.',
  unreadableReasons: 'Ang mga unang problemang nakita (para sa mga namamahala ng site na ito, sa Ingles):',
};
