/** Teksty formularzy udostępniania i wycofania historii (wczytywane razem z formularzem). */
import type {StoryShareStrings} from '../en/story-share.js';
import type {DraftField} from '../../model/story-draft.js';
import {formatNumber, plural} from '../../core/i18n.js';

const num = (n: number) => formatNumber(n, 'pl');

export const storyShare: StoryShareStrings = {
  shareHeading: 'Podziel się swoją historią',
  close: 'Zamknij',
  guidanceHeading: 'Zanim zaczniesz pisać',
  guidance: [
    'Podpisz się tylko imieniem albo zmyślonym imieniem. Bez nazwisk, miejsc pracy i innych szczegółów, po których można by rozpoznać ciebie lub kogoś innego.',
    'Nie musisz podawać nazwy wspólnoty ani programu. Wiele osób zachowuje je w anonimowości; wystarczy „grupa wsparcia”.',
    'Opowiedz, jak zmieniło się twoje życie. Pomiń szczegóły tego, jak ktoś używał substancji, robił sobie krzywdę albo przedawkował: mogą zranić kogoś, komu jest teraz ciężko.',
    'Każdą historię przed publikacją czyta człowiek. Nic nie pojawi się na tej stronie bez twojej zgody wyrażonej poniżej.',
  ],
  title: 'Tytuł',
  titleHint: (min, max) => `Od ${num(min)} do ${num(max)} znaków, na przykład „Dzień, który wszystko zmienił”.`,
  body: 'Twoja historia',
  bodyHint: (min, max) => `Od ${num(min)} do ${num(max)} znaków.`,
  counter: (n, max) => `${num(n)} z ${num(max)} znaków`,
  name: 'Imię lub pseudonim',
  nameHint: 'Będzie widoczne przy twojej historii. Może być zmyślone.',
  pseudonymSuggestion: 'Twoje zdrowienie trwa krócej niż rok. Proponujemy zmyślone imię, na wypadek gdyby później twoja historia miała pozostać prywatna.',
  fellowshipNote: 'W twojej historii pada nazwa wspólnoty. Możesz ją zostawić, ale wiele osób nie ujawnia, do jakiej wspólnoty należy; „grupa wsparcia” też wystarczy.',
  recovery: 'Czas zdrowienia (opcjonalnie)',
  years: 'Lata',
  months: 'Miesiące',
  warningsLegend: 'Ostrzeżenia o treści',
  warningsHint: 'Zaznacz wszystkie, które pasują, aby czytelnicy mogli zdecydować, czy otworzyć twoją historię.',
  consentLegend: 'Twoja zgoda',
  consentPublish: 'Zgadzam się, aby ta historia została opublikowana na tej stronie po sprawdzeniu jej przez człowieka.',
  durationLegend: 'Na jak długo?',
  duration: {
    '1y': 'Na 1 rok',
    '3y': 'Na 3 lata',
    'until-withdrawn': 'Dopóki jej nie wycofam',
  },
  consentNote: 'Możesz wycofać swoją historię w każdej chwili za pomocą kodu, który dostaniesz po jej wysłaniu.',
  photo: 'Zdjęcie (opcjonalnie)',
  photoHint: 'Wybierz zdjęcie, którym chcesz się podzielić. Przed wysłaniem je zmniejszymy.',
  photoAlt: 'Opisz zdjęcie',
  photoAltHint: 'Dla osób, które go nie widzą, na przykład „Wschód słońca nad jeziorem”.',
  photoPreview: 'Twoje zdjęcie',
  removePhoto: 'Usuń zdjęcie',
  photoFailed: 'Nie udało się odczytać tego zdjęcia. Spróbuj z innym plikiem graficznym.',
  fax: 'Zostaw to pole puste',
  submit: 'Wyślij historię do sprawdzenia',
  sending: 'Wysyłanie…',
  problems: (n) =>
    plural(n, 'pl', {
      one: 'Zanim wyślesz, popraw {n} błąd:',
      few: 'Zanim wyślesz, popraw {n} błędy:',
      many: 'Zanim wyślesz, popraw {n} błędów:',
      other: 'Zanim wyślesz, popraw {n} błędu:',
    }),
  problem: (field, problem) => {
    const names: Record<DraftField, string> = {
      title: 'Tytuł',
      body: 'Twoja historia',
      name: 'Imię lub pseudonim',
      recovery: 'Czas zdrowienia',
      consentPublish: 'Zgoda',
      duration: 'Na jak długo',
      photo: 'Zdjęcie',
      photoAlt: 'Opis zdjęcia',
    };
    if (field === 'consentPublish') return 'Zgoda: zaznacz pole, jeśli zgadzasz się na publikację.';
    if (field === 'duration') return 'Na jak długo: wybierz, jak długo twoja historia może być opublikowana.';
    if (field === 'recovery') return 'Czas zdrowienia: podaj pełne lata i od 0 do 11 miesięcy.';
    if (field === 'photo') return 'Zdjęcie: tego pliku nie da się wysłać. Spróbuj z innym zdjęciem.';
    const what = {required: 'to pole jest wymagane.', tooShort: 'tekst jest za krótki.', tooLong: 'tekst jest za długi.', invalid: 'nieprawidłowa wartość.'}[problem];
    return `${names[field]}: ${what}`;
  },
  queued: 'Twoja historia jest zapisana na tym urządzeniu. Wyślemy ją, gdy tylko wróci połączenie; w międzyczasie możesz zamknąć tę stronę.',
  sendNow: 'Spróbuj wysłać teraz',
  draftRestored: 'Tekst wpisany tu ostatnim razem został zachowany na tym urządzeniu i znajduje się poniżej.',
  discardDraft: 'Odrzuć wersję roboczą',
  codeForVisit: 'Ten kod zniknie, gdy opuścisz lub odświeżysz tę stronę: skopiuj go albo zapisz jako notatkę. Na urządzeniu, z którego nikt inny nie korzysta, możesz go zachować tutaj.',
  keepCode: 'Zachowaj kod na tym urządzeniu',
  blockedHeading: 'Twoja historia nie została wysłana',
  blocked: 'Ta strona nie może jeszcze wysyłać historii na swój serwer; daj znać osobom, które ją prowadzą.',
  blockedKept: 'Na razie historia zostaje na tym urządzeniu, więc nic nie przepadnie, jeśli strona to naprawi. Do tego czasu nie zostanie wysłana. Możesz ją też usunąć.',
  deleteQueued: 'Usuń moją historię z tego urządzenia',
  refused: (message) => `Serwer nie przyjął twojej historii: ${message}`,
  refusedGeneric: 'Serwer nie przyjął twojej historii. Sprawdź ją i spróbuj ponownie.',
  editAgain: 'Popraw i wyślij ponownie',
  thanksHeading: 'Dziękujemy, że dzielisz się swoją historią',
  thanks: 'Przed publikacją przeczyta ją człowiek. Na razie nic nie jest publiczne.',
  codeLabel: 'Twój kod wycofania',
  codePromise: 'Nie pokazuj nikomu tego kodu. Gdy wpiszesz go w „Wycofaj historię”, twoja historia natychmiast zniknie z tej strony razem z tekstem i zdjęciem, w dowolnym momencie.',
  copy: 'Kopiuj kod',
  copied: 'Kod skopiowany.',
  copyFailed: 'Nie udało się skopiować. Zaznacz kod i skopiuj go samodzielnie.',
  saveNote: 'Zapisz jako notatkę',
  noteText: (code, url) => `Kod wycofania mojej historii: ${code}\n\nWpisz go w „Wycofaj historię” na ${url}, aby od razu usunąć historię.\n`,
  noteFile: 'kod-wycofania-historii.txt',
  done: 'Kod mam już zapisany',
  withdrawHeading: 'Wycofaj historię',
  withdrawIntro: 'Wpisz kod wycofania otrzymany po udostępnieniu historii. Historia zostanie od razu usunięta.',
  codeInput: 'Kod wycofania',
  codeHint: 'Na przykład K7QH-M3XD-9TRV-2PWA',
  withdrawSubmit: 'Wycofaj moją historię',
  withdrawing: 'Wycofywanie…',
  withdrawConfirm: 'Wycofać tę historię na zawsze? Od razu zniknie z tej strony, a jej tekst i zdjęcie zostaną usunięte. Tego nie da się cofnąć.',
  withdrawConfirmYes: 'Tak, wycofaj',
  withdrawConfirmNo: 'Nie, zostaw moją historię',
  withdrawn: 'Twoja historia została usunięta z tej strony. Jej tekst i zdjęcie zostały skasowane.',
  notFound: 'Żadna historia nie ma tego kodu. Sprawdź go i spróbuj ponownie; możliwe, że historia została już wycofana.',
  codeIncomplete: `Kod wycofania: wpisz wszystkie ${num(16)} znaków.`,
  withdrawBlocked: 'Ta strona nie może jeszcze wycofywać historii przez swój serwer; daj znać osobom, które ją prowadzą. Zachowaj swój kod: zadziała, gdy problem zostanie naprawiony.',
  noApi: 'Udostępnianie historii nie jest skonfigurowane na tej stronie.',
};
