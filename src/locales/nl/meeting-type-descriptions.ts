import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Iedereen is welkom: familie, vrienden, studenten en iedereen die nieuwsgierig is.',
  C: 'Alleen voor mensen die willen stoppen met drinken of gebruiken, of denken dat ze een probleem hebben.',
  HY: 'De meeting is tegelijk in een zaal en online: kom op locatie of doe online mee.',
  ONL: 'Via video of telefoon: in de details van de meeting staat hoe je meedoet.',
  TC: 'De vaste plek is voorlopig gesloten; de groep komt misschien online samen.',
  BE: 'Bedoeld voor mensen die net beginnen met herstel: vragen zijn welkom.',
  B: 'De groep leest samen uit de basistekst van de gemeenschap en praat erover.',
  D: 'Leden delen om de beurt over een onderwerp.',
  SP: 'Een of meer leden vertellen hun verhaal.',
  ST: 'De meeting bespreekt een van de Twaalf Stappen.',
  W: 'Alleen voor vrouwen.',
  M: 'Alleen voor mannen.',
};
