/**
 * Build time: the sounds of Chinese characters, for correcting a query typed with a pinyin input
 * method (心片 → 芯片, 只能制照 → 智能制造: a wrong character of the same sound). Each syllable
 * (toneless, every reading of a character with several) → the characters read so, among the 3,755
 * most common characters (GB 2312 level 1) and the plan's own. Only the syllables of the plan's
 * characters are kept: a typo is of a character the plan writes. Readings from `pinyin-pro`.
 */
import { pinyin } from 'pinyin-pro';
import { fuzzy } from '../search/sounds.ts';

/** GB 2312's level-1 characters (rows 16–55), the common ones. */
export function commonCharacters(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      chars.push(decoder.decode(new Uint8Array([row, cell])));
    }
  return chars;
}

/** A character's readings, toneless (无 → wu; 行 → xing, hang). */
export function readings(char: string): string[] {
  const all = pinyin(char, { toneType: 'none', multiple: true, type: 'array' });
  return [...new Set(all.filter((p) => /^[a-zü]+$/.test(p)))];
}

/** Syllable → the characters read so, for the syllables of `plan`'s characters. */
export function soundsTable(plan: string): Record<string, string> {
  const han = (c: string) => /\p{Script=Han}/u.test(c);
  const planChars = [...new Set([...plan].filter(han))];
  // Syllables typed alike by the fuzzy setting (search/sounds.ts fuzzy) are wanted too.
  const wanted = new Set(planChars.flatMap(readings).map(fuzzy));
  const table = new Map<string, Set<string>>();
  for (const c of new Set([...commonCharacters(), ...planChars]))
    for (const r of readings(c))
      if (wanted.has(fuzzy(r))) {
        const set = table.get(r) ?? new Set<string>();
        set.add(c);
        table.set(r, set);
      }
  return Object.fromEntries(
    [...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, set]) => [r, [...set].join('')]),
  );
}
