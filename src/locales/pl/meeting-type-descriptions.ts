import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Może przyjść każdy: rodzina, przyjaciele, studenci i wszyscy ciekawi.',
  C: 'Tylko dla osób, które chcą przestać pić lub brać albo myślą, że mogą mieć problem.',
  HY: 'Mityng odbywa się jednocześnie w sali i online: przyjdź na miejsce albo dołącz online.',
  ONL: 'Przez wideo lub telefon: szczegóły mityngu mówią, jak dołączyć.',
  TC: 'Zwykłe miejsce jest na razie zamknięte; grupa może spotykać się online.',
  BE: 'Dla osób, które dopiero zaczynają zdrowienie: pytania są mile widziane.',
  B: 'Grupa wspólnie czyta podstawowy tekst wspólnoty i o nim rozmawia.',
  D: 'Uczestnicy po kolei dzielą się na wybrany temat.',
  SP: 'Jedna lub kilka osób opowiada swoją historię.',
  ST: 'Mityng poświęcony jest jednemu z Dwunastu Kroków.',
  W: 'Tylko dla kobiet.',
  M: 'Tylko dla mężczyzn.',
};
