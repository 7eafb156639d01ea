// The embed builder: a form → the attributes of one peerkit element → the snippet to paste and a
// live preview built from exactly the same attributes. Plain browser JavaScript, no framework.
import {languageChoices, languageCode} from '/cdn/languages.js';

const origin = location.origin;

/** @typedef {[name: string, value: string | boolean | undefined]} Attr */

/**
 * Each widget: its tag, the CDN file that registers only it, and the attributes taken from the form.
 * @type {Record<string, {tag: string, file: string, label: string, attrs: (v: Record<string, string | boolean>) => Attr[], urls: string[]}>}
 */
const WIDGETS = {
  'meeting-finder': {
    tag: 'peer-meeting-finder',
    file: 'peer-meeting-finder.js',
    label: 'Meeting finder',
    urls: ['meetings-src'],
    attrs: (v) => [
      ['src', v['meetings-src']],
      ['format', v['meetings-format']],
      ['timezone', v.timezone],
      ['day', v.day],
      ['time', v.time],
      ['attendance', v.attendance],
      ['region', v.region],
      ['types', v.types],
      ['distance-unit', v['distance-unit']],
      ['sync-url', v['sync-url']],
      ['geocoder', v.geocoder],
      ['tile-url', v['tile-url']],
      ['languages', v.languages && String(v.languages).toLowerCase().split(/\s+/).join(' ')],
      ['keep-duplicates', v['keep-duplicates']],
      ['no-controls', v['no-controls']],
      ['upcoming', v.upcoming],
      ['limit', v.limit],
      ['compact', v.compact],
      ['heading-level', v['heading-level']],
      ['type-names', typeTexts(v['type-names'])],
      ['type-descriptions', typeTexts(v['type-descriptions'])],
    ],
  },
  'resource-directory': {
    tag: 'peer-resource-directory',
    file: 'peer-resource-directory.js',
    label: 'Resource directory',
    urls: ['directory-src'],
    attrs: (v) => [
      ['src', v['directory-src']],
      ['format', v['directory-format']],
      ['query', v.query],
      ['category', v.category],
      ['open-now', v['open-now']],
    ],
  },
  'question-box': {
    tag: 'peer-question-box',
    file: 'peer-question-box.js',
    label: 'Question box',
    urls: ['api'],
    attrs: (v) => [
      ['api', v.api],
      ['topic', v.topic],
      ['no-public-list', v['no-public-list']],
    ],
  },
  'story-carousel': {
    tag: 'peer-story-carousel',
    file: 'peer-story-carousel.js',
    label: 'Story carousel',
    urls: ['api'],
    attrs: (v) => [
      ['api', v.api],
      ['layout', v.layout],
      ['no-submit', v['no-submit']],
      ['autoplay', v.autoplay],
      ['heading-level', v['heading-level']],
    ],
  },
};

/** The IANA zones this browser knows (for the time zone field's suggestions and its check). */
const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
/** Whether `Intl` accepts the zone (the element ignores one it does not). */
function validZone(zone) {
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}

/**
 * A `type-names` / `type-descriptions` field: `{code: "text"}` or `{code: {lang: "text"}}`. Returns
 * the problem in words, or the JSON on one line for the snippet (undefined when empty).
 * @returns {{json?: string, problem?: string}}
 */
