import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID da reunião',
  passcode: 'Senha',
  thenHash: 'e depois #',
  mapNoTiles: 'O fundo do mapa não carregou. Os marcadores continuam mostrando onde são as reuniões.',
  mapSearchPoint: 'De onde você está buscando',
};
