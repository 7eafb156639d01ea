import type {MeetingExtrasStrings} from '../en/meeting-extras.js';

export const meetingExtras: MeetingExtrasStrings = {
  meetingId: 'ID de la reunión',
  passcode: 'Código de acceso',
  thenHash: 'y luego #',
  mapNoTiles: 'No se pudo cargar el fondo del mapa. Los marcadores siguen mostrando dónde son las reuniones.',
  mapSearchPoint: 'Desde dónde buscas',
};