function checkTypeTexts(text) {
  const s = String(text ?? '').trim();
  if (!s) return {};
  let value;
  try {
    value = JSON.parse(s);
  } catch (e) {
    return {problem: `This is not valid JSON (${e instanceof Error ? e.message : e}). Check the quotes, commas and braces, as in the example above.`};
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {problem: 'Write one object in braces, { }, with a meeting type code before each colon, as in the example above.'};
  for (const [code, texts] of Object.entries(value)) {
    if (!code.trim()) return {problem: 'A meeting type code is empty.'};
    if (typeof texts === 'string') continue;
    if (!texts || typeof texts !== 'object' || Array.isArray(texts) || !Object.values(texts).every((t) => typeof t === 'string'))
      return {problem: `“${code}” must be given a text, or texts by language such as {"en": "…", "es": "…"}.`};
  }
  return {json: JSON.stringify(value)};
}
const typeTexts = (text) => checkTypeTexts(text).json;

const DEFAULTS = {
  'meetings-src': `${origin}/api/v1/meetings`,
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  'directory-src': `${origin}/api/hsds`,
  api: `${origin}/api`,
  cdn: `${origin}/cdn/`,
};

const form = /** @type {HTMLFormElement} */ (document.getElementById('builder'));
const snippetBox = /** @type {HTMLTextAreaElement} */ (document.getElementById('snippet'));
const copyButton = /** @type {HTMLButtonElement} */ (document.getElementById('copy'));
const copyStatus = /** @type {HTMLElement} */ (document.getElementById('copy-status'));
const preview = /** @type {HTMLElement} */ (document.getElementById('preview'));
const accentField = /** @type {HTMLElement} */ (document.getElementById('accent-field'));
const accentHint = /** @type {HTMLElement} */ (document.getElementById('f-accent-contrast'));

// Every language the widgets speak, each named in its own language (and direction) so a screen reader says it rightly.
document.getElementById('f-lang')?.append(
  ...languageChoices().map(({code, name, dir}) => Object.assign(document.createElement('option'), {value: code, lang: code, dir, textContent: name})),
);
document.getElementById('f-timezones')?.replaceChildren(...ZONES.map((z) => Object.assign(document.createElement('option'), {value: z})));

for (const [name, value] of Object.entries(DEFAULTS)) {
  const input = /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
  if (input && !input.value) input.value = value;
}

/** The form's values: strings for text and selects, booleans for checkboxes; ticked `data-multi` checkboxes joined by spaces. */
function values() {
  /** @type {Record<string, string | boolean>} */
  const v = {};
  for (const el of form.elements) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    if (!el.name) continue;
    if (el instanceof HTMLInputElement && el.type === 'checkbox' && el.dataset.multi !== undefined) {
      if (el.checked) v[el.name] = v[el.name] ? `${v[el.name]} ${el.value}` : el.value;
      else v[el.name] ??= '';
    } else if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (el.checked) v[el.name] = el.value;
    } else if (el instanceof HTMLInputElement && el.type === 'checkbox') v[el.name] = el.checked;
    else v[el.name] = el.value.trim();
  }
  return v;
}

