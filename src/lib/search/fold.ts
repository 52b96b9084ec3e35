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
 * chars: Traditional character → Simplified, for every Han character of `vocabulary` (never one
 * of its own characters: the plan's Simplified text is never folded);
 * phrases: Taiwan and Hong Kong wording → the plan's wording (資訊 → 信息, 軟體 → 软件), for the
 * given phrases and for every entry of OpenCC's Taiwan and Hong Kong phrase tables whose
 * Simplified wording the plan writes.
 */
export function buildFoldTable(vocabulary: string, phrases: string[]): FoldTable {
  const chars: Record<string, string> = {};
  const phraseMap: Record<string, string> = {};
  const han = [...new Set([...vocabulary].filter(isHan))].sort();
  const own = new Set(han);
  for (const variant of VARIANTS) {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: variant });
    const toSimplified = OpenCC.Converter({ from: variant, to: 'cn' });
    for (const c of han) {
      const t = toTraditional(c);
      if (t !== c && !own.has(t) && [...t].length === 1 && toSimplified(t) === c) chars[t] = c;
    }
    if (variant === 'twp') {
      const charwise = (s: string) => [...s].map((c) => toTraditional(c)).join('');
      for (const phrase of [...new Set(phrases)].sort()) {
        const t = toTraditional(phrase);
        if (t !== charwise(phrase) && t !== phrase) phraseMap[t] = phrase;
      }
    }
  }
  const charwise = (x: string) => [...x].map((c) => chars[c] ?? c).join('');
  for (const [phrase, to] of regionalPhrases())
    if (
      vocabulary.includes(to) &&
      !vocabulary.includes(charwise(phrase)) &&
      to !== charwise(phrase)
    )
      phraseMap[phrase] = to;
  return { chars: sortKeys(chars), phrases: sortKeys(phraseMap) };
}

/** OpenCC's Taiwan and Hong Kong phrase tables: each regional phrase with its Simplified wording. */
function regionalPhrases(): [string, string][] {
  const fromTaiwan = OpenCC.Converter({ from: 'twp', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return [
    ...keysOf(TWPhrasesRev).map((p): [string, string] => [p, fromTaiwan(p)]),
    ...keysOf(HKPhrasesRev).map((p): [string, string] => [p, fromHongKong(p)]),
  ].filter(([p]) => [...p].length > 1);
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
 * A mainland character is never folded (么 stays 么, where OpenCC's Taiwan table reads it as 幺),
 * nor one the plan writes. Given `allowed` (the plan's text and the search vocabulary), only
 * entries whose Simplified side it holds are kept: a query folded to anything else finds nothing.
 */
export function buildFullFoldTable(keep = '', allowed?: string): FoldTable {
  const chars: Record<string, string> = {};
  const phrases: Record<string, string> = {};
  const converters = (['t', 'tw', 'hk'] as const).map((from) =>
    OpenCC.Converter({ from, to: 'cn' }),
  );
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const own = new Set([...keep]);
  const allowedChars = allowed === undefined ? undefined : new Set([...allowed]);
  for (const [lo, hi] of HAN_RANGES) {
    for (let cp = lo; cp <= hi; cp++) {
      const c = String.fromCodePoint(cp);
      if (own.has(c) || toTraditional(c) !== c) continue;
      for (const convert of converters) {
        const s = convert(c);
        if (s !== c && [...s].length === 1) {
          if (!allowedChars || allowedChars.has(s)) chars[c] = s;
          break;
        }
      }
    }
  }
  const fromTraditional = converters[0]!;
  const charwise = (x: string) => [...x].map((c) => chars[c] ?? c).join('');
  const add = (phrase: string, to: string) => {
    if (
      to !== charwise(phrase) &&
      [...phrase].length > 1 &&
      !keep.includes(charwise(phrase)) &&
      (allowed === undefined || allowed.includes(to))
    )
      phrases[phrase] = to;
  };
  for (const [phrase, to] of regionalPhrases()) add(phrase, to);
  for (const phrase of keysOf(TSPhrases)) add(phrase, fromTraditional(phrase));
  return { chars: sortKeys(chars), phrases: sortKeys(phrases) };
}
