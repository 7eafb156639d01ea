import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Puwedeng dumalo ang kahit sino: pamilya, kaibigan, estudyante at sinumang gustong malaman.',
  C: 'Para lamang sa mga gustong tumigil sa pag-inom o paggamit, o sa mga nag-iisip na baka may problema sila.',
  HY: 'Sabay na ginaganap ang pulong sa isang silid at online: dumalo nang harapan o sumali online.',
  ONL: 'Sa video o telepono: nasa detalye ng pulong kung paano sumali.',
  TC: 'Sarado muna ang karaniwang lugar; baka online muna nagpupulong ang grupo.',
  BE: 'Para sa mga bago pa lang sa paggaling: malugod na tinatanggap ang mga tanong.',
  B: 'Sama-samang binabasa ng grupo ang pangunahing aklat ng samahan at pinag-uusapan ito.',
  D: 'Salitan ang mga miyembro sa pagbabahagi tungkol sa isang paksa.',
  SP: 'Isa o higit pang miyembro ang nagkukuwento ng kanilang karanasan.',
  ST: 'Pinag-aaralan sa pulong ang isa sa Labindalawang Hakbang.',
  W: 'Para sa kababaihan lamang.',
  M: 'Para sa kalalakihan lamang.',
};
