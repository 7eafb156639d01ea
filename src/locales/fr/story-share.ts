/** Textes des formulaires de partage et de retrait d’un témoignage (chargés avec le formulaire). */
import type {StoryShareStrings} from '../en/story-share.js';
import type {DraftField} from '../../model/story-draft.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'fr');

export const storyShare: StoryShareStrings = {
  shareHeading: 'Partagez votre témoignage',
  close: 'Fermer',
  guidanceHeading: 'Avant d’écrire',
  guidance: [
    'N’utilisez que votre prénom ou un nom inventé. Pas de nom de famille, de lieu de travail ni d’autre détail qui permettrait de vous reconnaître, vous ou quelqu’un d’autre.',
    'Inutile de citer un mouvement d’entraide ou un programme. Beaucoup de personnes préfèrent ne pas les nommer ; « un groupe d’entraide » suffit.',
    'Racontez-nous ce qui a changé pour vous. Merci de ne pas décrire comment quelqu’un consommait, se faisait du mal ou a fait une surdose : ces détails peuvent blesser une personne en difficulté.',
    'Une personne lit chaque témoignage avant sa publication. Rien n’apparaît sur ce site sans votre consentement ci-dessous.',
  ],
  title: 'Titre',
  titleHint: (min, max) => `De ${num(min)} à ${num(max)} caractères, par exemple « Le jour où j’ai demandé de l’aide ».`,
  body: 'Votre témoignage',
  bodyHint: (min, max) => `De ${num(min)} à ${num(max)} caractères.`,
  counter: (n, max) => `${num(n)} sur ${num(max)} caractères`,
  name: 'Prénom ou pseudonyme',
  nameHint: 'Affiché avec votre témoignage. Un nom inventé convient très bien.',
  pseudonymSuggestion: 'Vous êtes en rétablissement depuis moins d’un an. Nous vous conseillons un nom inventé, au cas où vous voudriez plus tard garder votre témoignage privé.',
  fellowshipNote: 'Votre témoignage nomme un mouvement d’entraide. Vous en avez le droit, mais beaucoup de personnes préfèrent ne pas les nommer ; « un groupe d’entraide » convient aussi.',
  recovery: 'Durée de rétablissement (facultatif)',
  years: 'Ans',
  months: 'Mois',
  warningsLegend: 'Avertissements de contenu',
  warningsHint: 'Cochez ceux qui s’appliquent, pour que chaque personne puisse choisir d’ouvrir ou non votre témoignage.',
  consentLegend: 'Votre consentement',
  consentPublish: 'J’accepte que ce témoignage soit publié sur ce site, après relecture par une personne.',
  durationLegend: 'Pendant combien de temps ?',
  duration: {
    '1y': 'Pendant 1 an',
    '3y': 'Pendant 3 ans',
    'until-withdrawn': 'Jusqu’à ce que je le retire',
  },
  consentNote: 'Vous pouvez retirer votre témoignage à tout moment avec le code que vous recevrez après l’envoi.',
  photo: 'Photo (facultatif)',
  photoHint: 'Choisissez une photo que vous voulez bien partager. Nous la réduisons avant l’envoi.',
  photoAlt: 'Décrivez la photo',
  photoAltHint: 'Pour les personnes qui ne peuvent pas la voir, par exemple « Un lever de soleil sur un lac ».',
  photoPreview: 'Votre photo',
  removePhoto: 'Retirer la photo',
  photoFailed: 'Cette photo n’a pas pu être lue. Essayez un autre fichier image.',
  fax: 'Laissez ce champ vide',
  submit: 'Envoyer mon témoignage pour relecture',
  sending: 'Envoi…',
  problems: (n) =>
    plural(n, 'fr', {
      one: 'Veuillez corriger {n} problème avant l’envoi :',
      many: 'Veuillez corriger {n} de problèmes avant l’envoi :',
      other: 'Veuillez corriger {n} problèmes avant l’envoi :',
    }),
  problem: (field, problem) => {
    const names: Record<DraftField, string> = {
      title: 'Titre',
      body: 'Votre témoignage',
      name: 'Prénom ou pseudonyme',
      recovery: 'Durée de rétablissement',
      consentPublish: 'Consentement',
      duration: 'Durée de publication',
      photo: 'Photo',
      photoAlt: 'Description de la photo',
    };
    if (field === 'consentPublish') return 'Consentement : cochez la case si vous acceptez la publication.';
    if (field === 'duration') return 'Durée de publication : choisissez combien de temps votre témoignage peut rester publié.';
    if (field === 'recovery') return 'Durée de rétablissement : indiquez des années entières et de 0 à 11 mois.';
    if (field === 'photo') return 'Photo : ce fichier ne peut pas être envoyé. Essayez une autre photo.';
    const what = {required: 'ce champ est obligatoire.', tooShort: 'c’est trop court.', tooLong: 'c’est trop long.', invalid: 'ce n’est pas valide.'}[problem];
    return `${names[field]} : ${what}`;
  },
  queued: 'Votre témoignage est enregistré sur cet appareil. Nous l’enverrons dès que la connexion sera rétablie ; vous pouvez fermer cette page en attendant.',
  sendNow: 'Essayer d’envoyer maintenant',
  draftRestored: 'Ce que vous aviez écrit ici la dernière fois a été conservé sur cet appareil ; le voici ci-dessous.',
  discardDraft: 'Supprimer le brouillon',
  codeForVisit: 'Ce code disparaît si vous quittez ou rechargez cette page : copiez-le ou enregistrez-le comme note. Sur un appareil que personne d’autre n’utilise, vous pouvez le garder ici.',
  keepCode: 'Garder le code sur cet appareil',
  blockedHeading: 'Votre témoignage n’a pas été envoyé',
  blocked: 'Ce site ne peut pas encore envoyer de témoignages à son serveur ; merci de le signaler au site.',
  blockedKept: 'Votre témoignage reste enregistré sur cet appareil pour l’instant : rien n’est perdu si le site corrige le problème. Il ne sera pas envoyé d’ici là. Vous pouvez aussi le supprimer.',
  deleteQueued: 'Supprimer mon témoignage de cet appareil',
  refused: (message) => `Le serveur n’a pas accepté votre témoignage : ${message}`,
  refusedGeneric: 'Le serveur n’a pas accepté votre témoignage. Vérifiez-le et réessayez.',
  editAgain: 'Modifier et renvoyer',
  thanksHeading: 'Merci d’avoir partagé votre témoignage',
  thanks: 'Une personne le lira avant sa publication. Rien n’est encore public.',
  codeLabel: 'Votre code de retrait',
  codePromise: 'Gardez ce code pour vous. En le saisissant sous « Retirer un témoignage », vous retirez immédiatement votre témoignage de ce site, avec son texte et sa photo, à tout moment.',
  copy: 'Copier le code',
  copied: 'Code copié.',
  copyFailed: 'Copie impossible. Sélectionnez le code et copiez-le vous-même.',
  saveNote: 'Enregistrer comme note',
  noteText: (code, url) =>
    `Code de retrait de mon témoignage : ${code}\n\nSaisissez-le sous « Retirer un témoignage » sur ${url} pour retirer immédiatement le témoignage.\n`,
  noteFile: 'code-retrait-temoignage.txt',
  done: 'J’ai enregistré mon code',
  withdrawHeading: 'Retirer un témoignage',
  withdrawIntro: 'Saisissez le code de retrait reçu quand vous avez partagé votre témoignage. Le témoignage est retiré immédiatement.',
  codeInput: 'Code de retrait',
  codeHint: 'Par exemple K7QH-M3XD-9TRV-2PWA',
  withdrawSubmit: 'Retirer mon témoignage',
  withdrawing: 'Retrait en cours…',
  withdrawConfirm: 'Retirer définitivement ce témoignage ? Il est retiré immédiatement de ce site, et son texte et sa photo sont supprimés. Cette action est irréversible.',
  withdrawConfirmYes: 'Oui, le retirer',
  withdrawConfirmNo: 'Non, garder mon témoignage',
  withdrawn: 'Votre témoignage a été retiré de ce site. Son texte et sa photo ont été supprimés.',
  notFound: 'Aucun témoignage ne correspond à ce code. Vérifiez-le et réessayez ; il a peut-être déjà été retiré.',
  codeIncomplete: 'Code de retrait : saisissez les 16 caractères.',
  withdrawBlocked: 'Ce site ne peut pas encore retirer de témoignages via son serveur ; merci de le signaler au site. Gardez votre code : il fonctionnera une fois le problème réglé.',
  noApi: 'Le partage de témoignages n’est pas configuré sur cette page.',
};
