/**
 * Language matching for the directory: data says "Spanish", "Español", "es" or "spa"; a visitor
 * filters by `es` or "Spanish". Everything is reduced to one key (the ISO 639-1 code when known).
 */
import {fold} from './text.js';

/** Languages common in US and Spanish service directories, by ISO 639-1 code, with ISO 639-2/3 aliases. */
const CODES: Record<string, string[]> = {
  en: ['eng'], es: ['spa'], fr: ['fra', 'fre'], zh: ['zho', 'chi', 'cmn', 'yue'], vi: ['vie'], ko: ['kor'], ru: ['rus'], ar: ['ara'],
  ht: ['hat'], pt: ['por'], tl: ['tgl', 'fil'], pl: ['pol'], it: ['ita'], de: ['deu', 'ger'], ja: ['jpn'], hi: ['hin'], bn: ['ben'],
  ur: ['urd'], fa: ['fas', 'per'], so: ['som'], am: ['amh'], uk: ['ukr'], yi: ['yid'], el: ['ell', 'gre'], ca: ['cat'], eu: ['eus', 'baq'],
  gl: ['glg'], ro: ['ron', 'rum'], ne: ['nep'], km: ['khm'], hmn: [], sw: ['swa'], ti: ['tir'], ps: ['pus'], my: ['mya', 'bur'],
};
/** Names Intl may not give (sign languages, common spellings). */
const EXTRA: Record<string, string> = {
  'american sign language': 'ase', asl: 'ase', 'lengua de signos': 'ssp', 'lenguaje de senas': 'ase', 'lengua de senas': 'ase',
  chinese: 'zh', mandarin: 'zh', cantonese: 'zh', 'haitian creole': 'ht', creole: 'ht', 'kreyol': 'ht', farsi: 'fa', tagalog: 'tl', filipino: 'tl',
  castellano: 'es', 'espanol': 'es', 'ingles': 'en',
};

let names: Map<string, string> | undefined;
function nameMap(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(EXTRA));
  const display = (tag: string) => {
    try {
      return new Intl.DisplayNames([tag], {type: 'language'});
    } catch {
      return undefined;
    }
  };
  const en = display('en');
  const es = display('es');
  for (const [code, aliases] of Object.entries(CODES)) {
    names.set(code, code);
    for (const a of aliases) names.set(a, code);
    // The English and Spanish names, and the language's own name for itself.
    for (const d of [en, es, code === 'en' || code === 'es' ? undefined : display(code)]) {
      try {
        const n = d?.of(code);
        if (n && n !== code) names.set(fold(n), code);
      } catch {
        /* unknown code */
      }
    }
  }
  return names;
}

/** "Spanish" / "Español" / "es" / "spa" / "es-MX" → "es"; unknown names → folded name. */
export function languageKey(value: string): string {
  const f = fold(value.trim());
  const map = nameMap();
  const direct = map.get(f);
  if (direct) return direct;
  const primary = f.split(/[-_]/)[0];
  if (/^[a-z]{2,3}$/.test(primary) && map.has(primary)) return map.get(primary)!;
  // "Spanish (Latin American)", "English; Spanish" → first recognisable word.
  const word = f.split(/[^a-z]+/).find((w) => map.has(w) && w.length > 3);
  return word ? map.get(word)! : f;
}

/** A language's name in `lang` (for a code), or the value as given. */
export function languageName(value: string, lang: string = 'en'): string {
  const key = languageKey(value);
  if (/^[a-z]{2,3}$/.test(key)) {
    try {
      const n = new Intl.DisplayNames([lang], {type: 'language'}).of(key);
      if (n && n !== key) return n;
    } catch {
      /* fall through */
    }
  }
  return value;
}
