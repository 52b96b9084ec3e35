/**
 * A provision asked for by its number: "task 7", "T7", "implementation item 3", "the third task",
 * 任务7, 任务十二, 重点任务第7项, 第三项任务, 措施三, 工作措施（一）, 任務7, 重點任務十一, with an
 * optional paragraph ("task 7 paragraph 2", 任务7第2段). Citations, news and the plan itself refer
 * to provisions this way; the search answers with the provision itself (as legislation.gov.uk
 * answers "section 7").
 *
 * The words for each kind are not typed here: they are the UI's own labels in every edition
 * (重点任务 {{n}}, 任务{{n}}, Task {{n}}, T{{n}}, 重點任務 …), read by `numberWords` at build time
 * and shipped in the search data. Pure; the same in the browser and the tests.
 */
import { PROVISION_KINDS, provisionId, type ProvisionKind } from '../model/provision-id.ts';
import { escapeRegExp } from '../model/text.ts';
import type { SearchDoc } from './data.ts';
import { ENGLISH_NUMBERS, ENGLISH_ORDINALS, HAN_NUMERALS, ROMAN } from './numerals.ts';
import { editDistance } from './distance.ts';

export interface NumberWords {
  /** each kind's words (lower case), longest first: 重点任务, 任务, key task, task … */
  kinds: { kind: ProvisionKind; words: string[] }[];
  /** a letter standing for a kind on its own with a number ("T7", "M1") */
  letters: Record<string, ProvisionKind>;
}

export interface NumberedRef {
  kind: ProvisionKind;
  number: number;
  /** a paragraph asked for (from 1) */
  paragraph?: number;
  /** the part of the query that asked for it, as normalised */
  matched: string;
  /** the query without it, for searching the rest ("task 7 robots" → "robots") */
  rest: string;
}

/** The labels of one edition's kinds, as the UI strings write them. */
export interface KindLabels {
  label: string;
  plural: string;
  short: string;
}

/**
 * The words of each kind from the UI labels of every edition: each label with its placeholder
 * and numbering punctuation taken out (重点任务 {{n}} → 重点任务; 措施（{{cn}}） → 措施; Task {{n}} →
 * task), plurals made singular (Key tasks → key task), a lone letter (T{{n}}) as a letter, and
 * the head word of a longer English name (Implementation item → implementation).
 */
export function numberWords(editions: Record<ProvisionKind, KindLabels>[]): NumberWords {
  const letters: Record<string, ProvisionKind> = {};
  const kinds = PROVISION_KINDS.map((kind) => {
    const words = new Set<string>();
    for (const labels of editions) {
      for (const raw of [labels[kind].label, labels[kind].plural, labels[kind].short]) {
        const word = raw
          .replace(/\{\{\w+\}\}/g, '')
          .replace(/[(（)）\s]+$/u, '')
          .replace(/^[(（)）\s]+/u, '')
          .trim()
          .toLowerCase();
        if (!word) continue;
        if (/^[a-z]$/.test(word)) {
          letters[word] = kind;
          continue;
        }
        words.add(word);
        if (/^[a-z]/.test(word)) {
          const single = word.replace(/s$/, '');
          words.add(single);
          // "Organization and implementation" and "Implementation item" both name implementation.
          const head = single.split(/\s+/);
          if (head.length > 1) {
            words.add(head[0]!);
            words.add(head[head.length - 1]!);
          }
        }
      }
    }
    return { kind, words: [...words] };
  });
  // A word two kinds share ("and") names neither.
  const count = new Map<string, number>();
  for (const k of kinds) for (const w of k.words) count.set(w, (count.get(w) ?? 0) + 1);
  for (const k of kinds)
    k.words = k.words
      .filter((w) => count.get(w) === 1 && !ENGLISH_FILLER.has(w))
      .sort((a, b) => b.length - a.length);
  return { kinds, letters };
}

/** Words that are parts of a kind's English name but say nothing of the kind. */
const ENGLISH_FILLER = new Set(['and', 'of', 'key', 'basic', 'working', 'organization', 'item']);

const HAN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** 1–99 written in Chinese numerals (七, 十二, 二十一); undefined for anything else. */
export function hanNumber(text: string): number | undefined {
  const chars = [...text];
  if (chars.length === 0 || chars.length > 3) return undefined;
  const ten = chars.indexOf('十');
  if (ten < 0) return chars.length === 1 ? HAN_DIGITS[chars[0]!] : undefined;
  if (chars.lastIndexOf('十') !== ten) return undefined;
  const tens = ten === 0 ? 1 : chars.length === 3 || ten === 1 ? HAN_DIGITS[chars[0]!] : undefined;
  const ones = ten === chars.length - 1 ? 0 : HAN_DIGITS[chars[ten + 1]!];
  if (tens === undefined || ones === undefined || tens === 0) return undefined;
  if (ten > 1) return undefined;
  return tens * 10 + ones;
}

