/**
 * English words written with and without a hyphen ("start-ups" / "startups", "e-commerce" /
 * "ecommerce") are one word. The plan's hyphenated compounds are gathered once; a query word that
 * is one of them closed gets the hyphenated run as an alternative, and a hyphenated query word
 * whose closed form the plan writes gets the closed one. A closed word the plan does not write
 * ("smarthome", "datacenters") is split where its two parts are two of the plan's words it
 * writes in a row (smart home, data centres).
 */
import { distinctAlternatives } from './alternatives.ts';
import type { Group, ParsedQuery } from './query.ts';
import { contentKeys, keyOf, normalise, type Folding } from './text.ts';

export interface Compounds {
  /** the closed form's key → the keys of the plan's hyphenated run (startup → start, up) */
  split: Map<string, string[]>;
  /** every key of the plan's words, to know a closed form the plan writes */
  keys: Set<string>;
  /** the plan's neighbouring content words, as "key key" (smart home → "smart home") */
  pairs: Set<string>;
}

/** A part of a closed word shorter than this is never split off ("a" + "ward"). */
const MIN_PART = 3;

const HYPHENATED = /([a-z0-9]+)-([a-z0-9]+)/g;

export function gatherCompounds(texts: string[], folding: Folding): Compounds {
  const split = new Map<string, string[]>();
  const keys = new Set<string>();
  const pairs = new Set<string>();
  for (const text of texts) {
    const lower = normalise(text);
    const content = contentKeys(text, folding);
    for (let i = 0; i + 1 < content.length; i++) pairs.add(`${content[i]} ${content[i + 1]}`);
    for (const m of lower.matchAll(/[a-z0-9]+/g)) keys.add(keyOf(m[0], folding));
    for (const [, a, b] of lower.matchAll(HYPHENATED)) {
      if (folding.stopWords.has(a!) || folding.stopWords.has(b!)) continue;
      split.set(keyOf(a! + b!, folding), [keyOf(a!, folding), keyOf(b!, folding)]);
    }
  }
  return { split, keys, pairs };
}

/** The query with each word's other written form put in as an alternative of the same weight. */
export function withCompounds(
  query: ParsedQuery,
  compounds: Compounds,
  folding: Folding,
): ParsedQuery {
  if (query.script !== 'latin') return query;
  let groups = query.groups.map((g) => {
    const extra = g.alternatives.flatMap((a) => {
      const run =
        a.keys.length === 1
          ? (compounds.split.get(a.keys[0]!) ?? splitClosed(a.text, a.keys[0]!, compounds, folding))
          : undefined;
      return run ? [{ ...a, keys: run }] : [];
    });
    return extra.length ? withAlternatives(g, extra) : g;
  });
  // A hyphenated word typed ("e-commerce", "start-ups") that the plan writes closed or hyphenated:
  // the two words are one group, the run and the closed form its alternatives.
  for (const [, a, b] of normalise(query.text).matchAll(HYPHENATED)) {
    const closed = keyOf(a! + b!, folding);
    const k = groups.findIndex((g, i) => g.text === a && groups[i + 1]?.text === b);
    if (k < 0 || !(compounds.keys.has(closed) || compounds.split.has(closed))) continue;
    const [first, second] = [groups[k]!, groups[k + 1]!];
    const run = [...first.alternatives[0]!.keys, ...second.alternatives[0]!.keys];
    const merged: Group = {
      text: `${a}-${b}`,
      weak: false,
      alternatives: [
        { text: `${a}-${b}`, weight: 1, keys: run },
        { text: a! + b!, weight: 1, keys: [closed] },
      ],
    };
    groups = [...groups.slice(0, k), merged, ...groups.slice(k + 2)];
  }
  return { ...query, groups };
}

function withAlternatives(g: Group, extra: Group['alternatives']): Group {
  const alternatives = distinctAlternatives([...g.alternatives, ...extra]);
  return alternatives.length > g.alternatives.length ? { ...g, alternatives } : g;
}

/**
 * A closed word the plan does not write, as two of the plan's words it writes in a row
 * ("smarthome" → smart home, "datacenters" → data centres); undefined where no cut gives such a pair.
 */
export function splitClosed(
  word: string,
  key: string,
  compounds: Compounds,
  folding: Folding,
): string[] | undefined {
  if (compounds.keys.has(key) || !/^[a-z]+$/.test(word)) return undefined;
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const [a, b] = [word.slice(0, at), word.slice(at)];
    if (folding.stopWords.has(a) || folding.stopWords.has(b)) continue;
    const run = [keyOf(a, folding), keyOf(b, folding)];
    if (compounds.pairs.has(run.join(' '))) return run;
  }
  return undefined;
}
