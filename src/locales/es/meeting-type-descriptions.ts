import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Puede venir cualquiera: familiares, amigos, estudiantes y cualquier persona con curiosidad.',
  C: 'Solo para personas que quieren dejar de beber o de consumir, o creen que pueden tener un problema.',
  HY: 'El grupo se reúne en una sala y en línea a la vez: puedes ir en persona o conectarte.',
  ONL: 'Por videollamada o teléfono: los detalles de la reunión explican cómo conectarse.',
  TC: 'El lugar habitual está cerrado por ahora; puede que el grupo se reúna en línea.',
  BE: 'Pensada para quienes empiezan su recuperación: las preguntas son bienvenidas.',
  B: 'El grupo lee en voz alta el texto básico de la comunidad y lo comenta.',
  D: 'Los miembros comparten por turnos sobre un tema.',
  SP: 'Uno o más miembros cuentan su historia.',
  ST: 'La reunión estudia uno de los Doce Pasos.',
  W: 'Solo para mujeres.',
  M: 'Solo para hombres.',
};
