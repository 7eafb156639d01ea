/** Textos dos formulários para compartilhar e retirar uma história (carregados só com o formulário). */
import type {StoryShareStrings} from '../en/story-share.js';
import {formatNumber, plural} from '../../core/i18n.js';

const count = (n: number) => formatNumber(n, 'pt');
/** CLDR puts 0 with `one` in Portuguese (for 0,5 and 1,5); a count of zero reads in the plural in Brazil ("0 problemas"). */
const pl = (n: number, forms: {one: string; many: string; other: string}) => (n === 0 ? forms.other.replace('{n}', count(0)) : plural(n, 'pt', forms));

export const storyShare: StoryShareStrings = {
  shareHeading: 'Compartilhe sua história',
  close: 'Fechar',
  guidanceHeading: 'Antes de escrever',
  guidance: [
    'Use só o seu primeiro nome ou um nome inventado. Nada de sobrenomes, locais de trabalho ou outros detalhes que possam identificar você ou outra pessoa.',
    'Você não precisa citar uma irmandade nem um programa. Muita gente prefere mantê-los no anonimato; “um grupo de apoio” já basta.',
    'Conte como as coisas mudaram para você. Por favor, deixe de fora detalhes de como alguém usava drogas, se machucava ou teve uma overdose: isso pode fazer mal a quem está passando por um momento difícil.',
    'Uma pessoa lê cada história antes de ela ser publicada. Nada aparece neste site sem o seu consentimento abaixo.',
  ],
  title: 'Título',
  titleHint: (min, max) => `De ${count(min)} a ${count(max)} caracteres, por exemplo “O dia em que pedi ajuda”.`,
  body: 'Sua história',
  bodyHint: (min, max) => `De ${count(min)} a ${count(max)} caracteres.`,
  counter: (n, max) => `${count(n)} de ${count(max)} caracteres`,
  name: 'Primeiro nome ou pseudônimo',
  nameHint: 'Aparece junto com a sua história. Um nome inventado não tem problema.',
  pseudonymSuggestion: 'Você está em recuperação há menos de um ano. Sugerimos um nome inventado, caso mais tarde você prefira manter sua história em sigilo.',
  fellowshipNote: 'Sua história cita uma irmandade. Você tem toda a liberdade para isso, mas muita gente mantém as irmandades no anonimato; “um grupo de apoio” também serve.',
  recovery: 'Tempo de recuperação (opcional)',
  years: 'Anos',
  months: 'Meses',
  warningsLegend: 'Avisos de conteúdo',
  warningsHint: 'Marque os que se aplicam, para que quem for ler possa escolher se abre sua história.',
  consentLegend: 'Seu consentimento',
  consentPublish: 'Concordo que esta história seja publicada neste site, depois de uma pessoa revisá-la.',
  durationLegend: 'Por quanto tempo?',
  duration: {
    '1y': 'Por 1 ano',
    '3y': 'Por 3 anos',
    'until-withdrawn': 'Até eu retirá-la',
  },
  consentNote: 'Você pode retirar sua história a qualquer momento com o código que vai receber depois de enviá-la.',
  photo: 'Foto (opcional)',
  photoHint: 'Escolha uma foto que você queira compartilhar. Nós a reduzimos antes de enviar.',
  photoAlt: 'Descreva a foto',
  photoAltHint: 'Para quem não consegue vê-la, por exemplo “Um nascer do sol sobre um lago”.',
  photoPreview: 'Sua foto',
  removePhoto: 'Remover foto',
  photoFailed: 'Não foi possível ler esta foto. Tente outro arquivo de imagem.',
  fax: 'Deixe isto em branco',
  submit: 'Enviar minha história para revisão',
  sending: 'Enviando…',
  problems: (n) =>
    pl(n, {one: 'Corrija {n} problema antes de enviar:', many: 'Corrija {n} de problemas antes de enviar:', other: 'Corrija {n} problemas antes de enviar:'}),
  problem: (field, problem) => {
    const names = {
      title: 'Título',
      body: 'Sua história',
      name: 'Primeiro nome ou pseudônimo',
      recovery: 'Tempo de recuperação',
      consentPublish: 'Consentimento',
      duration: 'Por quanto tempo',
      photo: 'Foto',
      photoAlt: 'Descrição da foto',
    };
    if (field === 'consentPublish') return 'Consentimento: marque a caixa se você concorda com a publicação.';
    if (field === 'duration') return 'Por quanto tempo: escolha por quanto tempo sua história pode ficar publicada.';
    if (field === 'recovery') return 'Tempo de recuperação: use anos inteiros e de 0 a 11 meses.';
    if (field === 'photo') return 'Foto: não é possível enviar este arquivo. Tente outra foto.';
    const what = {required: 'preencha este campo.', tooShort: 'o texto está curto demais.', tooLong: 'o texto está longo demais.', invalid: 'o que foi digitado não é válido.'}[problem];
    return `${names[field]}: ${what}`;
  },
  queued: 'Sua história está salva neste dispositivo. Vamos enviá-la assim que a conexão voltar; enquanto isso, você pode fechar esta página.',
  sendNow: 'Tentar enviar agora',
  draftRestored: 'O que você escreveu aqui da última vez ficou guardado neste dispositivo e está de volta abaixo.',
  discardDraft: 'Descartar rascunho',
  codeForVisit: 'Este código some quando você sai desta página ou a recarrega: copie ou salve como nota. Num dispositivo que só você usa, você pode guardá-lo aqui.',
  keepCode: 'Guardar o código neste dispositivo',
  blockedHeading: 'Sua história não foi enviada',
  blocked: 'Este site ainda não consegue enviar histórias para o servidor dele; por favor, avise o site.',
  blockedKept: 'Por enquanto sua história fica guardada neste dispositivo, para que nada se perca se o site resolver isso. Até lá, ela não será enviada. Você também pode apagá-la.',
  deleteQueued: 'Apagar minha história deste dispositivo',
  refused: (message) => `O servidor não aceitou sua história: ${message}`,
  refusedGeneric: 'O servidor não aceitou sua história. Confira o texto e tente de novo.',
  editAgain: 'Editar e enviar de novo',
  thanksHeading: 'Obrigado por compartilhar sua história',
  thanks: 'Uma pessoa vai lê-la antes de ela ser publicada. Nada está público ainda.',
  codeLabel: 'Seu código de retirada',
  codePromise: 'Guarde este código só para você. Se você digitá-lo em “Retirar uma história”, sua história sai deste site na hora, com o texto e a foto, a qualquer momento.',
  copy: 'Copiar código',
  copied: 'Código copiado.',
  copyFailed: 'Não foi possível copiar. Selecione o código e copie manualmente.',
  saveNote: 'Salvar como nota',
  noteText: (code, url) =>
    `Código de retirada da minha história: ${code}\n\nDigite-o em “Retirar uma história” em ${url} para tirar a história do site na hora.\n`,
  noteFile: 'codigo-retirada-historia.txt',
  done: 'Já guardei meu código',
  withdrawHeading: 'Retirar uma história',
  withdrawIntro: 'Digite o código de retirada que você recebeu quando compartilhou sua história. A história sai do site na hora.',
  codeInput: 'Código de retirada',
  codeHint: 'Por exemplo K7QH-M3XD-9TRV-2PWA',
  withdrawSubmit: 'Retirar minha história',
  withdrawing: 'Retirando…',
  withdrawConfirm: 'Retirar esta história de vez? Ela sai deste site na hora, e o texto e a foto são apagados. Não dá para desfazer.',
  withdrawConfirmYes: 'Sim, retirar',
  withdrawConfirmNo: 'Não, manter minha história',
  withdrawn: 'Sua história foi retirada deste site. O texto e a foto foram apagados.',
  notFound: 'Nenhuma história tem este código. Confira e tente de novo; talvez ela já tenha sido retirada.',
  codeIncomplete: 'Código de retirada: digite os 16 caracteres.',
  withdrawBlocked: 'Este site ainda não consegue retirar histórias pelo servidor dele; por favor, avise o site. Guarde seu código: ele vai funcionar quando isso for resolvido.',
  noApi: 'O compartilhamento de histórias não está configurado nesta página.',
};
