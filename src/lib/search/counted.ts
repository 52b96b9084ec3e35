/**
 * A question asking for an amount that no provision's target names (answers.ts statedIn): the
 * provision counting it. A later stage (stages.ts): only such a question loads it.
 */
import { docHolds, holdsGroup, type PreparedDoc, type PreparedSentence } from './prepare.ts';
import type { ParsedQuery, Script } from './query.ts';
import { RANKING } from './weights.ts';

/**
 * A number a provision counts with, not a year: English, a word of its own (four core industries);
 * Chinese, with its measure word (四大核心产业, 5个左右…产业集群).
 */
const COUNT_LATIN =
  /^(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred)$/;
const COUNT_HAN = /(?:\d{1,3}|[二三四五六七八九十两百]+)[个家项大类条](?:左右)?/g;

/**
 * The provision counting what a question asking for an amount names, where no target does ("how
 * many core industries": task 6's four core industries; 有几个相关产业: 六大相关产业): the one
 * provision whose text holds a number followed, within four words (Chinese: twelve characters),
 * by two of the query's words that most provisions do not hold (its only one, if one; English:
 * of the noun phrase the question opens with); none when two provisions do.
 */
export function countedIn(
  query: ParsedQuery,
  docs: readonly PreparedDoc[],
  script: Script,
): string | undefined {
  // English: what is counted is the noun phrase the question opens with, up to its head ("how
  // many core AI sectors will the city focus on": core AI sectors, not focus); and of it, the
  // words the plan holds.
  const words = query.groups.filter((g) => !g.weak);
  const head = script === 'latin' ? words.findIndex((g) => g.head) : -1;
  const named = head >= 0 ? words.slice(0, head + 1) : words;
  const held = named.map((g) => docs.filter((d) => docHolds(d, g, script)).length);
  const all = named.filter((_, i) => held[i]! > 0);
  // A word most provisions hold (AI) tells none apart, as in ranking (rank.ts `required`).
  const rare = named.filter(
    (_, i) => held[i]! > 0 && held[i]! <= RANKING.required.commonShare * docs.length,
  );
  const groups = rare.length > 0 ? rare : all;
  const need = Math.min(2, groups.length);
  if (need === 0) return undefined;
  const counts = (s: PreparedSentence) =>
    spansAfterNumbers(s, script).some(
      (span) => groups.filter((g) => holdsGroup(span, g, script)).length >= need,
    );
  // The provisions, not the plan's other text (the targets ledger's own amounts, the years).
  const found = docs.filter((d) => d.doc.kind !== 'section' && d.sentences.some(counts));
  return found.length === 1 ? found[0]!.doc.id : undefined;
}

/** What follows each number a sentence counts with, as a sentence of its own. */
function spansAfterNumbers(s: PreparedSentence, script: Script): PreparedSentence[] {
  if (script === 'han')
    return [...s.lower.matchAll(COUNT_HAN)].map((m) => {
      const from = m.index + m[0].length;
      return { ...s, lower: s.lower.slice(from, from + 12) };
    });
  return s.keys.flatMap((k, i) =>
    COUNT_LATIN.test(k) ? [{ ...s, keys: s.keys.slice(i + 1, i + 5) }] : [],
  );
}
