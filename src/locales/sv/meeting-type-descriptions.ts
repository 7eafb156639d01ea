import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Alla får komma: anhöriga, vänner, studenter och alla som är nyfikna.',
  C: 'Bara för dig som vill sluta dricka eller använda, eller tror att du kan ha problem.',
  HY: 'Mötet hålls i en lokal och online samtidigt: kom på plats eller delta online.',
  ONL: 'Via video eller telefon: i mötets detaljer står hur du deltar.',
  TC: 'Den vanliga lokalen är stängd tills vidare; gruppen kanske träffas online.',
  BE: 'För dig som är ny i tillfrisknandet: frågor är välkomna.',
  B: 'Gruppen läser gemenskapens grundtext tillsammans och pratar om den.',
  D: 'Medlemmarna delar i tur och ordning om ett ämne.',
  SP: 'En eller flera medlemmar berättar sin historia.',
  ST: 'Mötet går igenom ett av de Tolv Stegen.',
  W: 'Bara för kvinnor.',
  M: 'Bara för män.',
};
