/**
 * Hanyu Pinyin for the glossary, at build time, written by the orthography of GB/T 16159-2012
 * (汉语拼音正词法基本规则) for display, and syllable by syllable for the filter and sorting.
 *
 * `pinyin-pro` reads and cuts the text: with the modern word list of `@pinyin-pro/data` added
 * (its documentation asks for a full dictionary before segmenting), its `segment` gives the
 * words and reads each polyphonic character by its word (行业 háng yè, 载体 zài tǐ); tone sandhi
 * of 一 and 不 is kept (一企一策 yì qǐ yí cè, as read aloud: docs/translation-review.md, G-2).
 * What the library gets wrong is put right by the reviewed corrections of content/pinyin.yaml:
 * each correction is registered with the library's custom dictionary (`customPinyin`), so that
 * the library reads the word with the correction's syllables and keeps it as one segment, and
 * the segment is then written as the correction writes it (its words, capitals, hyphens).
 *
 * The rules applied to the library's words (GB/T 16159-2012):
 *   - a word's syllables are written together (zàitǐ, chǎnyèliàn), words apart;
 *   - a name of four syllables that the word list gives as one word is written as two words of two
 *     (四音节以上表示一个整体概念的名称，按词分写: 人工智能 réngōng zhìnéng, 知识产权 zhīshi chǎnquán);
 *   - the suffix 化 is written with the word before it (单音节后加成分连写: 信息化 xìnxīhuà);
 *   - a syllable that begins with a, o or e, after another syllable of the same word, takes the
 *     apostrophe (隔音符号, 《汉语拼音方案》: 离岸 lí'àn);
 *   - a proper name (content/pinyin.yaml, `properNames`) capitalizes the first letter of each word
 *     and of each part of a hyphened word (由几个词组成的专有名词，每个词的首字母大写:
 *     Shěnyáng Rìbàoshè), except the function words 和, 与, 及 (虚词小写: Shì Jīngjì hé Xìnxīhuà
 *     Wěiyuánhuì); a place name inside any entry is capitalized by its correction (Shěnyáng, zhù Shěn);
 *   - Chinese punctuation of names is turned into its Latin form.
 *
 * Pure apart from `pinyin-pro`'s module state (its added dictionary and custom words), which each
 * writer sets to its own corrections before it writes.
 */
import { addDict, clearCustomDict, customPinyin, OutputFormat, pinyin, segment } from 'pinyin-pro';
import ModernDict from '@pinyin-pro/data/modern';
import { z } from 'astro/zod';
import { ContentError } from '../model/errors.ts';

/** The file the corrections and proper names are written in, for error messages. */
export const PINYIN_FILE = 'content/pinyin.yaml';

const correctionSchema = z.strictObject({
  /** the word, in the source's (Simplified) characters, as the glossary's names write it */
  zh: z.string().regex(/^\p{Script=Han}+$/u, 'must be Chinese characters only'),
  /** how the glossary writes it: tone marks, words apart, capitals, hyphens and apostrophes as written */
  pinyin: z
    .string()
    .regex(
      /^\p{L}[\p{L}\p{M}]*(?:[ '-]\p{L}[\p{L}\p{M}]*)*$/u,
      'must be letters with tone marks, words separated by one space, hyphen or apostrophe',
    ),
  /** why (a reviewer's reason, in English) */
  why: z.string().trim().min(1),
});
export type PinyinCorrection = z.infer<typeof correctionSchema>;

/** content/pinyin.yaml, as the YAML loader gives it (one item, `document`). */
export const pinyinTableSchema = z.strictObject({
  id: z.literal('document'),
  corrections: z.array(correctionSchema),
  /** glossary names (Chinese) written as proper names */
  properNames: z.array(z.string().trim().min(1)),
});
export type PinyinTable = z.infer<typeof pinyinTableSchema>;

/** A text's pinyin: as the glossary writes it, and syllable by syllable (lower case, tone marks; other words such as 5G as they are). */
export interface Pinyin {
  text: string;
  syllables: string[];
}

export interface WriteOptions {
  /** Write it as a proper name: each word capitalized. */
  proper?: boolean | undefined;
}

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

/** Written with the word before it (单音节后加成分). Only 化: 家, 性, 者 … also end other words (家居). */
const SUFFIXES = new Set(['化']);
/** Function words, in lower case in a proper name. */
const FUNCTION_WORDS = new Set(['和', '与', '及', '的', '之']);

const isHan = (text: string) => /^\p{Script=Han}+$/u.test(text);

/** Tone marks and the diaeresis removed, lower case: "Lí'àn" → "li'an", "lǜ" → "lu". */
export function toneless(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** Syllables written as one word: joined, with the apostrophe before a, o, e after the first. */
export function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/.test(toneless(s)) ? `'${s}` : s)).join('');
}

