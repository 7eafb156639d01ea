/** Strings of the share / withdraw forms of <peer-story-carousel> (loaded only with the form). */
import type {ConsentDuration} from '../../model/story.js';
import type {DraftField, DraftProblem} from '../../model/story-draft.js';

export const storyShare = {
  shareHeading: 'Share your story',
  close: 'Close',
  guidanceHeading: 'Before you write',
  guidance: [
    'Use your first name or a made-up name only. No surnames, places of work or other details that could identify you or anyone else.',
    'You do not have to name a fellowship or a programme. Many people keep them anonymous; "a support group" is enough.',
    'Tell us how things changed for you. Please leave out details of how anyone used drugs, harmed themselves or overdosed: they can hurt someone who is struggling.',
    'A person reads every story before it is published. Nothing appears on this site without your consent below.',
  ],
  title: 'Title',
  titleHint: (min: number, max: number) => `${min} to ${max} characters, for example "The day I asked for help".`,
  body: 'Your story',
  bodyHint: (min: number, max: number) => `${min} to ${max} characters.`,
  counter: (n: number, max: number) => `${n} of ${max} characters`,
  name: 'First name or pseudonym',
  nameHint: 'Shown with your story. A made-up name is fine.',
  pseudonymSuggestion: 'You have been in recovery for less than a year. We suggest a made-up name, in case you later want to keep your story private.',
  fellowshipNote: 'Your story names a fellowship. You are free to, but many people keep fellowships anonymous; "a support group" works too.',
  recovery: 'Time in recovery (optional)',
  years: 'Years',
  months: 'Months',
  warningsLegend: 'Content warnings',
  warningsHint: 'Tick any that apply, so readers can choose whether to open your story.',
  consentLegend: 'Your consent',
  consentPublish: 'I agree that this story may be published on this website, after a person has reviewed it.',
  durationLegend: 'For how long?',
  duration: {
    '1y': 'For 1 year',
    '3y': 'For 3 years',
    'until-withdrawn': 'Until I withdraw it',
  } satisfies Record<ConsentDuration, string>,
  consentNote: 'You can withdraw your story at any time with the code you will get after sending it.',
  photo: 'Photo (optional)',
  photoHint: 'Choose a photo you are happy to share. We make it smaller before sending.',
  photoAlt: 'Describe the photo',
  photoAltHint: 'For people who cannot see it, for example "A sunrise over a lake".',
  photoPreview: 'Your photo',
  removePhoto: 'Remove photo',
  photoFailed: 'This photo could not be read. Try another image file.',
  fax: 'Leave this empty',
  submit: 'Send my story for review',
  sending: 'Sending…',
  problems: (n: number) => (n === 1 ? 'Please fix 1 problem before sending:' : `Please fix ${n} problems before sending:`),
  problem: (field: DraftField, problem: DraftProblem): string => {
    const names: Record<DraftField, string> = {
      title: 'Title',
      body: 'Your story',
      name: 'First name or pseudonym',
      recovery: 'Time in recovery',
      consentPublish: 'Consent',
      duration: 'For how long',
      photo: 'Photo',
      photoAlt: 'Photo description',
    };
    if (field === 'consentPublish') return 'Consent: tick the box if you agree to publication.';
    if (field === 'duration') return 'For how long: choose how long your story may stay published.';
    if (field === 'recovery') return 'Time in recovery: use whole years and 0 to 11 months.';
    if (field === 'photo') return 'Photo: this file cannot be sent. Try another photo.';
    const what = {required: 'this is required.', tooShort: 'this is too short.', tooLong: 'this is too long.', invalid: 'this is not valid.'}[problem];
    return `${names[field]}: ${what}`;
  },
  queued: 'Your story is saved on this device. We will send it as soon as the connection is back; you can close this page meanwhile.',
  sendNow: 'Try sending now',
  // Kept on this device (src/core/device.ts)
  draftRestored: 'What you wrote here last time was kept on this device, and is back below.',
  discardDraft: 'Discard draft',
  codeForVisit: 'This code disappears when you leave or reload this page: copy it or save it as a note. On a device nobody else uses, you can keep it here.',
  keepCode: 'Keep the code on this device',
  // Refused by the browser (the server does not accept this site's pages): no promise of a later send
  blockedHeading: 'Your story has not been sent',
  blocked: 'This site cannot send stories to its server yet; please tell the site.',
  blockedKept: 'Your story is kept on this device for now, so nothing is lost if the site fixes this. It will not be sent until then. You can also delete it.',
  deleteQueued: 'Delete my story from this device',
  refused: (message: string) => `The server did not accept your story: ${message}`,
  refusedGeneric: 'The server did not accept your story. Please check it and try again.',
  editAgain: 'Edit and send again',
  thanksHeading: 'Thank you for sharing your story',
  thanks: 'A person will read it before it is published. Nothing is public yet.',
  codeLabel: 'Your withdrawal code',
  codePromise: 'Keep this code private. Entering it under "Withdraw a story" removes your story from this site at once, with its text and photo, at any time.',
  copy: 'Copy code',
  copied: 'Code copied.',
  copyFailed: 'Could not copy. Select the code and copy it yourself.',
  saveNote: 'Save as a note',
  noteText: (code: string, url: string) =>
    `Withdrawal code for my story: ${code}\n\nEnter it under "Withdraw a story" on ${url} to remove the story at once.\n`,
  noteFile: 'story-withdrawal-code.txt',
  done: 'I have saved my code',
  withdrawHeading: 'Withdraw a story',
  withdrawIntro: 'Enter the withdrawal code you received when you shared your story. The story is removed at once.',
  codeInput: 'Withdrawal code',
  codeHint: 'For example K7QH-M3XD-9TRV-2PWA',
  withdrawSubmit: 'Withdraw my story',
  withdrawing: 'Withdrawing…',
  withdrawConfirm: 'Withdraw this story for good? It is removed from this site at once, and its text and photo are deleted. This cannot be undone.',
  withdrawConfirmYes: 'Yes, withdraw it',
  withdrawConfirmNo: 'No, keep my story',
  withdrawn: 'Your story has been removed from this site. Its text and photo have been deleted.',
  notFound: 'No story has this code. Check it and try again; it may already have been withdrawn.',
  codeIncomplete: 'Withdrawal code: enter all 16 characters.',
  /** The browser refused the withdrawal while the server answers reads (the server does not accept this site's pages). */
  withdrawBlocked: 'This site cannot withdraw stories through its server yet; please tell the site. Keep your code: it will work once this is fixed.',
  noApi: 'Sharing stories is not set up on this page.',
};

export type StoryShareStrings = typeof storyShare;
