/**
 * Chinese, the last resort: a query no provision answers word for word (its words are not the
 * plan's, nor in the synonym table) still finds the provisions sharing the most of its content,
 * as close matches. Each two-character piece of the query's words (and each rare single
 * character) weighs by how rare it is in the plan (idf): 数控车床 finds 数控机床 by 数控, 核心专力
 * finds 核心专利 by 核心 and 专. Pieces most provisions hold (人工智能) and function characters
 * (的, 吗) count for nothing, so a query sharing only those finds nothing.
 * Works over the data already loaded: the provisions' own text.
 */
import type { Filters, Result } from './outcome.ts';
import { bigrams, type Prepared } from './prepare.ts';
import { passes } from './rank.ts';
import type { Group, ParsedQuery } from './query.ts';
import { snippet } from './snippet.ts';
import { isHan } from './text.ts';
import { RANKING } from './weights.ts';

/** The close matches, best first; none where the query shares no meaningful piece with the plan. */
export function closeMatches(query: ParsedQuery, index: Prepared, filters: Filters = {}): Result[] {
  if (index.script !== 'han') return [];
  const f = RANKING.fallback;
  const { docs, folding, context } = index;
  const n = docs.length;
  // Characters that only join or ask (的, 吗): the stop words and question words of one character.
  const asks = new Set([...folding.stopWords, ...(context.questions?.words ?? [])]);
  const texts = docs.map((d) => [d.title.lower, ...d.sentences.map((s) => s.lower)].join(''));
  const pairs = query.groups.flatMap((g) => [g.text, ...g.alternatives.map((a) => a.text)]);
  const units: [string, number][] = [];
  for (const piece of new Set([
    ...pairs.flatMap((s) => [...bigrams(s)]),
    ...query.groups.flatMap((g) => [...g.text]).filter(isHan),
  ])) {
    const single = piece.length < 2;
    // A single character that only asks, or inside a piece already counted, adds nothing.
    if (single && (asks.has(piece) || units.some(([p]) => p.includes(piece)))) continue;
    const df = texts.filter((t) => t.includes(piece)).length;
    if (df > 0 && df <= n * (single ? f.singleShare : f.pairShare))
      units.push([piece, (single ? f.single : 1) * Math.log(1 + n / df)]);
  }
  const missing = query.groups.filter((g) => !g.weak).map((g) => g.text);
  return docs
    .map((d, j) => {
      const held = units.filter(([p]) => texts[j]!.includes(p));
      const score = held.reduce(
        (sum, [p, w]) => sum + w * (d.title.lower.includes(p) ? 1 + f.title : 1),
        0,
      );
      return { d, held, score };
    })
    .filter((x) => x.score >= f.minScore && passes(x.d.doc, filters))
    .sort(
      (a, b) =>
        Number(a.d.doc.kind === 'section') - Number(b.d.doc.kind === 'section') ||
        b.score - a.score ||
        a.d.order - b.d.order,
    )
    .slice(0, f.limit)
    .map(({ d, held, score }) => ({
      doc: d.doc,
      full: false,
      missing,
      snippet: snippet(
        d,
        { ...query, groups: held.map(([p]) => group(p)), phrase: [] },
        'han',
        folding,
      ),
      score,
    }));
}

const group = (piece: string): Group => ({
  text: piece,
  alternatives: [{ text: piece, weight: 1, keys: [piece] }],
  weak: false,
});
