/** Textos de <peer-story-carousel> (os do formulário para compartilhar e retirar estão em `story-share.ts`). */
import type {StoryCarouselStrings} from '../en/story-carousel.js';
import {formatNumber, plural} from '../../core/i18n.js';

const count = (n: number) => formatNumber(n, 'pt');
/** CLDR puts 0 with `one` in Portuguese (for 0,5 and 1,5); a count of zero reads in the plural in Brazil ("0 histórias"). */
const pl = (n: number, forms: {one: string; many: string; other: string}) => (n === 0 ? forms.other.replace('{n}', count(0)) : plural(n, 'pt', forms));

export const storyCarousel: StoryCarouselStrings = {
  regionLabel: 'Histórias de pessoas em recuperação',
  carouselRole: 'carrossel',
  slideRole: 'slide',
  previous: 'História anterior',
  next: 'Próxima história',
  stopRotation: 'Parar a apresentação automática',
  startRotation: 'Iniciar a apresentação automática',
  position: (n, total, title) => `História ${count(n)} de ${count(total)}: ${title}`,
  showAll: 'Mostrar todas as histórias',
  showCarousel: 'Mostrar uma de cada vez',
  empty: 'Ainda ninguém compartilhou uma história aqui.',
  errorNoSource: 'Nenhum endereço de histórias foi informado (defina o atributo api ou src).',
  allHidden: 'Todas as histórias daqui têm um aviso de conteúdo que você escolheu ocultar.',
  hiddenCount: (n) =>
    pl(n, {
      one: 'Suas configurações de conteúdo ocultam {n} história.',
      many: 'Suas configurações de conteúdo ocultam {n} de histórias.',
      other: 'Suas configurações de conteúdo ocultam {n} histórias.',
    }),
  settings: 'Configurações de conteúdo',
  settingsHint: 'Ocultar histórias que falam de:',
  warning: {
    'suicide-self-harm': 'suicídio ou automutilação',
    'substance-use': 'uso de álcool ou outras drogas',
    relapse: 'recaída',
    overdose: 'overdose',
    abuse: 'abuso',
  },
  warningIntro: 'Aviso de conteúdo:',
  openStory: 'Mostrar esta história',
  readMore: 'Ler mais',
  readLess: 'Mostrar menos',
  inRecovery: (duration) => `${duration} em recuperação`,
  newInRecovery: 'Menos de um mês em recuperação',
  shared: (date) => `Compartilhada em ${date}`,
  by: (name) => `— ${name}`,
  share: 'Compartilhe sua história',
  withdraw: 'Retirar uma história',
  loadingForm: 'Abrindo o formulário…',
  formLoadFailed: 'Não foi possível abrir o formulário. Verifique sua conexão e tente de novo.',
};
