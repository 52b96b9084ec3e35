/**
 * The numbers a reader writes when asking for a provision by its number (numbered.ts): digits,
 * Chinese numerals, English number words and ordinals, Roman numerals. Also the quick test of
 * whether a query holds one at all (`mayAskByNumber`), which the browser runs before every
 * search: only a query that passes it loads numbered.ts (by-number.ts, the stage), so that a
 * first search of other words does not.
 */
import type { NumberWords } from './numbered.ts';

/** The characters of a Chinese numeral from 1 to 99 (七, 十二, 两). */
export const HAN_NUMERALS = '零〇一二两兩三四五六七八九十';

/** English number words by value, from zero. */
export const ENGLISH_NUMBERS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'.split(
    ' ',
  );

/** English ordinals by value, from zeroth. */
export const ENGLISH_ORDINALS =
  'zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth'.split(
    ' ',
  );

/** Roman numerals from 1 to 20, as a reader may number a task or a measure ("task VII", "measure III"). */
export const ROMAN =
  'i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx'.split(' ');

const LATIN_NUMBER = new RegExp(
  `(?<![a-z])(?:${[...ENGLISH_NUMBERS, ...ENGLISH_ORDINALS, ...ROMAN.filter((r) => r.length > 1)].join('|')})(?![a-z])|(?<![a-z])[ivx]\\s*(?:$|[.,;:!?)])`,
);
const HAN_NUMERAL = new RegExp(`[${HAN_NUMERALS}]`);

/**
 * Whether a query may ask for a provision by number: it holds a digit, an English number, ordinal
 * or Roman numeral, or a Chinese numeral beside one of the kinds' words (措施三, 第三项任务).
 * A necessary test, not a sufficient one: numbered.ts decides. False for most queries of words
 * (人工智能, "robots", "what can i do"), which then do not load it.
 */
export function mayAskByNumber(query: string, words: NumberWords): boolean {
  const q = query.normalize('NFKC').toLowerCase();
  if (/\d/.test(q)) return true;
  const kinds = words.kinds.flatMap((k) => k.words);
  // A number may follow a kind's name with no space between ("taskvii"): the name is taken out first.
  const rest = kinds.reduce((text, w) => (/^[a-z]/.test(w) ? text.split(w).join(' ') : text), q);
  if (LATIN_NUMBER.test(rest)) return true;
  return HAN_NUMERAL.test(q) && kinds.some((w) => q.includes(w));
}