/** The first letter of each part of a word upper case: "zhōng-dé" → "Zhōng-Dé". */
function capitalize(word: string): string {
  return word
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}

let dictionaryAdded = false;
let installed: readonly Checked[] | undefined;

/** Sets `pinyin-pro`'s state for a writer: the word list added once, the custom words its corrections. */
function use(corrections: readonly Checked[]): void {
  if (!dictionaryAdded) {
    addDict(ModernDict, 'modern');
    dictionaryAdded = true;
  }
  if (installed === corrections) return;
  clearCustomDict(['pinyin', 'multiple', 'polyphonic']);
  if (corrections.length > 0)
    customPinyin(Object.fromEntries(corrections.map((c) => [c.zh, c.syllables.join(' ')])));
  installed = corrections;
}

const NONE: readonly Checked[] = [];

/** The readings of a character the library knows, without tones (一: yi; 识: shi, zhi). */
function readingsOf(char: string): string[] {
  use(NONE);
  return pinyin(char, { multiple: true, type: 'array', toneType: 'none' }).map(toneless);
}

interface Checked extends PinyinCorrection {
  /** its syllables, one per character, lower case with tone marks */
  syllables: string[];
}

/**
 * A correction's syllables, one per character of `zh`, each a reading of its character that the
 * library knows (tones aside); its spaces and hyphens fall between syllables, and it has an
 * apostrophe exactly where a syllable of a word begins with a, o or e after another.
 */
export function checkCorrection(c: PinyinCorrection, field: string, file = PINYIN_FILE): Checked {
  const fail = (problem: string): never => {
    throw new ContentError(file, field, problem);
  };
  const letters: { char: string; plain: string; before: string }[] = [];
  let before = '';
  for (const char of c.pinyin.normalize('NFC')) {
    if (char === ' ' || char === '-' || char === "'") before = char;
    else if (/\p{M}/u.test(char)) fail(`"${c.pinyin}": write tone marks on their letters (NFC)`);
    else {
      letters.push({ char, plain: toneless(char), before });
      before = '';
    }
  }
  const plain = letters.map((l) => l.plain).join('');
  const chars = [...c.zh];
  const readings = chars.map(readingsOf);
  // Where each character's syllable starts in `plain`, found by trying the readings in turn.
  const starts: number[] = [];
  const match = (k: number, at: number): boolean => {
    if (k === chars.length) return at === plain.length;
    for (const reading of readings[k]!) {
      if (!plain.startsWith(reading, at)) continue;
      starts[k] = at;
      if (match(k + 1, at + reading.length)) return true;
    }
    return false;
  };
  if (!match(0, 0))
    fail(
      `"${c.pinyin}" does not spell ${c.zh} one reading per character (${chars.map((ch, k) => `${ch}: ${readings[k]!.join('/')}`).join('; ')})`,
    );
  const syllables = starts.map((start, k) =>
    letters
      .slice(start, starts[k + 1] ?? letters.length)
      .map((l) => l.char)
      .join('')
      .toLowerCase(),
  );
  letters.forEach((l, i) => {
    const k = starts.indexOf(i);
    if (k === -1) {
      if (l.before)
        fail(
          `"${c.pinyin}": "${l.before}" inside the syllable of ${chars[starts.findLastIndex((s) => s < i)]}`,
        );
      return;
    }
    if (k === 0) return;
    const vowel = /^[aoe]/.test(toneless(syllables[k]!));
    if (l.before === "'" && !vowel)
      fail(
        `"${c.pinyin}": an apostrophe before "${syllables[k]}", which does not begin with a, o or e`,
      );
    if (l.before === '' && vowel)
      fail(
        `"${c.pinyin}": write an apostrophe before "${syllables[k]}" (${syllables[k - 1]}'${syllables[k]})`,
      );
  });
  return { ...c, syllables };
}

interface Word {
  zh: string;
  syllables: string[];
  /** as a correction writes it */
  written?: string | undefined;
}

