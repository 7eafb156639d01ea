/**
 * Every widget speaks every shipped language: for each of the 18 languages and each widget, in its
 * main states, on a bare 320 px page, the text a visitor sees or hears (text, aria-label, title,
 * placeholder, alt, button values) has
 *   (a) no `undefined`, `NaN`, `[object …]` or unfilled `{n}` placeholder;
 *   (b) no English left: nothing equals a string of the English tables unless the language's own
 *       tables hold that same string, and no English words outside the feed's own data (a string
 *       that bypasses the tables);
 *   (c) no sideways overflow at 320 px (the host, the page, and every box and line inside);
 *   (d) the host is `dir="rtl"` in Arabic and Persian, `ltr` otherwise;
 * and in Arabic and Japanese every state passes axe on a page whose only heading is an h1.
 * The map (Leaflet) is left out; each widget reads the same fixtures in every language.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {setViewport} from '@web/test-runner-commands';
import {LANGS, type Lang, type LazyTables} from '../../src/core/i18n.js';
import {MEETING_GUIDE_TYPES, PROPOSED_MEETING_GUIDE_TYPES} from '../../src/model/meeting-types-table.js';
import {conferenceProvider} from '../../src/model/meeting-conference.js';
import {core} from '../../src/locales/tables/core.js';
import {crisisLines} from '../../src/locales/tables/crisis-lines.js';
import {device} from '../../src/locales/tables/device.js';
import {meetingExtras} from '../../src/locales/tables/meeting-extras.js';
import {meetingFinder} from '../../src/locales/tables/meeting-finder.js';
import {meetingTypes} from '../../src/locales/tables/meeting-types.js';
import {moderationDesk} from '../../src/locales/tables/moderation-desk.js';
import {questionAnswers} from '../../src/locales/tables/question-answers.js';
import {questionBox} from '../../src/locales/tables/question-box.js';
import {quickExit} from '../../src/locales/tables/quick-exit.js';
import {resourceDirectory} from '../../src/locales/tables/resource-directory.js';
import {storyCarousel} from '../../src/locales/tables/story-carousel.js';
import {storyShare} from '../../src/locales/tables/story-share.js';
import '../../src/elements/meeting-finder/peer-meeting-finder.js';
import '../../src/elements/resource-directory/peer-resource-directory.js';
import '../../src/elements/question-box/peer-question-box.js';
import '../../src/elements/story-carousel/peer-story-carousel.js';
import '../../src/elements/moderation-desk/peer-moderation-desk.js';
import {OutboxWriteController} from '../../src/controllers/outbox-write.js';
import type {PeerElement} from '../../src/core/peer-element.js';
import {expectAccessible, until, $, $$} from '../support/a11y.js';

const WIDTH = 320;
const TABLES: LazyTables<unknown>[] = [core, crisisLines, device, meetingExtras, meetingFinder, meetingTypes, moderationDesk, questionAnswers, questionBox, quickExit, resourceDirectory, storyCarousel, storyShare];
const AXE_LANGS: readonly Lang[] = ['ar', 'ja'];
/** Languages not written in Latin letters: any Latin word there is English unless the data or the language's own tables hold it. */
const NON_LATIN: readonly Lang[] = ['ru', 'uk', 'ar', 'fa', 'zh-Hans', 'ko', 'ja'];
/**
 * English words that no Latin-script language here spells the same way for a UI string: in a
 * Latin-script language they betray English that bypassed the tables.
 */
const ENGLISH_WORDS = new Set(
  'the your you with this that these those have has was were been from there here which will would could should please about after before again all any are can cannot close closed day days find found help how into just more near next not now only open other our out over same see show some than their them then they time today try until very what when where who why yet filter filters meeting meetings search services story stories question questions answer share sign send loading saved save back'.split(' '),
);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const hasLetter = (s: string) => /\p{L}/u.test(s);

