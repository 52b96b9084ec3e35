/**
 * Hanyu Pinyin with tone marks for the glossary, at build time: `pinyin-pro` (its dictionary
 * reads polyphonic characters by word: 行业 háng yè, 银行 yín háng, 重庆 chóng qìng), with
 * the Chinese punctuation of names turned into its Latin form. Syllables are spaced one by one,
 * as dictionaries print them.
 */
import { pinyin } from 'pinyin-pro';

const PUNCTUATION: Record<string, string> = {
  '、': ',',
  ',': ',',
  '(': '(',
  ')': ')',
  '“': '“',
  '”': '”',
  '《': '“',
  '》': '”',
  ':': ':',
  '。': '.',
};

export function pinyinOf(text: string): string {
  const parts = pinyin(text, { toneType: 'symbol', type: 'array', nonZh: 'consecutive' });
  return parts
    .map((part) => [...part].map((c) => PUNCTUATION[c] ?? c).join(''))
    .join(' ')
    .replace(/\s+([,.:)”])/g, '$1')
    .replace(/([(“])\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
