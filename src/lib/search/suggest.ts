/**
 * A correction for a misspelt query: Chinese, an input-method slip (a wrong character of the same
 * sound, with the sounds of sounds.ts: 心片 → 芯片), or any one character of a glossary name
 * (创新卷 → 创新券), the longest term first; English, a glossary name of two words or more one
 * slip from a window of the query holding an unknown word (big deta → big data: the only way a
 * short word is corrected), and each other unknown word's nearest word of the plan, the more
 * frequent among equals.
 */
import { docHolds, type Prepared } from './prepare.ts';
import type { ParsedQuery } from './query.ts';
import { soundAlike, type Sounds } from './sounds.ts';
import { editDistance } from './distance.ts';
import { isHan, normalise, tokens } from './text.ts';
import { isEnglishWord, type EnglishWords } from './words.ts';
import { RANKING } from './weights.ts';

/**
 * What the correction is given when it could be had: which Chinese characters sound alike, the
 * common English words, the glossary's English terms (sent with the words: data.ts packed).
 */
export interface SuggestAids {
  sounds?: Sounds;
  words?: EnglishWords;
  terms?: readonly string[];
}

export function suggest(
  query: ParsedQuery,
  index: Prepared,
  { sounds, words: english, terms = [] }: SuggestAids = {},
): string | undefined {
  const { script, folding } = index;
  const limits = RANKING.suggest;
  if (script === 'han') {
    const named = nameOneCharAway(query, index);
    const alike = sounds ? sameSound(query, index, sounds) : undefined;
    // The longer correction; a slip of the same sound among equals (机器人产业圆 → 产业园, not 产业链).
    return (alike && (!named || alike.len >= named.len) ? alike : named)?.text;
  }
  const words = tokens(query.text, folding).map((t) => t.word);
  // The words that may be misspelt: found nowhere in the plan, and no word of English (buses is not bases).
  const unknown = new Set(
    words.filter((w) => {
      if (english && isEnglishWord(w, english)) return false;
      const group = query.groups.find((g) => g.text === w);
      return !group || !index.docs.some((d) => docHolds(d, group, script));
    }),
  );
  let changed = false;
  // A short word is never corrected alone, but may be within a name of the glossary (big deta → big data).
  const named = termOneSlipAway(words, query, unknown, englishTerms([...index.lexicon, ...terms]));
  const fixed = (named ?? words).map((w, i) => {
    if (named && named[i] !== words[i]) {
      changed = true;
      return w;
    }
    if (folding.stopWords.has(w) || w.length < limits.minWord || /\d/.test(w)) return w;
    if (!unknown.has(w)) return w;
    const near = nearestWord(w, index);
    if (near) changed = true;
    return near ?? w;
  });
  return changed ? fixed.join(' ') : undefined;
}

/**
 * English: the plan's word (the more frequent among equals) or, nearer, the synonym table's word
 * nearest a misspelt word: one edit away, two for a long word; a plural's s kept (grats → grants).
 */
function nearestWord(w: string, index: Prepared): string | undefined {
  const limits = RANKING.suggest;
  const candidates: [string, number][] = [
    ...index.vocabularyWords,
    // A reader's word of the synonym table (entrepeneur → entrepreneur), where it is nearer than the plan's.
    ...readerWords(index).map((word): [string, number] => [word, 0]),
  ];
  let best: { word: string; d: number; f: number } | undefined;
  for (const [typed, ending] of plural(w)) {
    const cap = typed.length >= limits.twoEditsFrom ? 2 : 1;
    for (const [word, f] of candidates) {
      const d = editDistance(typed, word, cap);
      if (d <= cap && (!best || d < best.d || (d === best.d && f > best.f)))
        best = { word: word + ending, d, f };
    }
  }
  return best?.word;
}

/** A word as typed, and without a plural's s when it is long enough to be corrected without it (sumits → sumit + s). */
function plural(w: string): [string, string][] {
  return w.endsWith('s') && !w.endsWith('ss') && w.length > RANKING.suggest.minWord
    ? [
        [w, ''],
        [w.slice(0, -1), 's'],
      ]
    : [[w, '']];
}

/**
 * English: a window of the query's words, one of them found nowhere in the plan, that is one
 * slip from one of the glossary's names of two words or more (big deta → big data, maker spce →
 * maker spaces): the query's words with the window's put right, or undefined. Short words (deta)
 * are corrected only so: alone, a four-letter word has too many neighbours.
 */
function termOneSlipAway(
  words: string[],
  query: ParsedQuery,
  unknown: ReadonlySet<string>,
  terms: string[][],
): string[] | undefined {
  // A word of the query that is a group of its own (not a stop word) and may be misspelt.
  const slip = (w: string) => unknown.has(w) && query.groups.some((g) => g.text === w);
  if (!words.some(slip)) return undefined;
  for (const term of terms) {
    const n = term.length;
    for (let i = 0; i + n <= words.length; i++) {
      const window = words.slice(i, i + n);
      if (window.join(' ') === term.join(' ') || !window.some(slip)) continue;
      if (editDistance(window.join(' '), term.join(' '), 1) <= 1)
        return [...words.slice(0, i), ...term, ...words.slice(i + n)];
    }
  }
  return undefined;
}

