/**
 * Folding Traditional-character queries into the Simplified text of the plan, with a table made
 * at build time by OpenCC (opencc-js) and restricted to the plan's own vocabulary: a few KB
 * instead of OpenCC's whole dictionaries in the browser.
 */
import * as OpenCC from 'opencc-js';
import type { FoldTable } from './search-state.ts';

const VARIANTS = ['tw', 'hk', 'twp'] as const;
const isHan = (c: string) => /\p{Script=Han}/u.test(c);

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
