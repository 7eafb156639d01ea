import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Tout le monde peut venir : famille, amis, étudiants et toute personne curieuse.',
  C: 'Réservée aux personnes qui veulent arrêter de boire ou de consommer, ou qui pensent avoir un problème.',
  HY: 'La réunion a lieu dans une salle et en ligne en même temps : venez sur place ou connectez-vous.',
  ONL: 'Par vidéo ou par téléphone : les détails de la réunion indiquent comment la rejoindre.',
  TC: 'Le lieu habituel est fermé pour le moment ; le groupe se réunit peut-être en ligne.',
  BE: 'Pensée pour les personnes qui commencent leur rétablissement : les questions sont les bienvenues.',
  B: 'Le groupe lit ensemble le texte de base de la fraternité et en parle.',
  D: 'Les membres partagent à tour de rôle sur un thème.',
  SP: 'Un ou plusieurs membres racontent leur histoire.',
  ST: 'La réunion étudie l’une des Douze Étapes.',
  W: 'Réservée aux femmes.',
  M: 'Réservée aux hommes.',
};
