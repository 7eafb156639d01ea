import type {MeetingTypeDescriptionsStrings} from '../en/meeting-type-descriptions.js';

export const meetingTypeDescriptions: MeetingTypeDescriptionsStrings = {
  O: 'Qualquer pessoa pode vir: familiares, amigos, estudantes e quem tiver curiosidade.',
  C: 'Só para quem quer parar de beber ou de usar, ou acha que pode ter um problema.',
  HY: 'O grupo se reúne numa sala e online ao mesmo tempo: venha pessoalmente ou entre online.',
  ONL: 'Por vídeo ou telefone: os detalhes da reunião explicam como entrar.',
  TC: 'O local de sempre está fechado por enquanto; o grupo pode estar se reunindo online.',
  BE: 'Pensada para quem está começando a recuperação: perguntas são bem-vindas.',
  B: 'O grupo lê junto o texto básico da irmandade e conversa sobre ele.',
  D: 'Os membros partilham um de cada vez sobre um tema.',
  SP: 'Um ou mais membros contam sua história.',
  ST: 'A reunião estuda um dos Doze Passos.',
  W: 'Só para mulheres.',
  M: 'Só para homens.',
};
