/**
 * The direct answers above the results: the bodies, places and topics whose name the query is,
 * holds, or is held by; and the targets ledger for a question about the plan's targets.
 */
import { entityPath, type SearchData } from './data.ts';
import type { Answer } from './outcome.ts';
import { docHolds, holdsGroup, type Prepared, type PreparedSentence } from './prepare.ts';
import type { Group, ParsedQuery, Script } from './query.ts';
import { hasRun } from './text.ts';
import { RANKING } from './weights.ts';

export interface AnswerSources {
  script: Script;
  entities: Prepared['entities'];
  entityPaths: SearchData['entityPaths'];
  targetNames: PreparedSentence[];
  targets: { path: string; count: number };
  /** the provisions, to tell the words most of them hold (AI, 人工智能) */
  docs: Prepared['docs'];
}

/** Bodies, places and topics whose name the query is, holds, or is held by; and the targets ledger. */
export function answers(query: ParsedQuery, from: AnswerSources): Answer[] {
  const { script } = from;
  const weights = RANKING.answers;
  // Only the reader's own words name a body, place or topic: a synonym would answer another question.
  const groups = query.groups
    .filter((g) => !g.weak)
    .map((g) => ({ ...g, alternatives: g.alternatives.filter((a) => a.weight === 1) }));
  if (groups.length === 0) return [];
  // A name merely holding the query's words names it only if one of them is rarer than AI or
  // 人工智能, which most provisions hold: "who is responsible for the AI plan" names no AI base.
  const least = groups.some(
    (g) =>
      from.docs.filter((d) => docHolds(d, g, script)).length <=
      RANKING.required.commonShare * from.docs.length,
  )
    ? 0
    : 1;
  const scored: { answer: Answer; rank: number }[] = [];
  for (const { entity, names } of from.entities) {
    let rank = 0;
    for (const name of names) {
      const level = nameMatch(name, query, groups, script);
      // Among names that match alike, the one the query covers most closely first ("robot" → Intelligent robots before Siasun Robot Industrial Park).
      if (level > least)
        rank = Math.max(
          rank,
          level * weights.level +
            weights.closeness * closeness(name, query, script) +
            weights.kindOrder[entity.kind],
        );
    }
    if (rank > 0) {
      scored.push({
        rank,
        answer: {
          kind: entity.kind,
          id: entity.id,
          name: entity.names[0]!,
          path: entityPath(entity, from.entityPaths),
          count: entity.provisions.length,
        },
      });
    }
  }
  // The targets ledger answers a word for targets, or an amount a target states.
  const targetWord = query.asksTargets;
  const amount =
    // a number, not a name's digit (5G)
    /\d(?![\d.]*[a-z])|亿|万元|百分/i.test(query.text) &&
    from.targetNames.some((n) => groups.some((g) => holdsGroup(n, g, script)));
  if (targetWord || amount) {
    scored.push({
      rank: weights.targets,
      answer: {
        kind: 'targets',
        id: 'targets',
        name: '',
        path: from.targets.path,
        count: from.targets.count,
      },
    });
  }
  return scored
    .sort((a, b) => b.rank - a.rank)
    .slice(0, weights.max)
    .map((s) => s.answer);
}

/**
 * The provision stating the amount a question asks for: the source of the target whose name holds
 * two or more of the query's words, half of them or more, more than any other target's ("how many
 * AI clusters": task 8's clusters), none when targets of different sources hold as many ("how big
 * will the AI industry be").
 */
export function statedIn(
  query: ParsedQuery,
  targetNames: readonly PreparedSentence[],
  sources: readonly string[],
  script: Script,
): string | undefined {
  const groups = query.groups.filter((g) => !g.weak);
  const held = targetNames.map((n) => groups.filter((g) => holdsGroup(n, g, script)).length);
  const most = Math.max(0, ...held);
  // One word in common is chance (a label's "projects", "three"): two name the target, when they
  // are half the query's words or more (not "projects" and "production" of five words asking
  // how many industries get priority for mass production projects).
  if (most < 2 || most * 2 < groups.length) return undefined;
  const best = new Set(sources.filter((_, i) => held[i] === most));
  return best.size === 1 ? [...best][0] : undefined;
}

/** How much of a name the query covers, 0–1. */
function closeness(name: PreparedSentence, query: ParsedQuery, script: Script): number {
  if (script === 'han')
    return Math.min(1, [...(query.phrase[0] ?? '')].length / Math.max(1, [...name.lower].length));
  return Math.min(1, query.phrase.length / Math.max(1, name.keys.length));
}

/** 3: the query is the name; 2: the query holds the whole name; 1: the name holds every group of the query. */
function nameMatch(
  name: PreparedSentence,
  query: ParsedQuery,
  groups: Group[],
  script: Script,
): number {
  if (script === 'han') {
    const q = query.phrase[0] ?? '';
    if (!q) return 0;
    if (name.lower === q) return 3;
    if ([...name.lower].length >= 2 && q.includes(name.lower)) return 2;
    return groups.every((g) => holdsGroup(name, g, script)) && [...q].length >= 2 ? 1 : 0;
  }
  const keys = query.phrase;
  if (keys.length === 0) return 0;
  if (name.keys.join(' ') === keys.join(' ')) return 3;
  if (name.keys.length > 0 && hasRun(keys, name.keys) && name.keys.length >= 2) return 2;
  return groups.every((g) => holdsGroup(name, g, script)) ? 1 : 0;
}
