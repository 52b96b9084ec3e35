/**
 * A group of a query and its alternatives: the reader's word, then the plan's words for it, each
 * weighing a little less (weights.ts `synonyms`), none with the keys of an earlier one.
 */
import { contentKeys, normalise } from './text.ts';
import type { Alternative, Group, QueryContext } from './query.ts';
import { RANKING } from './weights.ts';

export function alternative(
  text: string,
  weight: number,
  ctx: QueryContext,
): Alternative | undefined {
  if (ctx.script === 'han') return text ? { text, weight, keys: [normalise(text)] } : undefined;
  const keys = contentKeys(text, ctx.folding);
  return keys.length > 0 ? { text, weight, keys } : undefined;
}

/** The alternatives in order, each kept only where no earlier one has the same keys. */
export function distinctAlternatives(alternatives: (Alternative | undefined)[]): Alternative[] {
  const seen = new Set<string>();
  return alternatives.filter((alt): alt is Alternative => {
    const keys = alt?.keys.join(' ');
    if (keys === undefined || seen.has(keys)) return false;
    seen.add(keys);
    return true;
  });
}

export function groupOf(text: string, plan: string[], ctx: QueryContext, weak = false): Group {
  const { first, step, min } = RANKING.synonyms;
  const alternatives = distinctAlternatives(
    [text, ...plan].map((t, i) =>
      alternative(t, i === 0 ? 1 : Math.max(min, first - step * (i - 1)), ctx),
    ),
  );
  return { text, alternatives, weak };
}