/** A number as a reader writes it: 7, 07, 七, 十二, seven, 7th, seventh (ordinals only where `ordinal`). */
function toNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const suffixed = text.match(/^(\d{1,2})(?:st|nd|rd|th)$/);
  if (suffixed) return Number(suffixed[1]);
  const han = hanNumber(text);
  if (han !== undefined) return han;
  const word = ENGLISH_NUMBERS.indexOf(text);
  if (word >= 0) return word;
  const ordinal = ENGLISH_ORDINALS.indexOf(text);
  if (ordinal >= 0) return ordinal;
  const roman = ROMAN.indexOf(text);
  return roman >= 0 ? roman + 1 : undefined;
}

const HAN_NUM = `[${HAN_NUMERALS}]{1,3}`;
/**
 * A Roman numeral, longest first; a one-letter one (i, v, x) only at the end of the query or
 * before punctuation, so that "task i want" is not task 1.
 */
const ROMAN_NUM = `${[...ROMAN]
  .filter((r) => r.length > 1)
  .sort((a, b) => b.length - a.length)
  .join('|')}|[ivx](?=\\s*(?:$|[.,;:!?)]))`;
const NUM = `(\\d{1,2}|${HAN_NUM}|${ENGLISH_NUMBERS.join('|')}|${ROMAN_NUM})`;
const ORD = `(\\d{1,2}(?:st|nd|rd|th)|${ENGLISH_ORDINALS.join('|')})`;
/** A classifier after a Chinese ordinal: 第三项, 第3条, 第三個 */
const CLASSIFIER = '[项項条條个個点點]?';
/** After the number, what would make it an amount or another word, not a provision's number. */
const NOT_AFTER =
  '(?![\\d%％亿億万萬元年批些级級次代大多g期号號月日倍]|[.,，]\\d)(?!\\s*(?:billion|million|thousand|hundred|percent|per cent|yuan|years?|months?|days?|times)\\b)';
/** Paragraph: "paragraph 2", "para. 2", "p2", "¶2", 第2段, 第二段, 2段 */
const PARAGRAPH = `(?:[,，、]?\\s*(?:(?:paragraph|para\\.?|par\\.?|¶|p)\\s*(\\d{1,2})\\b|第?\\s*(\\d{1,2}|${HAN_NUM})\\s*[段款]))`;

/** The query with NFKC folding (full-width digits and brackets), lower case, one space. */
function normaliseQuery(query: string): string {
  return query.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200);
}

/**
 * A form of a numbered reference: which capture holds the kind's word (or letter) and which the
 * number. Every pattern ends with PARAGRAPH, so its captures 3 and 4 are the paragraph's.
 */
interface Pattern {
  re: RegExp;
  kind: 1 | 2;
  number: 1 | 2;
}
const kindFirst = (re: RegExp): Pattern => ({ re, kind: 1, number: 2 });
const numberFirst = (re: RegExp): Pattern => ({ re, kind: 2, number: 1 });

/** A word that may stand before a provision's number: "task no. 7", "implementation item 3", "#7". */
const MARKER = '(?:no\\.?|number|nr\\.?|#|item|step|point)';

const patternCache = new WeakMap<NumberWords, Pattern[]>();

function patterns(words: NumberWords): Pattern[] {
  const cached = patternCache.get(words);
  if (cached) return cached;
  const all = words.kinds.flatMap((k) => k.words).sort((a, b) => b.length - a.length);
  const latin = all.filter((w) => /^[a-z]/.test(w)).map(escapeRegExp);
  const han = all.filter((w) => !/^[a-z]/.test(w)).map(escapeRegExp);
  const letters = Object.keys(words.letters).map(escapeRegExp).join('');
  const list: Pattern[] = [];
  if (latin.length > 0) {
    const K = `((?:${latin.join('|')})s?)`;
    // "task 7", "task no. 7", "task #7", "Task (7)", "task VII", "implementation item 3",
    // "implementation step 3", and as an id or an address writes it: "task-7", "tasks/7"
    list.push(
      kindFirst(
        new RegExp(
          `(?<![a-z])${K}\\s*(?:[-_/:]\\s*)?(?:${MARKER}\\s*)?\\(?${NUM}\\)?${NOT_AFTER}(?![a-z])${PARAGRAPH}?`,
        ),
      ),
    );
    // "the third task", "7th task", and with a word between: "the third safeguard measure"
    list.push(
      numberFirst(new RegExp(`(?<![a-z0-9])${ORD}\\s+(?:[a-z-]+\\s+)?${K}(?![a-z])${PARAGRAPH}?`)),
    );
    // "no. 7 task", "#7 key task", "item 3 of the implementation"
    list.push(
      numberFirst(
        new RegExp(
          `(?<![a-z])${MARKER}\\s*${NUM}\\s+(?:(?:of|in)\\s+(?:the\\s+)?|[a-z-]+\\s+)?${K}(?![a-z])${PARAGRAPH}?`,
        ),
      ),
    );
  }
  if (han.length > 0) {
    const K = `(${han.join('|')})`;
    // 第三项任务, 第3条措施, 第十一项重点任务
    list.push(
      numberFirst(new RegExp(`第\\s*(\\d{1,2}|${HAN_NUM})\\s*${CLASSIFIER}\\s*${K}${PARAGRAPH}?`)),
    );
    // 任务7, 任务十二, 工作措施（一）, 重点任务第7项, 任务 (7), 重点任务之七, 任务-7
    list.push(
      kindFirst(
        new RegExp(
          `${K}\\s*(?:[-_/:之]\\s*)?(?:第\\s*)?\\(?\\s*(\\d{1,2}|${HAN_NUM})\\s*\\)?${NOT_AFTER}(?:\\s*[项項条條])?${PARAGRAPH}?`,
        ),
      ),
    );
  }
  if (letters) {
    // "T7", "m 1", "T7 p2": the whole query, or nearly (a letter is too short to find inside text).
    list.push(kindFirst(new RegExp(`^([${letters}])\\s*-?\\s*(\\d{1,2})(?![\\d])${PARAGRAPH}?$`)));
  }
  patternCache.set(words, list);
  return list;
}

