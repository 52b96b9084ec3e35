/**
 * Build step (Node): the tables that fold Traditional-character queries into Simplified, made by
 * OpenCC (opencc-js). Two tables: a small one restricted to the plan's own vocabulary, sent with
 * the search page, and the full one (every Traditional character, Taiwan and Hong Kong wording),
 * fetched only when a query holds a character the small one does not know.
 */
import * as OpenCC from 'opencc-js';
import HKPhrasesRev from 'opencc-js/dict/HKPhrasesRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import { isHan, type FoldTable } from './text.ts';

const VARIANTS = ['tw', 'hk', 'twp'] as const;

/**
 * chars: Traditional character → Simplified, for every Han character of `vocabulary`;
 * phrases: Taiwan phrasing → the plan's wording (資訊 → 信息), for the given phrases.
 */
export function buildFoldTable(vocabulary: string, phrases: string[]): FoldTable {
  const chars: Record<string, string> = {};
  const phraseMap: Record<string, string> = {};
  const han = [...new Set([...vocabulary].filter(isHan))].sort();
  for (const variant of VARIANTS) {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: variant });
    const toSimplified = OpenCC.Converter({ from: variant, to: 'cn' });
    for (const c of han) {
      const t = toTraditional(c);
      if (t !== c && [...t].length === 1 && toSimplified(t) === c) chars[t] = c;
    }
    if (variant === 'twp') {
      const charwise = (s: string) => [...s].map((c) => toTraditional(c)).join('');
      for (const phrase of [...new Set(phrases)].sort()) {
        const t = toTraditional(phrase);
        if (t !== charwise(phrase) && t !== phrase) phraseMap[t] = phrase;
      }
    }
  }
  return { chars: sortKeys(chars), phrases: sortKeys(phraseMap) };
}

function sortKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The code points of the CJK Unified Ideographs (BMP) and their Extension A. */
const HAN_RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** The first column of an OpenCC dictionary ("from to|from to…"). */
function keysOf(dict: string): string[] {
  return dict
    .split('|')
    .map((entry) => entry.split(' ')[0] ?? '')
    .filter(Boolean);
}

/**
 * Every Traditional character (OpenCC's t, tw and hk variants) → Simplified, and every phrase
 * of OpenCC's Taiwan and Hong Kong phrase tables and Traditional phrase table → its Simplified
 * wording (晶片 → 芯片, 資訊 → 信息). Only entries that change something are kept, and no
 * phrase the plan itself writes (`keep`): 智慧 is Taiwan wording for 智能, but 智慧城市 is the plan's.
 */
export function buildFullFoldTable(keep = ''): FoldTable {
  const chars: Record<string, string> = {};
  const phrases: Record<string, string> = {};
  const converters = (['t', 'tw', 'hk'] as const).map((from) =>
    OpenCC.Converter({ from, to: 'cn' }),
  );
  for (const [lo, hi] of HAN_RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const c = String.fromCodePoint(cp);
      for (const convert of converters) {
        const s = convert(c);
        if (s !== c && [...s].length === 1) {
          chars[c] = s;
          break;
        }
      }
    }
  }
  const fromTaiwan = OpenCC.Converter({ from: 'twp', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const charwise = (x: string) => [...x].map((c) => chars[c] ?? c).join('');
  const add = (phrase: string, to: string) => {
    if (to !== charwise(phrase) && [...phrase].length > 1 && !keep.includes(charwise(phrase)))
      phrases[phrase] = to;
  };
  for (const phrase of keysOf(TWPhrasesRev)) add(phrase, fromTaiwan(phrase));
  for (const phrase of keysOf(HKPhrasesRev)) add(phrase, fromHongKong(phrase));
  for (const phrase of keysOf(TSPhrases)) add(phrase, converters[0]!(phrase));
  return { chars: sortKeys(chars), phrases: sortKeys(phrases) };
}
