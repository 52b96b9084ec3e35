/**
 * Chinese, the last resort: a query no provision answers word for word (its words are not the
 * plan's, nor in the synonym table) still finds the provisions sharing the most of its content,
 * as close matches. Each two-character piece of the query's words (and each rare single
 * character) weighs by how rare it is in the plan (idf): 数控车床 finds 数控机床 by 数控, 核心专力
 * finds 核心专利 by 核心 and 专. Pieces most provisions hold (人工智能) and function characters
 * (的, 吗) count for nothing, so a query sharing only those finds nothing.
 * Works over the data already loaded: the provisions' two-character pieces (prepare.ts).
 */
import type { Filters, Result } from './outcome.ts';
import { bigrams, type Prepared, type PreparedDoc } from './prepare.ts';
import type { Group, ParsedQuery } from './query.ts';
import { snippet } from './snippet.ts';
import { isHan } from './text.ts';
import { RANKING } from './weights.ts';

/** Characters that only ask or join (吗, 的): never a piece of content on their own. */
const FUNCTION_CHARS = new Set([
  ...'的了吗呢吧啊呀么哪谁啥咋怎什个这那些们我你他她它和与及或在是有也就都还又很把被给对从向',
]);

/** The close matches, best first; none where the query shares no meaningful piece with the plan. */
export function closeMatches(query: ParsedQuery, index: Prepared, filters: Filters = {}): Result[] {
  if (index.script !== 'han') return [];
  const { fallback: f } = RANKING;
  const sources = query.groups.flatMap((g) => [g.text, ...g.alternatives.map((a) => a.text)]);
  const stop = index.folding.stopWords;
  const pairs = new Set(sources.flatMap((s) => [...bigrams(s)]));
  const singles = new Set(
    query.groups
      .flatMap((g) => [...g.text])
      .filter((c) => isHan(c) && !FUNCTION_CHARS.has(c) && !stop.has(c)),
  );
  if (pairs.size === 0 && singles.size === 0) return [];
  const n = Math.max(1, index.docs.length);
  const texts = index.docs.map((d) => [d.title.lower, ...d.sentences.map((s) => s.lower)].join(''));
  const idf = (df: number) => Math.log(1 + n / df);
  const units: { piece: string; weight: number; inDoc: (j: number) => boolean }[] = [];
  for (const piece of pairs) {
    const inDoc = (j: number) => index.docs[j]!.bigrams.has(piece);
    const df = index.docs.filter((_, j) => inDoc(j)).length;
    if (df > 0 && df / n <= f.pairShare) units.push({ piece, weight: idf(df), inDoc });
  }
  for (const piece of singles) {
    // A single character inside a piece already counted adds nothing new.
    if (units.some((u) => u.piece.includes(piece))) continue;
    const inDoc = (j: number) => texts[j]!.includes(piece);
    const df = index.docs.filter((_, j) => inDoc(j)).length;
    if (df > 0 && df / n <= f.singleShare) units.push({ piece, weight: f.single * idf(df), inDoc });
  }
  if (units.length === 0) return [];
  const scored = index.docs
    .map((d, j) => {
      const held = units.filter((u) => u.inDoc(j));
      const inTitle = held.filter((u) => d.title.lower.includes(u.piece));
      const score =
        held.reduce((sum, u) => sum + u.weight, 0) +
        f.title * inTitle.reduce((sum, u) => sum + u.weight, 0);
      return { d, held, score };
    })
    .filter((x) => x.held.length > 0 && x.score >= f.minScore && passes(x.d, filters));
  scored.sort(
    (a, b) =>
      Number(a.d.doc.kind === 'section') - Number(b.d.doc.kind === 'section') ||
      b.score - a.score ||
      a.d.order - b.d.order,
  );
  const missing = query.groups.filter((g) => !g.weak).map((g) => g.text);
  return scored.slice(0, f.limit).map(({ d, held, score }) => ({
    doc: d.doc,
    full: false,
    missing,
    snippet: snippet(d, { ...query, groups: held.map(asGroup), phrase: [] }, 'han', index.folding),
    score,
  }));
}

const asGroup = (u: { piece: string }): Group => ({
  text: u.piece,
  alternatives: [{ text: u.piece, weight: 1, keys: [u.piece] }],
  weak: false,
});

function passes(d: PreparedDoc, filters: Filters): boolean {
  const { doc } = d;
  if (filters.part?.length && !filters.part.includes(doc.kind)) return false;
  if (filters.group?.length && !filters.group.includes(String(doc.group ?? ''))) return false;
  if (filters.body?.length && !filters.body.some((b) => doc.bodies.includes(b))) return false;
  if (filters.place?.length && !filters.place.some((p) => doc.places.includes(p))) return false;
  return true;
}
