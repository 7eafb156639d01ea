/** Mga teksto ng mga form para magbahagi at bumawi ng kuwento (nilo-load lang kasama ng form). */
import type {StoryShareStrings} from '../en/story-share.js';
import type {DraftField} from '../../model/story-draft.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'tl');
/** "120 karakter", "2,004 na karakter": the linker after the last number (Filipino plural categories). */
const characters = (n: number) => plural(n, 'tl', {one: '{n} karakter', other: '{n} na karakter'});

export const storyShare: StoryShareStrings = {
  shareHeading: 'Ibahagi ang iyong kuwento',
  close: 'Isara',
  guidanceHeading: 'Bago ka sumulat',
  guidance: [
    'Gamitin lang ang iyong unang pangalan o isang gawa-gawang pangalan. Huwag isama ang apelyido, lugar ng trabaho, o iba pang detalyeng makapagpapakilala sa iyo o sa iba.',
    'Hindi mo kailangang banggitin ang isang samahan o programa. Maraming tao ang hindi nagpapangalan sa mga ito; sapat na ang “isang grupo ng suporta”.',
    'Ikuwento kung paano nagbago ang buhay mo. Pakiusap, huwag isama ang detalye kung paano gumamit ng droga, nanakit ng sarili, o na-overdose ang sinuman: maaari itong makasakit sa isang taong nahihirapan.',
    'May taong nagbabasa ng bawat kuwento bago ito ilathala. Walang lalabas sa site na ito nang walang pahintulot mo sa ibaba.',
  ],
  title: 'Pamagat',
  titleHint: (min, max) => `${num(min)} hanggang ${characters(max)}, halimbawa “Ang araw na humingi ako ng tulong”.`,
  body: 'Ang iyong kuwento',
  bodyHint: (min, max) => `${num(min)} hanggang ${characters(max)}.`,
  counter: (n, max) => `${num(n)} sa ${characters(max)}`,
  name: 'Unang pangalan o alyas',
  nameHint: 'Ipapakita kasama ng iyong kuwento. Ayos lang ang gawa-gawang pangalan.',
  pseudonymSuggestion:
    'Wala ka pang isang taon sa paggaling. Iminumungkahi naming gumamit ka ng gawa-gawang pangalan, sakaling gusto mong gawing pribado ang iyong kuwento balang araw.',
  fellowshipNote:
    'May binanggit na samahan ang iyong kuwento. Malaya kang gawin ito, pero maraming tao ang hindi nagpapangalan sa kanilang samahan; puwede ring “isang grupo ng suporta”.',
  recovery: 'Tagal ng paggaling (opsyonal)',
  years: 'Taon',
  months: 'Buwan',
  warningsLegend: 'Mga babala sa nilalaman',
  warningsHint: 'Lagyan ng tsek ang mga naaangkop, para makapagpasya ang mga mambabasa kung bubuksan nila ang iyong kuwento.',
  consentLegend: 'Ang iyong pahintulot',
  consentPublish: 'Pumapayag akong mailathala ang kuwentong ito sa website na ito, pagkatapos itong suriin ng isang tao.',
  durationLegend: 'Gaano katagal?',
  duration: {
    '1y': 'Sa loob ng 1 taon',
    '3y': 'Sa loob ng 3 taon',
    'until-withdrawn': 'Hanggang bawiin ko ito',
  },
  consentNote: 'Maaari mong bawiin ang iyong kuwento anumang oras gamit ang code na matatanggap mo pagkatapos itong ipadala.',
  photo: 'Litrato (opsyonal)',
  photoHint: 'Pumili ng litratong gusto mong ibahagi. Pinaliliit namin ito bago ipadala.',
  photoAlt: 'Ilarawan ang litrato',
  photoAltHint: 'Para sa mga hindi ito nakikita, halimbawa “Pagsikat ng araw sa ibabaw ng lawa”.',
  photoPreview: 'Ang iyong litrato',
  removePhoto: 'Alisin ang litrato',
  photoFailed: 'Hindi mabasa ang litratong ito. Sumubok ng ibang file ng larawan.',
  fax: 'Iwanang blangko ito',
  submit: 'Ipadala ang kuwento ko para masuri',
  sending: 'Ipinapadala…',
  problems: (n) => plural(n, 'tl', {one: 'Pakiayos ang {n} problema bago ipadala:', other: 'Pakiayos ang {n} na problema bago ipadala:'}),
  problem: (field, problem) => {
    const names: Record<DraftField, string> = {
      title: 'Pamagat',
      body: 'Ang iyong kuwento',
      name: 'Unang pangalan o alyas',
      recovery: 'Tagal ng paggaling',
      consentPublish: 'Pahintulot',
      duration: 'Gaano katagal',
      photo: 'Litrato',
      photoAlt: 'Paglalarawan ng litrato',
    };
    if (field === 'consentPublish') return 'Pahintulot: lagyan ng tsek ang kahon kung pumapayag kang mailathala ito.';
    if (field === 'duration') return 'Gaano katagal: piliin kung gaano katagal mananatiling nakalathala ang iyong kuwento.';
    if (field === 'recovery') return 'Tagal ng paggaling: gumamit ng buong taon at 0 hanggang 11 buwan.';
    if (field === 'photo') return 'Litrato: hindi maipadala ang file na ito. Sumubok ng ibang litrato.';
    const what = {required: 'kailangan ito.', tooShort: 'masyadong maikli.', tooLong: 'masyadong mahaba.', invalid: 'hindi ito wasto.'}[problem];
    return `${names[field]}: ${what}`;
  },
  queued: 'Naka-save ang iyong kuwento sa device na ito. Ipapadala namin ito sa sandaling bumalik ang koneksyon; puwede mo munang isara ang pahinang ito.',
  sendNow: 'Subukang ipadala ngayon',
  draftRestored: 'Naitago sa device na ito ang isinulat mo rito noong huli, at nasa ibaba na ulit.',
  discardDraft: 'Itapon ang draft',
  codeForVisit:
    'Mawawala ang code na ito kapag umalis ka o ni-reload mo ang pahinang ito: kopyahin ito o i-save bilang tala. Kung walang ibang gumagamit ng device na ito, puwede mo itong itago rito.',
  keepCode: 'Itago ang code sa device na ito',
  blockedHeading: 'Hindi pa naipapadala ang iyong kuwento',
  blocked: 'Hindi pa makapagpadala ng mga kuwento ang site na ito sa server nito; pakisabihan ang site.',
  blockedKept:
    'Nakatago muna ang iyong kuwento sa device na ito, kaya walang mawawala kapag naayos ito ng site. Hindi ito maipapadala hangga’t hindi pa naaayos. Puwede mo rin itong burahin.',
  deleteQueued: 'Burahin ang kuwento ko sa device na ito',
  refused: (message) => `Hindi tinanggap ng server ang iyong kuwento: ${message}`,
  refusedGeneric: 'Hindi tinanggap ng server ang iyong kuwento. Pakisuri ito at subukan ulit.',
  editAgain: 'I-edit at ipadala ulit',
  thanksHeading: 'Salamat sa pagbabahagi ng iyong kuwento',
  thanks: 'May taong magbabasa nito bago ito ilathala. Wala pang nakikita ang publiko.',
  codeLabel: 'Ang iyong code sa pagbawi',
  codePromise:
    'Huwag ibahagi ang code na ito. Kapag inilagay mo ito sa “Bawiin ang isang kuwento”, agad na aalisin ang iyong kuwento sa site na ito, kasama ang teksto at litrato nito, anumang oras.',
  copy: 'Kopyahin ang code',
  copied: 'Nakopya ang code.',
  copyFailed: 'Hindi makopya. Piliin ang code at ikaw na ang kumopya.',
  saveNote: 'I-save bilang tala',
  noteText: (code, url) =>
    `Code sa pagbawi ng kuwento ko: ${code}\n\nIlagay ito sa “Bawiin ang isang kuwento” sa ${url} para agad na maalis ang kuwento.\n`,
  noteFile: 'code-sa-pagbawi-ng-kuwento.txt',
  done: 'Na-save ko na ang code ko',
  withdrawHeading: 'Bawiin ang isang kuwento',
  withdrawIntro: 'Ilagay ang code sa pagbawi na natanggap mo noong ibinahagi mo ang iyong kuwento. Agad na aalisin ang kuwento.',
  codeInput: 'Code sa pagbawi',
  codeHint: 'Halimbawa: K7QH-M3XD-9TRV-2PWA',
  withdrawSubmit: 'Bawiin ang kuwento ko',
  withdrawing: 'Binabawi…',
  withdrawConfirm:
    'Bawiin nang tuluyan ang kuwentong ito? Agad itong aalisin sa site na ito, at buburahin ang teksto at litrato nito. Hindi na ito maibabalik.',
  withdrawConfirmYes: 'Oo, bawiin ito',
  withdrawConfirmNo: 'Huwag, panatilihin ang kuwento ko',
  withdrawn: 'Naalis na ang iyong kuwento sa site na ito. Nabura na ang teksto at litrato nito.',
  notFound: 'Walang kuwentong may ganitong code. Suriin ito at subukan ulit; maaaring nabawi na ito.',
  codeIncomplete: 'Code sa pagbawi: ilagay ang lahat ng 16 na karakter.',
  withdrawBlocked:
    'Hindi pa makabawi ng mga kuwento ang site na ito sa pamamagitan ng server nito; pakisabihan ang site. Itago ang iyong code: gagana ito kapag naayos na ang problema.',
  noApi: 'Hindi pa naka-set up sa pahinang ito ang pagbabahagi ng kuwento.',
};
