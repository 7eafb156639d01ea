import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Alle dürfen kommen: Angehörige, Freunde, Studierende und alle, die neugierig sind.',
  C: 'Nur für Menschen, die mit dem Trinken oder Konsumieren aufhören möchten oder glauben, ein Problem zu haben.',
  HY: 'Das Meeting findet gleichzeitig in einem Raum und online statt: vor Ort kommen oder online teilnehmen.',
  ONL: 'Per Video oder Telefon: In den Details des Meetings steht, wie man teilnimmt.',
  TC: 'Der übliche Ort ist vorübergehend geschlossen; die Gruppe trifft sich vielleicht online.',
  BE: 'Für Menschen, die neu in der Genesung sind: Fragen sind willkommen.',
  B: 'Die Gruppe liest gemeinsam im Grundlagentext der Gemeinschaft und spricht darüber.',
  D: 'Die Mitglieder teilen reihum zu einem Thema.',
  SP: 'Ein oder mehrere Mitglieder erzählen ihre Geschichte.',
  ST: 'Das Meeting beschäftigt sich mit einem der Zwölf Schritte.',
  W: 'Nur für Frauen.',
  M: 'Nur für Männer.',
};