/** Every string leaf of a table (nested records and lists), and with `calls` what its functions make of sample values. */
function leaves(value: unknown, out: Set<string>, calls = false): Set<string> {
  if (typeof value === 'string') {
    const s = norm(value);
    if (s) out.add(s);
  } else if (typeof value === 'function' && calls) {
    for (const args of [[3, 3, 3], [1, 1, 1], ['x', 'x', 'x']])
      try {
        leaves(value(...args), out);
      } catch {
        // a parameter of another kind
      }
  } else if (Array.isArray(value)) value.forEach((v) => leaves(v, out, calls));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => leaves(v, out, calls));
  return out;
}

const english = new Set<string>();
for (const t of TABLES) leaves(t.en, english);
for (const [en] of [...Object.values(MEETING_GUIDE_TYPES), ...Object.values(PROPOSED_MEETING_GUIDE_TYPES)]) english.add(en);
for (const s of [...english]) if (!hasLetter(s)) english.delete(s);

/** The language's own strings (every table, type names included). */
async function ownStrings(lang: Lang): Promise<Set<string>> {
  const own = new Set<string>();
  for (const t of TABLES) {
    await t.load(lang);
    leaves(t.get(lang), own, true);
  }
  if (lang === 'es') for (const [, es] of Object.values(MEETING_GUIDE_TYPES)) own.add(es);
  if (lang === 'en') for (const s of english) own.add(s);
  // What Intl writes in the language: month and day names ("out." in Portuguese), zone names ("UTC", "GMT-5").
  for (let m = 0; m < 12; m++) for (const month of ['short', 'long'] as const) own.add(new Intl.DateTimeFormat(lang, {month, day: 'numeric', timeZone: 'UTC'}).format(Date.UTC(2026, m, 15)));
  for (let d = 0; d < 7; d++) for (const weekday of ['short', 'long'] as const) own.add(new Intl.DateTimeFormat(lang, {weekday, timeZone: 'UTC'}).format(Date.UTC(2026, 0, 4 + d)));
  for (const timeZone of ['UTC', 'America/Chicago', 'America/New_York', 'America/Los_Angeles', Intl.DateTimeFormat().resolvedOptions().timeZone])
    for (const timeZoneName of ['short', 'long'] as const) own.add(new Intl.DateTimeFormat(lang, {timeZone, timeZoneName, hour: 'numeric'}).format(0));
  return own;
}

/** Data the widgets show as it came (names, addresses, story text): the fixtures' strings and their parts, lower case, longest first. */
const corpus: string[] = [];
const corpusSet = new Set<string>();
/**
 * Fields whose values are codes the widget must name in words (a phone's `type`, a story's
 * `status`), or that never show as written (ids, times): not data for this test.
 */