/** Writes texts with pinyin by the rules above and the table's corrections. */
export interface PinyinWriter {
  (zh: string, options?: WriteOptions): Pinyin;
}

/** A writer with the given corrections, each checked (readings, apostrophes) and used once only. */
export function pinyinWriter(
  corrections: readonly PinyinCorrection[],
  file = PINYIN_FILE,
): PinyinWriter {
  const seen = new Set<string>();
  const checked: readonly Checked[] = corrections.map((c, i) => {
    const field = `corrections[${i}] (${c.zh})`;
    if (seen.has(c.zh)) throw new ContentError(file, field, 'is corrected twice');
    seen.add(c.zh);
    return checkCorrection(c, field, file);
  });
  const byWord = new Map(checked.map((c) => [c.zh, c]));
  return (zh, options = {}) => {
    use(checked);
    const segments = segment(zh, { format: OutputFormat.AllArray, nonZh: 'consecutive' });
    const words: Word[] = [];
    for (const parts of segments) {
      const text = parts.map((p) => p.origin).join('');
      const correction = byWord.get(text);
      if (correction) {
        words.push({ zh: text, syllables: correction.syllables, written: correction.pinyin });
      } else if (!isHan(text)) {
        words.push({ zh: text, syllables: [text] });
      } else if (parts.length === 4) {
        const half = (from: number, to: number) => ({
          zh: parts
            .slice(from, to)
            .map((p) => p.origin)
            .join(''),
          syllables: parts.slice(from, to).map((p) => p.result),
        });
        words.push(half(0, 2), half(2, 4));
      } else {
        const previous = words.at(-1);
        const syllables = parts.map((p) => p.result);
        if (SUFFIXES.has(text) && previous && !previous.written && isHan(previous.zh)) {
          previous.zh += text;
          previous.syllables = [...previous.syllables, ...syllables];
        } else words.push({ zh: text, syllables });
      }
    }
    const written = words.map((w) => {
      if (!isHan(w.zh)) return [...w.zh].map((c) => PUNCTUATION[c] ?? c).join('');
      const word = w.written ?? joinSyllables(w.syllables);
      return options.proper && !FUNCTION_WORDS.has(w.zh) ? capitalize(word) : word;
    });
    return {
      text: written
        .join(' ')
        .replace(/\s+([,.:)”])/g, '$1')
        .replace(/([(“])\s+/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
      // Other text (5G) as it is, in lower case; punctuation left out.
      syllables: words
        .flatMap((w) => (isHan(w.zh) ? w.syllables : (w.zh.match(/[\p{L}\p{N}]+/gu) ?? [])))
        .map((s) => s.toLowerCase()),
    };
  };
}

/**
 * The pinyin of the names the table is for (the glossary's, in Chinese), each proper name written
 * as one. The table is checked against them first: every proper name is one of them, and every
 * correction is in one of them and changes how one is written; a correction the library no longer
 * needs (after an update of `pinyin-pro` or its word list) is refused as stale.
 */
export function namesPinyin(
  table: Pick<PinyinTable, 'corrections' | 'properNames'>,
  names: readonly string[],
  file = PINYIN_FILE,
): (name: string) => Pinyin {
  const known = new Set(names);
  const proper = new Set<string>();
  table.properNames.forEach((name, i) => {
    if (!known.has(name))
      throw new ContentError(file, `properNames[${i}]`, `"${name}" is not a glossary name`);
    if (proper.has(name))
      throw new ContentError(file, `properNames[${i}]`, `"${name}" is listed twice`);
    proper.add(name);
  });
  const write = pinyinWriter(table.corrections, file);
  table.corrections.forEach((c, i) => {
    const field = `corrections[${i}] (${c.zh})`;
    const users = names.filter((n) => n.includes(c.zh));
    if (users.length === 0)
      throw new ContentError(file, field, `${c.zh} is in no glossary name: the entry is stale`);
    const without = pinyinWriter(
      table.corrections.filter((other) => other !== c),
      file,
    );
    const unchanged = users.every((name) => {
      const options = { proper: proper.has(name) };
      return without(name, options).text === write(name, options).text;
    });
    if (unchanged)
      throw new ContentError(
        file,
        field,
        `changes nothing: without it, ${users[0]} is written "${without(users[0]!, { proper: proper.has(users[0]!) }).text}" already; the entry is stale`,
      );
  });
  return (name) => write(name, { proper: proper.has(name) });
}