function kindOf(word: string, words: NumberWords): ProvisionKind | undefined {
  if (word.length === 1 && words.letters[word]) return words.letters[word];
  const singular = word.replace(/s$/, '');
  return words.kinds.find((k) => k.words.includes(word) || k.words.includes(singular))?.kind;
}

/**
 * The provision a query asks for by number, or undefined. The number is not checked against the
 * plan (the caller knows which provisions exist); 0 and numbers over 99 are never taken.
 */
export function findNumbered(query: string, words: NumberWords): NumberedRef | undefined {
  const q = normaliseQuery(query);
  if (!q) return undefined;
  const found = matchNumbered(q, words);
  if (found) return found;
  // A kind's word mistyped beside a number: "taks 7", "meausre 2", "princple 2".
  const corrected = correctKindWords(q, words);
  return corrected === q ? undefined : matchNumbered(corrected, words);
}

/** A word that reads as a number of a provision: 7, #7, seven, 7th, seventh, vii. */
const NUMBER_WORD = new RegExp(
  `^#?(?:\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)|${ENGLISH_NUMBERS.join('|')}|${ENGLISH_ORDINALS.join('|')}|${ROMAN.filter((r) => r.length > 1).join('|')})[.,:;!?)]*$`,
);

/** A word of MARKER on its own, between a kind's name and its number ("implementation item 3"). */
const MARKER_WORD = new RegExp(`^${MARKER}$`);

/**
 * The query with each word of four letters or more that is one typing slip from a kind's one-word
 * name (two for a name of nine letters or more) put right, when a number stands beside it.
 */
function correctKindWords(q: string, words: NumberWords): string {
  const names = words.kinds.flatMap((k) => k.words).filter((w) => /^[a-z]+$/.test(w));
  const tokens = q.split(' ');
  let changed = false;
  const out = tokens.map((token, i) => {
    if (!/^[a-z]{4,20}$/.test(token) || names.includes(token)) return token;
    // The number beside it, or after a word such as "item": "implmentation item 3".
    const after = MARKER_WORD.test(tokens[i + 1] ?? '') ? tokens[i + 2] : tokens[i + 1];
    const beside = [tokens[i - 1], after].some((t) => t !== undefined && NUMBER_WORD.test(t));
    if (!beside) return token;
    const near = names.find((name) => editDistance(token, name) <= (name.length >= 9 ? 2 : 1));
    if (!near) return token;
    changed = true;
    return near;
  });
  return changed ? out.join(' ') : q;
}

function matchNumbered(q: string, words: NumberWords): NumberedRef | undefined {
  for (const p of patterns(words)) {
    const m = p.re.exec(q);
    if (!m) continue;
    const kind = kindOf(m[p.kind]!, words);
    const number = toNumber(m[p.number]!);
    if (!kind || number === undefined || number < 1) continue;
    const paraText = m[3] ?? m[4];
    const paragraph = paraText === undefined ? undefined : toNumber(paraText);
    const matched = m[0].trim();
    const rest = `${q.slice(0, m.index)} ${q.slice(m.index + m[0].length)}`
      .replace(/\s+/g, ' ')
      .trim();
    return {
      kind,
      number,
      ...(paragraph !== undefined && paragraph > 0 ? { paragraph } : {}),
      matched,
      rest,
    };
  }
  return undefined;
}

/** The provision a numbered query asks for, as a result of its own: first, with the paragraph asked for. */
export interface NumberedAnswer {
  doc: SearchDoc;
  /** the paragraph asked for, when the provision has it */
  paragraph?: number;
}

/** The provision a query names by number, if the plan has it (and the paragraph, if it has that). */
export function numberedAnswer(
  query: string,
  words: NumberWords,
  docs: readonly SearchDoc[],
): (NumberedAnswer & { rest: string }) | undefined {
  const ref = findNumbered(query, words);
  if (!ref) return undefined;
  const doc = docs.find((d) => d.id === provisionId(ref.kind, ref.number));
  if (!doc) return undefined;
  const paragraph =
    ref.paragraph !== undefined && ref.paragraph <= doc.paragraphs.length
      ? ref.paragraph
      : undefined;
  return { doc, rest: ref.rest, ...(paragraph ? { paragraph } : {}) };
}