const CODES = new Set(
  'id slug type status freq byday bymonthday byweekno byyearday wkst attending_type location_type address_type code language currency extent extent_type scheme taxonomy legal_status tax_status timezone x_peerkit_timezone dtstart until opens_at closes_at valid_from valid_to updated last_modified assured_date day time end_time attendance_option approximate coordinates latitude longitude lang answered_by_role consent_duration content_warnings created_on published_on answered_at live_from expires_on has_photo publish_ok urgent interval count link_entity link_type priority'.split(' '),
);
function dataLeaves(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') leaves(value, out);
  else if (Array.isArray(value)) value.forEach((v) => dataLeaves(v, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!CODES.has(k) && !k.endsWith('_id')) dataLeaves(v, out);
  return out;
}
function addData(value: unknown) {
  for (const s of dataLeaves(value, new Set())) {
    // A feed's HTML shows as text; its "a, b" lists (meeting types, addresses), paragraphs, list items and sentences apart.
    const lower = s.toLowerCase();
    const text = lower.replace(/<\/?(p|li|ul|ol|br|div)\b[^>]*>/g, '\n').replace(/<\/?(strong|em|b|i|a)\b[^>]*>/g, '');
    for (const part of [lower, text, ...text.split(/\n\n|[,;\n•]|(?<=[.!?:)])\s|\s(?=[(])/)]) {
      const t = norm(part).replace(/^[-–—•*\s]+|[.\s]+$/g, '');
      if (t.length < 3 || corpusSet.has(t)) continue;
      corpusSet.add(t);
      corpus.push(t);
    }
  }
  corpus.sort((a, b) => b.length - a.length);
}
/** `text` without each whole-word occurrence of `d` ("Sam" is data, "SAMHSA" is not; "Samとして" is Sam). */
function cut(text: string, d: string): string {
  const letter = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
  let out = '';
  let from = 0;
  for (let at = text.indexOf(d); at >= 0; at = text.indexOf(d, at + 1)) {
    if (at < from || letter.test(text[at - 1] ?? '') || letter.test(text[at + d.length] ?? '')) continue;
    out += `${text.slice(from, at)} `;
    from = at + d.length;
  }
  return out + text.slice(from);
}

/** Whether `text` is (a whole-word part of) the data: a paragraph of a story, a meeting's region "Online". */
const isData = (text: string) => {
  const t = text.toLowerCase();
  return corpusSet.has(t) || corpus.some((d) => d.length > t.length && d.includes(t) && cut(d, t) !== d);
};

// ---- what a visitor sees and hears -----------------------------------------------------------

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext'];

function visible(el: Element): boolean {
  const inSelect = el.closest('select, datalist');
  if (inSelect) return inSelect.tagName === 'SELECT' && inSelect.checkVisibility({visibilityProperty: true});
  return el.checkVisibility({visibilityProperty: true});
}

/** The visible text nodes and accessible names in `root` and the shadow roots inside it. */
function collect(root: ShadowRoot | Element, out: {text: string; where: string}[] = []): {text: string; where: string}[] {
  const where = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      const text = norm(node.textContent ?? '');
      if (!text || !parent || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName) || !visible(parent)) continue;
      out.push({text, where: where(parent)});
      continue;
    }
    const el = node as Element;
    if (el.shadowRoot) collect(el.shadowRoot, out);
    if (!visible(el)) continue;
    for (const a of ATTRIBUTES) {
      const v = el.getAttribute(a);
      if (v !== null && norm(v)) out.push({text: norm(v), where: `${where(el)}[${a}]`});
    }
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type) && el.value) out.push({text: norm(el.value), where: `${where(el)}[value]`});
    // An element whose text is split over several text nodes (a string built in the template) is checked whole too.
    if (el.children.length === 0 && el.childNodes.length > 1) {
      const text = norm(el.textContent ?? '');
      if (text) out.push({text, where: where(el)});
    }
  }
  return out;
}

/** What is wrong with the text in `lang`: (a) broken values, (b) English. */
function textProblems(lang: Lang, own: Set<string>, items: {text: string; where: string}[]): string[] {
  const problems = new Set<string>();
  for (const {text, where} of items) {
    if (/\bundefined\b|\bNaN\b|\[object|\{\w*\}/.test(text)) problems.add(`(a) ${where}: ${JSON.stringify(text)}`);
    if (lang === 'en' || isData(text)) continue;
    if (english.has(text) && !own.has(text)) problems.add(`(b) English ${JSON.stringify(text)} in ${where}`);
    // Words outside the data and the language's own strings (a string that bypassed the tables).
    let rest = ` ${text.toLowerCase()} `;
    for (const d of corpus) if (rest.includes(d)) rest = cut(rest, d);
    rest = rest.replace(/\S+@\S+|https?:\/\/\S+|\b[\w-]+\.(org|com|gov|net|example)\S*/g, ' ');
    const words = ownWords(own);
    const bad = (rest.match(/[a-z]{3,}/g) ?? []).filter((w) => (NON_LATIN.includes(lang) || ENGLISH_WORDS.has(w)) && !words.has(w));
    if (bad.length) problems.add(`(b) English words ${JSON.stringify(bad.join(' '))} in ${where}: ${JSON.stringify(text)}`);
  }
  return [...problems];
}

const wordSets = new WeakMap<Set<string>, Set<string>>();
/** The Latin-letter words of a language's own strings, lower case ("Zoom", "SMS", "Al-Anon" where it writes them). */
function ownWords(own: Set<string>): Set<string> {
  let words = wordSets.get(own);
  if (!words) wordSets.set(own, (words = new Set([...own].flatMap((s) => s.toLowerCase().match(/[a-z]{3,}/g) ?? []))));
  return words;
}

/** Visually hidden on purpose (clipped to nothing: the screen-reader-only text), itself or an ancestor (`seen` remembers). */
function clipped(n: Element, seen: Map<Element, boolean>): boolean {
  let hit = seen.get(n);
  if (hit === undefined) {
    const st = getComputedStyle(n);
    const up = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined);
    hit = st.clip !== 'auto' || st.clipPath !== 'none' || (!!up && clipped(up, seen));
    seen.set(n, hit);
  }
  return hit;
}

