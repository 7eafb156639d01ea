import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Può venire chiunque: familiari, amici, studenti e chiunque sia curioso.',
  C: 'Solo per chi vuole smettere di bere o di usare sostanze, o pensa di avere un problema.',
  HY: 'La riunione si tiene in una sala e online allo stesso tempo: vieni di persona o collegati.',
  ONL: 'Si tiene in video o al telefono: i dettagli della riunione spiegano come collegarsi.',
  TC: 'Il luogo abituale è chiuso per ora; il gruppo potrebbe riunirsi online.',
  BE: 'Pensata per chi è all’inizio del proprio recupero: le domande sono benvenute.',
  B: 'Il gruppo legge insieme il testo base dell’associazione e ne parla.',
  D: 'I membri condividono a turno su un tema.',
  SP: 'Uno o più membri raccontano la propria storia.',
  ST: 'La riunione approfondisce uno dei Dodici Passi.',
  W: 'Solo per donne.',
  M: 'Solo per uomini.',
};
