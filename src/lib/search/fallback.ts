/**
 * Chinese, the last resort: a query no provision answers word for word (its words are not the
 * plan's, nor in the synonym table) still finds the provisions sharing the most of its content,
 * as close matches. Each two-character piece of the query's words (and each rare single
 * character) weighs by how rare it is in the plan (idf, rank.ts's, as words weigh there):
 * 数控车床 finds 数控机床 by 数控, 核心专力 finds 核心专利 by 核心 and 专. Pieces most provisions
 * hold (人工智能) and function characters (的, 吗) count for nothing, so a query sharing only
 * those finds nothing.
 * Works over the data already loaded: the provisions' own text.
 */
import type { Filters, Result } from './outcome.ts';
import { bigrams, type Prepared } from './prepare.ts';
import { inverseFrequency, passes } from './rank.ts';
import type { ParsedQuery } from './query.ts';
import { snippet } from './snippet.ts';
import { isHan } from './text.ts';

/**
 * A two-character piece counts where at most PAIR_SHARE of the texts hold it, a single character
 * where at most SINGLE_SHARE do, at SINGLE of its rarity; a text sharing less than MIN_SCORE is
 * not close; LIMIT close matches are shown. (Kept here, not in weights.ts: first-search bytes.)
 */
const PAIR_SHARE = 0.4;
const SINGLE_SHARE = 0.2;
const SINGLE = 0.5;
const MIN_SCORE = 1.5;
const LIMIT = 5;

/** The close matches, best first; none where the query shares no meaningful piece with the plan. */
export function closeMatches(query: ParsedQuery, index: Prepared, filters: Filters = {}): Result[] {
  if (index.script !== 'han') return [];
  const { docs, folding } = index;
  const n = docs.length;
  const texts = docs.map((d) => [d.title.lower, ...d.sentences.map((s) => s.lower)].join(''));
  const pairs = query.groups.flatMap((g) => [g.text, ...g.alternatives.map((a) => a.text)]);
  const units: [string, number][] = [];
  for (const piece of new Set([
    ...pairs.flatMap((s) => [...bigrams(s)]),
    ...query.groups.flatMap((g) => [...g.text]).filter(isHan),
  ])) {
    const single = piece.length < 2;
    // A character that only joins (的, 和; question words are out of the groups already), or inside a piece already counted, adds nothing.
    if (single && (folding.stopWords.has(piece) || units.some(([p]) => p.includes(piece))))
      continue;
    const df = texts.filter((t) => t.includes(piece)).length;
    if (df > 0 && df <= n * (single ? SINGLE_SHARE : PAIR_SHARE))
      units.push([piece, (single ? SINGLE : 1) * inverseFrequency(df, n)]);
  }
  const missing = query.groups.filter((g) => !g.weak).map((g) => g.text);
  return docs
    .map((d, j) => {
      const held = units.filter(([p]) => texts[j]!.includes(p));
      const score = held.reduce((sum, [, w]) => sum + w, 0);
      return { d, held, score };
    })
    .filter((x) => x.score >= MIN_SCORE && passes(x.d.doc, filters))
    .sort(
      (a, b) =>
        Number(a.d.doc.kind === 'section') - Number(b.d.doc.kind === 'section') ||
        b.score - a.score,
    )
    .slice(0, LIMIT)
    .map(({ d, held, score }) => ({
      doc: d.doc,
      full: false,
      missing,
      snippet: snippet(
        d,
        {
          ...query,
          groups: held.map(([p]) => ({
            text: p,
            alternatives: [{ text: p, weight: 1, keys: [p] }],
            weak: false,
          })),
          phrase: [],
        },
        'han',
        folding,
      ),
      score,
    }));
}