/** (c) Sideways overflow at 320 px: the page, the host, and any box or line of text past its edges. */
function overflow(el: HTMLElement): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`(c) the page is ${root.scrollWidth} px wide`);
  if (el.scrollWidth > el.clientWidth + 1) problems.push(`(c) host scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
  const host = el.getBoundingClientRect();
  const left = Math.max(0, host.left) - 1;
  const right = Math.min(WIDTH, host.right) + 1;
  const seen = new Map<Element, boolean>();
  const past = (r: DOMRect) => r.width > 0 && r.right > left && r.left < right && (r.left < left || r.right > right);
  const walk = (root: ShadowRoot) => {
    for (const n of root.querySelectorAll('*')) {
      if (n.shadowRoot) walk(n.shadowRoot);
      if (!visible(n) || ['STYLE', 'SCRIPT', 'OPTION'].includes(n.tagName) || clipped(n, seen)) continue;
      const r = n.getBoundingClientRect();
      const tag = `${n.localName}${n.className && typeof n.className === 'string' ? `.${n.className.trim().replace(/\s+/g, '.')}` : ''}`;
      if (past(r)) {
        problems.push(`(c) ${tag} spans ${Math.round(r.left)}–${Math.round(r.right)} px: ${JSON.stringify(norm(n.textContent ?? '').slice(0, 60))}`);
        continue;
      }
      for (const child of n.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !norm(child.textContent ?? '')) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        const line = [...range.getClientRects()].find(past);
        if (line) problems.push(`(c) text in ${tag} spans ${Math.round(line.left)}–${Math.round(line.right)} px: ${JSON.stringify(norm(child.textContent!).slice(0, 60))}`);
      }
    }
  };
  walk(el.shadowRoot!);
  return problems;
}

/** One state of a widget: every check, problems named by language, widget and state. */
async function check(lang: Lang, own: Set<string>, page: HTMLElement, el: PeerElement, state: string, problems: string[]) {
  await el.updateComplete;
  const found = [...textProblems(lang, own, collect(el.shadowRoot!)), ...overflow(el)];
  const dir = el.getAttribute('dir');
  if (dir !== (lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr')) found.push(`(d) dir=${dir}`);
  problems.push(...found.map((p) => `${state}: ${p}`));
  if (AXE_LANGS.includes(lang)) {
    try {
      await expectAccessible(page);
    } catch (e) {
      problems.push(`${state}: axe: ${(e as Error).message}`);
    }
  }
}

/** A bare page: one h1, then the widget. */
async function mount<T extends PeerElement>(widget: TemplateResult, tag: string): Promise<{page: HTMLElement; el: T}> {
  const page = await fixture<HTMLElement>(html`<main class="page"><h1>peerkit</h1>${widget}</main>`);
  const el = page.querySelector(tag) as T;
  await el.updateComplete;
  return {page, el};
}

const click = (el: Element | null, what: string) => {
  if (!el) throw new Error(`no ${what}`);
  (el as HTMLElement).click();
};

const own = new Map<Lang, Set<string>>();
const ownOf = async (lang: Lang) => (own.get(lang) ?? own.set(lang, await ownStrings(lang)).get(lang))!;
const report = (lang: Lang, widget: string, problems: string[]) => expect(problems, `${widget} in ${lang}:\n  ${problems.join('\n  ')}\n`).to.deep.equal([]);

const bodyMargin = document.body.style.margin;
before(async () => {
  await setViewport({width: WIDTH, height: 640});
  document.body.style.margin = '0';
  OutboxWriteController.minTokenAgeMs = 0;
  const [feed, services, stories] = await Promise.all(
    ['/test/fixtures/meeting-guide/feed.json', '/test/fixtures/hsds/services.json', '/test/fixtures/stories/stories.json'].map(async (u) => (await fetch(u)).json()),
  );
  // A join button names the meeting's provider ("Microsoft Teams") from its link: data too.
  const providers = (feed as {conference_url?: string}[]).map((m) => conferenceProvider(m.conference_url));
  // A status HSDS does not define ("waitlist") shows as the feed wrote it.
  const statuses = (services as {status?: string}[]).map((x) => x?.status).filter((x) => x && !['active', 'inactive', 'defunct', 'temporarily closed'].includes(x));
  addData([feed, services, stories, providers.filter(Boolean), statuses, 'family', 'relapse']);
});
after(async () => {
  document.body.style.margin = bodyMargin;
  await setViewport({width: 800, height: 600});
});
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('the language checks', () => {
  it('catch English, broken values, overflow and a wrong direction', async () => {
    const host = await fixture<HTMLElement>(html`<div dir="ltr"></div>`);
    host.attachShadow({mode: 'open'}).innerHTML = '<button>Close</button><p aria-label="Open in a new tab">{n}件</p><p style="inline-size: 400px">長い</p><span>undefined</span>';
    const problems: string[] = [];
    await check('ar', await ownOf('ar'), host, host as unknown as PeerElement, 'planted', problems);
    expect(problems.join('\n')).to.include('(b) English "Close"').and.include('English words "open new tab"').and.include('(a) p: "{n}件"').and.include('(a) span: "undefined"').and.include('(c) p spans 0–400 px').and.include('(d) dir=ltr');
  });
});

// ---- the widgets -----------------------------------------------------------------------------

describe('<peer-meeting-finder> in every language', () => {
  for (const lang of LANGS) {
    it(lang, async () => {
      const problems: string[] = [];
      const strings = await ownOf(lang);
      const {page, el} = await mount(html`<peer-meeting-finder lang=${lang} src="/test/fixtures/meeting-guide/feed.json" geocoder="/fake-api/geocoder/nominatim" timezone="America/Chicago"></peer-meeting-finder>`, 'peer-meeting-finder');
      await until(() => $(el, '.list, .empty, .error'), 'results', 15000);
      click($(el, '.filters-toggle'), 'filters toggle');
      await el.updateComplete;
      const types = $(el, 'details.types') as HTMLDetailsElement | null;
      if (types) {
        click(types.querySelector('summary'), 'types summary');
        await until(() => types.querySelector('select'), 'the type names');
      }
      await el.updateComplete;
      await check(lang, strings, page, el, 'list with filters', problems);
      const open = $$(el, '.meeting .open').find((b) => b.textContent!.trim() === 'Lakeside Step Study') ?? $$(el, '.meeting .open')[0];
      click(open, 'a meeting');
      await until(() => ($(el, 'dialog.detail') as HTMLDialogElement | null)?.open, 'details open');
      await check(lang, strings, page, el, 'details', problems);
      report(lang, 'meeting finder', problems);
    });
  }
});

describe('<peer-resource-directory> in every language', () => {
  for (const lang of LANGS) {
    it(lang, async () => {
      const problems: string[] = [];
      const strings = await ownOf(lang);
      const {page, el} = await mount(html`<peer-resource-directory lang=${lang} src="/test/fixtures/hsds/services.json" format="json" crisis-row quick-exit></peer-resource-directory>`, 'peer-resource-directory');
      await until(() => $(el, '.list, [part=empty], [part=error]'), 'results', 10000);
      await check(lang, strings, page, el, 'results', problems);
      // The richest record; one with text, TTY and voice numbers; one with an extension.
      for (const name of ['Keystone Medically Managed Detox', '988 Suicide & Crisis Lifeline', 'Community Legal Services']) {
        const card = $$(el, '.card').find((c) => c.querySelector('h3')!.textContent!.includes(name));
        click(card?.querySelector('h3 button') ?? null, name);
        await until(() => $(el, 'dialog[open] #detail-title')?.textContent!.includes(name), `details of ${name}`);
        await check(lang, strings, page, el, `details of ${name}`, problems);
        const closed = oneEvent($(el, 'dialog')!, 'close');
        click($(el, 'dialog button.close'), 'close');
        await closed;
        await el.updateComplete;
      }
      report(lang, 'resource directory', problems);
    });
  }
});

let ns = 0;
const fakeApi = () => `/fake-api/questions/lang${Date.now().toString(36)}${ns++}`;

describe('<peer-question-box> in every language', () => {
  for (const lang of LANGS) {
    it(lang, async () => {
      const problems: string[] = [];
      const strings = await ownOf(lang);
      const api = fakeApi();
      const {page, el} = await mount(html`<peer-question-box lang=${lang} api=${api} topics="family, relapse" no-public-list></peer-question-box>`, 'peer-question-box');
      await until(() => $(el, '#question'), 'the form');
      addData(await (await fetch(`${api}/v1/questions/lookup`, {method: 'POST', body: JSON.stringify({receipt: 'K7QH-M3XD-9TRV-2PWA'})})).json());
      await check(lang, strings, page, el, 'form', problems);
      click($(el, '#tab-check'), 'check tab');
      await until(() => $(el, '#code'), 'the code field');
      const code = $(el, '#code') as HTMLInputElement;
      code.value = 'K7QH-M3XD-9TRV-2PWA';
      code.dispatchEvent(new Event('input'));
      click($(el, '[part="lookup"] button[type="submit"]'), 'look up');
      await until(() => $(el, '.result'), 'the answer');
      await check(lang, strings, page, el, 'check an answer', problems);
      report(lang, 'question box', problems);
    });
  }
});

describe('<peer-story-carousel> in every language', () => {
  for (const lang of LANGS) {
    it(lang, async () => {
      const problems: string[] = [];
      const strings = await ownOf(lang);
      const {page, el} = await mount(html`<peer-story-carousel lang=${lang} api="/fake-api/stories/ok"></peer-story-carousel>`, 'peer-story-carousel');
      await until(() => $$(el, '.story').length > 0, 'stories', 15000);
      await check(lang, strings, page, el, 'stories', problems);
      click($(el, 'button.share-open'), 'share');
      await until(() => el.shadowRoot!.querySelector('peer-story-share')?.shadowRoot?.querySelector('h3'), 'the share form');
      await (el.shadowRoot!.querySelector('peer-story-share') as PeerElement).updateComplete;
      await check(lang, strings, page, el, 'share form', problems);
      report(lang, 'story carousel', problems);
    });
  }
});

describe('<peer-moderation-desk> in every language', () => {
  for (const lang of LANGS) {
    it(lang, async () => {
      const problems: string[] = [];
      const strings = await ownOf(lang);
      const api = fakeApi();
      const {page, el} = await mount(html`<peer-moderation-desk lang=${lang} api=${api}></peer-moderation-desk>`, 'peer-moderation-desk');
      await until(() => $(el, '#token'), 'sign in');
      await check(lang, strings, page, el, 'signed out', problems);
      // The desk's data is data in every language.
      const auth = {headers: {Authorization: 'Bearer good-token'}};
      const [questions, stories, audit] = await Promise.all(['questions?status=all', 'stories?status=all', 'audit'].map(async (p) => (await fetch(`${api}/v1/moderation/${p}`, auth)).json()));
      addData([questions, stories, (audit as {items: {moderator: string}[]}).items.map((a) => a.moderator)]);
      ($(el, '#token') as HTMLInputElement).value = 'good-token';
      click($(el, 'form[part="sign-in"] button[type="submit"]'), 'sign in');
      await until(() => $$(el, 'ol.items > li > article').length === 2, 'the question queue');
      await check(lang, strings, page, el, 'questions', problems);
      click($(el, '#tab-stories'), 'stories tab');
      await until(() => $$(el, 'ol.items > li > article h3').some((h) => h.textContent!.includes('Eighteen months')), 'the story queue');
      await check(lang, strings, page, el, 'stories', problems);
      click($(el, '#tab-audit'), 'audit tab');
      await until(() => $$(el, 'tbody tr').length > 0, 'the audit log');
      await check(lang, strings, page, el, 'audit log', problems);
      report(lang, 'moderation desk', problems);
    });
  }
});