/** English: the names and terms of two to four plain words, longest first, as words. */
function englishTerms(lexicon: readonly string[]): string[][] {
  return [...new Set(lexicon.map((t) => normalise(t).replace(/\s*\([^)]*\)/g, '')))]
    .map((t) => t.split(/\s+/))
    .filter((ws) => ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^[a-z]+$/.test(w)))
    .sort((a, b) => b.join(' ').length - a.join(' ').length);
}

interface Correction {
  text: string;
  /** the corrected term's length */
  len: number;
}

/** The pieces of a Chinese query the plan holds nowhere (卷 in 创新卷): a typo is there. */
function unknownChars(query: ParsedQuery, index: Prepared): Set<string> {
  return new Set(
    query.groups
      .filter((g) => !index.context.corpus?.includes(g.alternatives[0]?.keys[0] ?? ''))
      .flatMap((g) => [...g.text]),
  );
}

/** Chinese: the longest glossary name one character away from a window that touches an unknown piece (创新卷 → 创新券). */
function nameOneCharAway(query: ParsedQuery, index: Prepared): Correction | undefined {
  const qChars = [...(query.phrase[0] ?? query.text)];
  const unknown = unknownChars(query, index);
  if (qChars.length < 2 || unknown.size === 0) return undefined;
  let best: Correction | undefined;
  for (const term of index.lexicon) {
    const t = index.fold(normalise(term));
    const tChars = [...t];
    if (tChars.length < RANKING.suggest.minNameHan || !tChars.every(isHan)) continue;
    const len = tChars.length;
    for (let i = 0; i + len <= qChars.length; i++) {
      const window = qChars.slice(i, i + len);
      if (!window.some((c) => unknown.has(c))) continue;
      if (editDistance(window.join(''), t, 1) === 1 && (!best || len > best.len))
        best = { text: qChars.slice(0, i).join('') + t + qChars.slice(i + len).join(''), len };
    }
  }
  return best;
}

/**
 * Chinese: an input-method slip, characters of the same sound (sounds.ts): the longest of the
 * plan's terms (soundTerms) that a window of the query becomes by changing at most two of its
 * characters, never all, each to one that sounds alike (心片 → 芯片, 只能制照 → 智能制造). A changed
 * character is one the plan holds nowhere, or one left over between the plan's words inside a
 * term of three characters or more (人工只能 → 人工智能; two characters of the same sound are too
 * often another word). The whole query is looked at, its stop characters too (只能: 能).
 */
function sameSound(query: ParsedQuery, index: Prepared, sounds: Sounds): Correction | undefined {
  const qChars = [...query.text];
  const unknown = unknownChars(query, index);
  const loose = new Set(query.groups.filter((g) => g.weak).flatMap((g) => [...g.text]));
  if (qChars.length < 2 || unknown.size + loose.size === 0) return undefined;
  let best: Correction | undefined;
  for (const tChars of soundTerms(index)) {
    const len = tChars.length;
    if (best && len <= best.len) continue;
    for (let i = 0; i + len <= qChars.length; i++) {
      const window = qChars.slice(i, i + len);
      const changed = window.flatMap((c, k) => (c === tChars[k] ? [] : [k]));
      if (changed.length === 0 || changed.length > Math.min(2, len - 1)) continue;
      const touches = (set: Set<string>) => changed.some((k) => set.has(window[k]!));
      if (!touches(unknown) && !(touches(loose) && len >= 3)) continue;
      if (!changed.every((k) => soundAlike(window[k]!, tChars[k]!, sounds))) continue;
      best = {
        text: qChars.slice(0, i).join('') + tChars.join('') + qChars.slice(i + len).join(''),
        len,
      };
      break;
    }
  }
  return best;
}

const termCache = new WeakMap<Prepared, string[][]>();
/**
 * Chinese: what a slip of the same sound may have meant: the glossary's names and terms, and the
 * plan's words of the synonym table (芯片, 无人机), of two characters or more, folded as the text is.
 */
function soundTerms(index: Prepared): string[][] {
  let list = termCache.get(index);
  if (!list) {
    const seen = new Set<string>();
    list = [...index.lexicon, ...index.context.synonyms.flatMap((e) => e.plan)].flatMap((t) => {
      const text = index.fold(normalise(t));
      const chars = [...text];
      if (chars.length < 2 || !chars.every(isHan) || seen.has(text)) return [];
      seen.add(text);
      return [chars];
    });
    termCache.set(index, list);
  }
  return list;
}

/** English: every word the correction may put for a query's word (the plan's, the synonym table's), for words.ts nearTargets. */
export function correctionTargets(index: Prepared): string[] {
  return [...index.vocabularyWords.keys(), ...readerWords(index)];
}

const readerWordCache = new WeakMap<Prepared, string[]>();
/** English: the synonym table's single words a reader may type, long enough to be corrected to. */
function readerWords(index: Prepared): string[] {
  let list = readerWordCache.get(index);
  if (!list) {
    list = [
      ...new Set(
        index.context.synonyms
          // a phrase's words too (remote diagnosis: diagnosis)
          .flatMap((entry) => entry.words.flatMap((w) => normalise(w).split(/\s+/)))
          .filter(
            (w) =>
              /^[a-z]+$/.test(w) &&
              w.length >= RANKING.suggest.minWord &&
              !index.folding.stopWords.has(w) &&
              !index.vocabularyWords.has(w),
          ),
      ),
    ];
    readerWordCache.set(index, list);
  }
  return list;
}
