import type {QuestionAnswersStrings} from '../en/question-answers.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const questionAnswers: QuestionAnswersStrings = {
  lookupTitle: 'Voir ma réponse',
  lookupLabel: 'Votre code de suivi',
  lookupHint: 'Par exemple K7QH-M3XD-9TRV-2PWA. Les espaces, les tirets et les minuscules sont acceptés.',
  lookupSubmit: 'Consulter',
  lookupChecking: 'Vérification…',
  lookupEmpty: 'Veuillez saisir votre code de suivi.',
  lookupNotFound: 'Nous n’avons pas trouvé ce code. Vérifiez chaque caractère et réessayez.',
  lookupBlocked: 'Ce site ne peut pas encore consulter les réponses sur son serveur ; merci de le signaler au site. Gardez votre code : il fonctionnera une fois le problème réglé.',
  status: {
    pending: 'En attente de réponse. Revenez vérifier dans quelques jours.',
    answered: 'Votre question a reçu une réponse.',
    published: 'Votre question a reçu une réponse et a été publiée de façon anonyme.',
    declined: 'Nous sommes désolés : nous n’avons pas pu répondre à cette question. Si vous avez besoin d’aide maintenant, utilisez les ressources de cette page.',
  },
  statusLabel: 'Statut',
  answerLabel: 'Réponse',
  answeredBy: {peer: 'Réponse d’un pair-aidant', clinician: 'Réponse d’un professionnel de santé'},
  answeredOn: (date) => `Réponse donnée le ${date}`,
  listEmpty: 'Aucune question publiée pour l’instant.',
  listNoMatch: (q) => `Aucune question publiée ne correspond à « ${q} ».`,
  resultCount: (n) => plural(n, 'fr', {one: '{n} question', many: '{n} de questions', other: '{n} questions'}),
  question: 'Question',
  answer: 'Réponse',
  role: {peer: 'Réponse d’un pair', clinician: 'Réponse d’un professionnel'},
  publishedOn: (date) => `Publiée le ${date}`,
  previous: 'Page précédente',
  next: 'Page suivante',
  pageOf: (page, pages) => `Page ${formatNumber(page, 'fr')} sur ${formatNumber(pages, 'fr')}`,
};
