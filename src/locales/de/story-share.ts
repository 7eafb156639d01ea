/** Texte der Formulare zum Teilen und Zurückziehen einer Geschichte (werden mit dem Formular geladen). */
import type {StoryShareStrings} from '../en/story-share.js';
import type {DraftField} from '../../model/story-draft.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'de');

export const storyShare: StoryShareStrings = {
  shareHeading: 'Ihre Geschichte teilen',
  close: 'Schließen',
  guidanceHeading: 'Bevor Sie schreiben',
  guidance: [
    'Verwenden Sie nur Ihren Vornamen oder einen ausgedachten Namen. Keine Nachnamen, Arbeitsorte oder andere Details, an denen man Sie oder andere erkennen könnte.',
    'Sie müssen keine Selbsthilfegemeinschaft und kein Programm nennen. Viele Menschen halten sie anonym; „eine Selbsthilfegruppe“ genügt.',
    'Erzählen Sie, wie sich die Dinge für Sie verändert haben. Bitte lassen Sie Einzelheiten dazu weg, wie jemand konsumiert, sich verletzt oder eine Überdosis genommen hat: Solche Details können Menschen schaden, denen es gerade schlecht geht.',
    'Jede Geschichte wird von einem Menschen gelesen, bevor sie veröffentlicht wird. Ohne Ihre Einwilligung unten erscheint nichts auf dieser Website.',
  ],
  title: 'Titel',
  titleHint: (min, max) => `${num(min)} bis ${num(max)} Zeichen, zum Beispiel „Der Tag, an dem ich um Hilfe gebeten habe“.`,
  body: 'Ihre Geschichte',
  bodyHint: (min, max) => `${num(min)} bis ${num(max)} Zeichen.`,
  counter: (n, max) => `${num(n)} von ${num(max)} Zeichen`,
  name: 'Vorname oder Pseudonym',
  nameHint: 'Wird mit Ihrer Geschichte angezeigt. Ein ausgedachter Name ist in Ordnung.',
  pseudonymSuggestion: 'Sie sind seit weniger als einem Jahr in Genesung. Wir empfehlen einen ausgedachten Namen, falls Sie Ihre Geschichte später lieber privat halten möchten.',
  fellowshipNote: 'Ihre Geschichte nennt eine Selbsthilfegemeinschaft. Das dürfen Sie, aber viele Menschen halten Gemeinschaften anonym; „eine Selbsthilfegruppe“ geht auch.',
  recovery: 'Zeit in Genesung (optional)',
  years: 'Jahre',
  months: 'Monate',
  warningsLegend: 'Inhaltswarnungen',
  warningsHint: 'Kreuzen Sie alles Zutreffende an, damit Lesende selbst entscheiden können, ob sie Ihre Geschichte öffnen.',
  consentLegend: 'Ihre Einwilligung',
  consentPublish: 'Ich bin einverstanden, dass diese Geschichte auf dieser Website veröffentlicht wird, nachdem ein Mensch sie geprüft hat.',
  durationLegend: 'Wie lange?',
  duration: {
    '1y': '1 Jahr lang',
    '3y': '3 Jahre lang',
    'until-withdrawn': 'Bis ich sie zurückziehe',
  },
  consentNote: 'Sie können Ihre Geschichte jederzeit mit dem Code zurückziehen, den Sie nach dem Senden erhalten.',
  photo: 'Foto (optional)',
  photoHint: 'Wählen Sie ein Foto, das Sie gern teilen möchten. Wir verkleinern es vor dem Senden.',
  photoAlt: 'Beschreiben Sie das Foto',
  photoAltHint: 'Für Menschen, die es nicht sehen können, zum Beispiel „Sonnenaufgang über einem See“.',
  photoPreview: 'Ihr Foto',
  removePhoto: 'Foto entfernen',
  photoFailed: 'Dieses Foto konnte nicht gelesen werden. Versuchen Sie eine andere Bilddatei.',
  fax: 'Dieses Feld leer lassen',
  submit: 'Meine Geschichte zur Prüfung senden',
  sending: 'Wird gesendet…',
  problems: (n) =>
    plural(n, 'de', {
      one: 'Bitte beheben Sie vor dem Senden {n} Problem:',
      other: 'Bitte beheben Sie vor dem Senden {n} Probleme:',
    }),
  problem: (field, problem) => {
    const names: Record<DraftField, string> = {
      title: 'Titel',
      body: 'Ihre Geschichte',
      name: 'Vorname oder Pseudonym',
      recovery: 'Zeit in Genesung',
      consentPublish: 'Einwilligung',
      duration: 'Wie lange',
      photo: 'Foto',
      photoAlt: 'Fotobeschreibung',
    };
    if (field === 'consentPublish') return 'Einwilligung: Kreuzen Sie das Kästchen an, wenn Sie der Veröffentlichung zustimmen.';
    if (field === 'duration') return 'Wie lange: Wählen Sie, wie lange Ihre Geschichte veröffentlicht bleiben darf.';
    if (field === 'recovery') return 'Zeit in Genesung: Bitte ganze Jahre und 0 bis 11 Monate angeben.';
    if (field === 'photo') return 'Foto: Diese Datei kann nicht gesendet werden. Versuchen Sie ein anderes Foto.';
    const what = {required: 'Bitte ausfüllen.', tooShort: 'Das ist zu kurz.', tooLong: 'Das ist zu lang.', invalid: 'Das ist ungültig.'}[problem];
    return `${names[field]}: ${what}`;
  },
  queued: 'Ihre Geschichte ist auf diesem Gerät gespeichert. Wir senden sie, sobald die Verbindung wieder da ist; Sie können diese Seite so lange schließen.',
  sendNow: 'Jetzt erneut senden',
  draftRestored: 'Was Sie hier beim letzten Mal geschrieben haben, wurde auf diesem Gerät aufbewahrt und steht wieder unten.',
  discardDraft: 'Entwurf verwerfen',
  codeForVisit: 'Dieser Code verschwindet, wenn Sie diese Seite verlassen oder neu laden: Kopieren Sie ihn oder speichern Sie ihn als Notiz. Auf einem Gerät, das niemand sonst benutzt, können Sie ihn hier aufbewahren.',
  keepCode: 'Code auf diesem Gerät aufbewahren',
  blockedHeading: 'Ihre Geschichte wurde nicht gesendet',
  blocked: 'Diese Website kann noch keine Geschichten an ihren Server senden; bitte geben Sie der Website Bescheid.',
  blockedKept: 'Ihre Geschichte bleibt vorerst auf diesem Gerät gespeichert, damit nichts verloren geht, falls die Website das behebt. Bis dahin wird sie nicht gesendet. Sie können sie auch löschen.',
  deleteQueued: 'Meine Geschichte von diesem Gerät löschen',
  refused: (message) => `Der Server hat Ihre Geschichte nicht angenommen: ${message}`,
  refusedGeneric: 'Der Server hat Ihre Geschichte nicht angenommen. Bitte prüfen Sie sie und versuchen Sie es erneut.',
  editAgain: 'Bearbeiten und erneut senden',
  thanksHeading: 'Danke, dass Sie Ihre Geschichte teilen',
  thanks: 'Ein Mensch liest sie, bevor sie veröffentlicht wird. Noch ist nichts öffentlich.',
  codeLabel: 'Ihr Widerrufscode',
  codePromise: 'Behalten Sie diesen Code für sich. Wenn Sie ihn unter „Geschichte zurückziehen“ eingeben, wird Ihre Geschichte jederzeit und sofort von dieser Website entfernt, samt Text und Foto.',
  copy: 'Code kopieren',
  copied: 'Code kopiert.',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie den Code und kopieren Sie ihn selbst.',
  saveNote: 'Als Notiz speichern',
  noteText: (code, url) => `Widerrufscode für meine Geschichte: ${code}\n\nUnter „Geschichte zurückziehen“ auf ${url} eingeben, um die Geschichte sofort zu entfernen.\n`,
  noteFile: 'widerrufscode-geschichte.txt',
  done: 'Ich habe meinen Code gespeichert',
  withdrawHeading: 'Geschichte zurückziehen',
  withdrawIntro: 'Geben Sie den Widerrufscode ein, den Sie beim Teilen Ihrer Geschichte erhalten haben. Die Geschichte wird sofort entfernt.',
  codeInput: 'Widerrufscode',
  codeHint: 'Zum Beispiel K7QH-M3XD-9TRV-2PWA',
  withdrawSubmit: 'Meine Geschichte zurückziehen',
  withdrawing: 'Wird zurückgezogen…',
  withdrawConfirm: 'Diese Geschichte endgültig zurückziehen? Sie wird sofort von dieser Website entfernt, und ihr Text und Foto werden gelöscht. Das lässt sich nicht rückgängig machen.',
  withdrawConfirmYes: 'Ja, zurückziehen',
  withdrawConfirmNo: 'Nein, Geschichte behalten',
  withdrawn: 'Ihre Geschichte wurde von dieser Website entfernt. Ihr Text und Foto wurden gelöscht.',
  notFound: 'Zu diesem Code gibt es keine Geschichte. Bitte prüfen Sie ihn und versuchen Sie es erneut; vielleicht wurde sie schon zurückgezogen.',
  codeIncomplete: 'Widerrufscode: Bitte alle 16 Zeichen eingeben.',
  withdrawBlocked: 'Diese Website kann Geschichten noch nicht über ihren Server zurückziehen; bitte geben Sie der Website Bescheid. Bewahren Sie Ihren Code auf: Er funktioniert, sobald das behoben ist.',
  noApi: 'Das Teilen von Geschichten ist auf dieser Seite nicht eingerichtet.',
};