/** An absolute http(s) URL, or undefined. */
function httpUrl(s) {
  try {
    const u = new URL(String(s));
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

// --- colour contrast (WCAG 2 relative luminance) ---
function luminance(hex) {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The whole state: which widget, its attributes (in order), the script URL, and problems to fix. */
function build() {
  const v = values();
  const widget = WIDGETS[String(v.widget)] ?? WIDGETS['meeting-finder'];
  /** @type {{field: string, message: string}[]} */
  const problems = [];
  for (const field of [...widget.urls, 'cdn']) {
    if (!httpUrl(v[field])) problems.push({field, message: 'Enter a full address starting with https:// (or http://).'});
  }
  if (widget.tag === 'peer-meeting-finder' && v.timezone && !validZone(String(v.timezone))) {
    problems.push({field: 'timezone', message: 'Choose a time zone from the list, for example America/Chicago, or leave it empty.'});
  }
  if (widget.tag === 'peer-meeting-finder') {
    if (v.limit && !(/^\d+$/.test(String(v.limit)) && Number(v.limit) >= 1 && Number(v.limit) <= 500))
      problems.push({field: 'limit', message: 'Enter a whole number from 1 to 500, or leave it empty to list every meeting.'});
    if (v.languages && !String(v.languages).split(/\s+/).every((code) => /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code)))
      problems.push({field: 'languages', message: 'Use short language codes with spaces between them, for example: es fr ase'});
    for (const field of ['type-names', 'type-descriptions']) {
      const {problem} = checkTypeTexts(v[field]);
      if (problem) problems.push({field, message: problem});
    }
  }
  /** @type {Attr[]} */
  const attrs = widget.attrs(v).filter(([, value]) => value !== undefined && value !== '' && value !== false);
  const lang = languageCode(String(v.lang ?? ''));
  if (lang) attrs.push(['lang', lang]);
  if (v.theme) attrs.push(['theme', v.theme]);
  let accentNote = '';
  if (v['accent-on'] && /^#[0-9a-f]{6}$/i.test(String(v.accent))) {
    const accent = String(v.accent).toLowerCase();
    const white = contrast(accent, '#ffffff');
    const black = contrast(accent, '#000000');
    const text = white >= black ? '#ffffff' : '#000000';
    attrs.push(['style', `--peer-color-accent: ${accent}; --peer-color-accent-text: ${text}`]);
    const onWhite = white.toFixed(1);
    accentNote =
      white >= 3
        ? `Button text will be ${text === '#ffffff' ? 'white' : 'black'}. Contrast with a white page: ${onWhite}:1.`
        : `This colour is light: contrast with a white page is only ${onWhite}:1, so links and borders may be hard to see. A darker colour is easier to read.`;
  }
  const cdnBase = String(v.cdn).endsWith('/') ? String(v.cdn) : `${v.cdn}/`;
  return {widget, attrs, script: `${cdnBase}${widget.file}`, problems, accentNote, v};
}

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste: one module script tag and the element. */
function snippetOf({widget, attrs, script}) {
  const parts = attrs.map(([name, value]) => (value === true ? name : `${name}="${escapeAttr(value)}"`));
  const open = parts.length <= 2 ? `<${widget.tag}${parts.map((p) => ` ${p}`).join('')}>` : `<${widget.tag}\n${parts.map((p) => `  ${p}`).join('\n')}\n>`;
  return `<script type="module" src="${escapeAttr(script)}"></script>\n${open}</${widget.tag}>\n`;
}

/** Shows or hides the fields that belong to the chosen widget. */
function showFieldsFor(name) {
  for (const el of form.querySelectorAll('[data-for]')) {
    const on = /** @type {HTMLElement} */ (el).dataset.for.split(' ').includes(name);
    /** @type {HTMLElement} */ (el).hidden = !on;
  }
}

function showProblems(problems) {
  for (const name of ['meetings-src', 'timezone', 'limit', 'languages', 'type-names', 'type-descriptions', 'directory-src', 'api', 'cdn']) {
    const input = /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
    const error = document.getElementById(`${input.id}-error`);
    const problem = problems.find((p) => p.field === name);
    if (problem) {
      input.setAttribute('aria-invalid', 'true');
      error.textContent = problem.message;
      error.hidden = false;
    } else {
      input.removeAttribute('aria-invalid');
      error.textContent = '';
      error.hidden = true;
    }
  }
  // An error in a collapsed section must not stay hidden.
  for (const p of problems) {
    const details = /** @type {HTMLElement} */ (form.elements.namedItem(p.field)).closest('details');
    if (details) details.open = true;
  }
}

// --- types and regions from the feed itself, never typed by hand ---
const typesList = /** @type {HTMLElement} */ (document.getElementById('f-types-list'));
const regionSelect = /** @type {HTMLSelectElement} */ (document.getElementById('f-region'));
const feedStatus = /** @type {HTMLElement} */ (document.getElementById('feed-options-status'));
/** Choices asked for before the options arrived (from the page address). */
const wanted = {region: '', types: ''};
let optionsFor = '';

/**
 * Reads the meeting types and regions of the feed the preview shows (the finder parses any feed
 * format and names the types), and offers them: a checkbox per type, a list of regions.
 * @param {HTMLElement & {feedOptions?: () => Promise<{types: {code: string, name: string}[], regions: {name: string, depth: number}[]}>}} el
 */
async function offerFeedOptions(el, key) {
  if (key === optionsFor) return;
  optionsFor = key;
  feedStatus.textContent = 'Reading the regions and meeting types of your feed…';
  await customElements.whenDefined('peer-meeting-finder');
  const {types, regions} = el.feedOptions ? await el.feedOptions() : {types: [], regions: []};
  if (key !== optionsFor) return;
  const region = regionSelect.value || wanted.region;
  const ticked = new Set((values().types || wanted.types).split(/\s+/).filter(Boolean));
  wanted.region = wanted.types = '';
  const all = document.createElement('option');
  all.value = '';
  all.textContent = 'All regions';
  regionSelect.replaceChildren(
    all,
    ...regions.map((r) => {
      const o = document.createElement('option');
      o.value = r.name;
      // Sub-regions indented under their region (text only: names come from the feed).
      o.textContent = `${'\u2003'.repeat(r.depth)}${r.name}`;
      o.selected = r.name === region;
      return o;
    }),
  );
  typesList.replaceChildren(
    ...types.map((t, i) => {
      const row = document.createElement('div');
      row.className = 'choice';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'types';
      box.value = t.code;
      box.id = `f-type-${i}`;
      box.dataset.multi = '';
      box.checked = ticked.has(t.code);
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = t.name;
      row.append(box, label);
      return row;
    }),
  );
  feedStatus.textContent = types.length || regions.length
    ? `Your feed has ${types.length} meeting type${types.length === 1 ? '' : 's'} and ${regions.length} region${regions.length === 1 ? '' : 's'}.`
    : 'No regions or meeting types could be read from this feed: check its address above.';
  update({withPreview: false});
}

let lastPreviewKey = '';
/** Rebuilds the preview element from the same attributes as the snippet (only when they changed). */
function renderPreview(state) {
  const key = JSON.stringify([state.widget.tag, state.attrs]);
  if (key === lastPreviewKey) return;
  lastPreviewKey = key;
  const el = document.createElement(state.widget.tag);
  for (const [name, value] of state.attrs) {
    // The page's CSP refuses style attributes written as text; the same declarations go through the CSSOM.
    if (name === 'style') el.style.cssText = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  preview.replaceChildren(el);
  if (state.widget.tag === 'peer-meeting-finder') void offerFeedOptions(el, JSON.stringify([state.v['meetings-src'], state.v['meetings-format']]));
}

/** Updates everything; the preview only on `change` (a typed address is not fetched per keystroke). */
function update({withPreview}) {
  const state = build();
  showFieldsFor(state.widget.tag.replace(/^peer-/, ''));
  accentField.hidden = !state.v['accent-on'];
  accentHint.textContent = state.accentNote;
  showProblems(state.problems);
  snippetBox.value = snippetOf(state);
  snippetBox.rows = Math.min(16, Math.max(4, snippetBox.value.split('\n').reduce((n, line) => n + Math.ceil((line.length || 1) / 56), 0)));
  copyStatus.textContent = '';
  if (withPreview && !state.problems.length) renderPreview(state);
  saveToUrl();
}

// --- keep the form in the page address, so a half-built embed can be bookmarked or shared ---
function saveToUrl() {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values())) {
    // An emptied field with a default is kept empty (else a reload would fill it in again).
    if (value === false || (value === '' && !DEFAULTS[name]) || value === DEFAULTS[name]) continue;
    if (name === 'widget' && value === 'meeting-finder') continue;
    if (name === 'accent' && !form.elements.namedItem('accent-on').checked) continue;
    params.set(name, value === true ? '1' : String(value));
  }
  const hash = params.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}
function loadFromUrl() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const [name, value] of params) {
    // Region and types are offered once the feed is read: remembered until then.
    if (name === 'region' || name === 'types') {
      wanted[name] = value;
      continue;
    }
    const item = form.elements.namedItem(name);
    if (item instanceof RadioNodeList) {
      for (const r of item) if (r instanceof HTMLInputElement) r.checked = r.value === value;
    } else if (item instanceof HTMLInputElement && item.type === 'checkbox') item.checked = value === '1';
    else if (item instanceof HTMLInputElement || item instanceof HTMLSelectElement || item instanceof HTMLTextAreaElement) item.value = value;
  }
}

async function copy() {
  const state = build();
  if (state.problems.length) {
    const first = /** @type {HTMLInputElement} */ (form.elements.namedItem(state.problems[0].field));
    const field = state.problems[0].field;
    copyStatus.textContent =
      field === 'timezone' ? 'Fix the highlighted time zone first.' : ['meetings-src', 'directory-src', 'api', 'cdn'].includes(field) ? 'Fix the highlighted address first.' : 'Fix the highlighted field first.';
    first.focus();
    return;
  }
  const text = snippetBox.value;
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    // Clipboard API refused (permissions, older browser): select the text and use the legacy command.
    snippetBox.focus();
    snippetBox.select();
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
  }
  copyStatus.textContent = ok ? 'Copied. Now paste it into your page.' : 'Your browser did not let us copy. The code is selected: press Ctrl+C (or ⌘C) to copy it.';
  if (!ok) {
    snippetBox.focus();
    snippetBox.select();
  }
}

form.addEventListener('input', () => update({withPreview: false}));
form.addEventListener('change', () => update({withPreview: true}));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update({withPreview: true});
});
copyButton.addEventListener('click', copy);
snippetBox.addEventListener('focus', () => snippetBox.select());

loadFromUrl();
update({withPreview: true});
