// The language menu in every demo page's header: each language the widgets speak, named in its own
// language, from the CDN's languages.js (the one list, src/model/language-names.ts). A choice sets
// `lang` on the page's <peer-config> and on any widget outside one, and `lang` and `dir` on the
// page's widget regions ([data-language-region]); the page's own text stays as it is. The choice is
// kept in the page address (?lang=xx), never in a cookie or in storage, so a link opens in that
// language, and the links to the other demo pages carry it along.
// (A file, not inline: the demo pages run under a strict Content-Security-Policy.)
import {languageChoices, languageCode} from '/cdn/languages.js';

const PARAM = 'lang';
const select = /** @type {HTMLSelectElement | null} */ (document.getElementById('language-menu'));
/** What the page speaks when no language is chosen. */
const pageLang = languageCode(document.documentElement.lang) ?? 'en';
const choices = languageChoices();
/** Widgets whose `lang` this menu set: a `lang` the page or the embed builder gave a widget is left alone. */
const owned = new WeakSet();

/** The widgets and regions in `code`. */
function apply(code) {
  const dir = choices.find((c) => c.code === code)?.dir ?? 'ltr';
  for (const region of document.querySelectorAll('[data-language-region]')) {
    region.setAttribute('lang', code);
    region.setAttribute('dir', dir);
  }
  for (const config of document.querySelectorAll('peer-config')) config.setAttribute('lang', code);
  for (const el of document.querySelectorAll('*')) {
    if (!el.localName.startsWith('peer-') || el.localName === 'peer-config' || el.closest('peer-config')) continue;
    if (el.hasAttribute('lang') && !owned.has(el)) continue;
    el.setAttribute('lang', code);
    owned.add(el);
  }
}

/** `url` with the choice in its query (none for the page's own language). */
function withChoice(url, code) {
  if (code === pageLang) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, code);
  return url;
}

/** The page address and the links to this site's pages carry the choice (links within the page do not). */
function remember(code) {
  const here = withChoice(new URL(location.href), code);
  if (here.href !== location.href) history.replaceState(history.state, '', here.href);
  for (const a of document.querySelectorAll('a[href]')) {
    const raw = a.getAttribute('href') ?? '';
    if (raw.startsWith('#')) continue;
    const url = new URL(a.href);
    if (url.origin !== location.origin || /^\/(api|cdn)\//.test(url.pathname)) continue;
    const next = withChoice(url, code);
    a.setAttribute('href', next.pathname + next.search + next.hash);
  }
}

if (select) {
  const chosen = languageCode(new URLSearchParams(location.search).get(PARAM));
  const current = chosen ?? pageLang;
  select.replaceChildren(
    ...choices.map(({code, name, dir}) => {
      const option = document.createElement('option');
      option.value = code;
      // Each name in its own language (and direction), so a screen reader says it as it is written.
      option.lang = code;
      option.dir = dir;
      option.textContent = name;
      option.selected = code === current;
      return option;
    }),
  );
  if (chosen) {
    apply(chosen);
    remember(chosen);
  }
  select.addEventListener('change', () => {
    const code = languageCode(select.value) ?? pageLang;
    apply(code);
    remember(code);
  });
  const box = select.closest('.language-menu');
  if (box instanceof HTMLElement) box.hidden = false;
}
