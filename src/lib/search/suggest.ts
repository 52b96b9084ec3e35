/**
 * A correction for a misspelt query: Chinese, the nearest glossary name one character away (an
 * input-method slip: a wrong character of the same sound); English, each unknown word's nearest
 * word of the plan, the more frequent among equals.
 */
import { docHolds, type Prepared } from './prepare.ts';
import type { ParsedQuery } from './query.ts';
import { editDistance, isHan, normalise, tokens } from './text.ts';
import { RANKING } from './weights.ts';

export function suggest(query: ParsedQuery, index: Prepared): string | undefined {
  const { script, folding } = index;
  const limits = RANKING.suggest;
  if (script === 'han') {
    const q = query.phrase[0] ?? query.text;
    const qChars = [...q];
    // Only a piece the plan holds nowhere is a typo (卷 in 创新卷); a window to correct must touch it.
    const unknown = new Set(
      query.groups
        .filter((g) => !index.context.corpus?.includes(g.alternatives[0]?.keys[0] ?? ''))
        .flatMap((g) => [...g.text]),
    );
    if (qChars.length < 2 || unknown.size === 0) return undefined;
    let best: { text: string; len: number } | undefined;
    for (const term of index.lexicon) {
      const t = index.fold(normalise(term));
      const tChars = [...t];
      if (tChars.length < limits.minNameHan || !tChars.every(isHan)) continue;
      // A Chinese typo is a wrong character of the same sound (an input-method slip): one substitution.
      const len = tChars.length;
      for (let i = 0; i + len <= qChars.length; i++) {
        const window = qChars.slice(i, i + len);
        if (!window.some((c) => unknown.has(c))) continue;
        if (editDistance(window.join(''), t, 1) === 1 && (!best || len > best.len)) {
          best = { text: qChars.slice(0, i).join('') + t + qChars.slice(i + len).join(''), len };
        }
      }
    }
    return best?.text;
  }
  const words = tokens(query.text, folding).map((t) => t.word);
  let changed = false;
  const fixed = words.map((w) => {
    if (folding.stopWords.has(w) || w.length < limits.minWord || /\d/.test(w)) return w;
    const known = query.groups.find((g) => g.text === w);
    if (known && index.docs.some((d) => docHolds(d, known, script))) return w;
    let best: { word: string; d: number; f: number } | undefined;
    const cap = w.length >= limits.twoEditsFrom ? 2 : 1;
    for (const [word, f] of index.vocabularyWords) {
      const d = editDistance(w, word, cap);
      if (d <= cap && (!best || d < best.d || (d === best.d && f > best.f))) best = { word, d, f };
    }
    // A reader's word of the synonym table (entrepeneur → entrepreneur), where it is nearer than the plan's.
    for (const word of readerWords(index)) {
      const d = editDistance(w, word, cap);
      if (d <= cap && (!best || d < best.d)) best = { word, d, f: 0 };
    }
    if (best) {
      changed = true;
      return best.word;
    }
    return w;
  });
  return changed ? fixed.join(' ') : undefined;
}

const readerWordCache = new WeakMap<Prepared, string[]>();
/** English: the synonym table's single words a reader may type, long enough to be corrected to. */
function readerWords(index: Prepared): string[] {
  let list = readerWordCache.get(index);
  if (!list) {
    list = [
      ...new Set(
        index.context.synonyms
          .flatMap((entry) => entry.words)
          .map(normalise)
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
