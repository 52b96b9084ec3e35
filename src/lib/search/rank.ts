/**
 * Ranks the provisions for a parsed query. In order of precedence:
 *  1. how many of the query's required groups the provision holds (all of them: a full match;
 *     in a question of three words or more, lacking one and scoring well above the full
 *     matches ranks as one: `nearlyFull`);
 *     among full matches, provisions before the plan's other text (the notice, the targets, the
 *     introductions); among partial matches, the one holding more of the query's rarer words
 *     first, whichever it is (the preamble, holding "2030" and "plan", before a task holding "AI"),
 *     a word held in the reader's own form counting more than one held only in a synonym's or
 *     the thesaurus's (times the alternative's weight);
 *  2. whether it holds the query's content in one piece (Chinese: the exact string; English:
 *     the content words in a row), or the query names its lead body;
 *  3. a weighted count (weights.ts): rare words weigh more (idf, per alternative: "grants" →
 *     funds above support); a word in the title counts most, then the text (repeated mentions a
 *     little more), then the names of its bodies, places and topics (its lead body more);
 *     English: the query's neighbouring words in a row a little ("AI chips"); Chinese ties are
 *     broken by the query's two-character pieces in the text. A provision's readers' words
 *     (content/search.yaml `about`, when given) hold a word its own words do not, weighing less
 *     than its text (and among partial matches too); the result then names the word (`related`).
 * A group most provisions hold (人工智能, "intelligent") is not required when rarer ones are typed,
 * and then does not score; unless the plan holds none of the rarer ones (人工智能住房): then it
 * finds the closest provisions, none a full match. A name finds a provision only where the plan's
 * text (English: and its readers' words, when given) is silent on the word or the reader named
 * it: a provision is never listed only for naming a responsible body; its kind ("principles")
 * names it as its title would.
 */
import type { SearchDoc } from './data.ts';
import type { Filters, Outcome, Result } from './outcome.ts';
import {
  bigrams,
  docHolds,
  holds,
  holdsGroup,
  holdsPhrase,
  mentionsOf,
  type Prepared,
  type PreparedDoc,
  type PreparedSentence,
} from './prepare.ts';
import type { Alternative, Group, ParsedQuery, Script } from './query.ts';
import { snippet } from './snippet.ts';
import { RANKING } from './weights.ts';

/** Where one provision holds one group of the query. */
interface Held {
  /** the weight of the best alternative in its title, its text, its names (0: none) */
  title: number;
  text: number;
  /** how many times its text mentions it (each sentence's mentions, as in BM25's term frequency) */
  mentions: number;
  names: number;
  /** its readers' words hold it (content/search.yaml `about`) */
  about: number;
  /** its lead body's name holds it */
  lead: boolean;
  any: boolean;
  /** the weight of the best alternative it holds anywhere: 1 for the reader's own word */
  weight: number;
}

/** The ranked results, without the direct answers. */
export function rank(
  query: ParsedQuery,
  index: Prepared,
  { filters = {} }: { filters?: Filters },
): Omit<Outcome, 'answers'> {
  const { script } = index;
  const w = RANKING.score;
  const groups = query.groups.filter((g) => !g.weak);
  const docs = index.docs.filter((d) => passes(d.doc, filters));
  const n = Math.max(1, index.docs.length);
  const idfOf = (df: number) => inverseFrequency(df, n);
  // Each alternative weighs by how rare it is ("grants" → funds weighs more than support).
  const altIdf = groups.map((g) =>
    g.alternatives.map((a) => idfOf(docs.filter((d) => docHoldsAlternative(d, a, script)).length)),
  );
  // The plan's text (titles and sentences, not names) holds the group somewhere.
  const inText = groups.map((g) => inPlanText(index, g));
  // English: readers' words (when given) hold it, where the plan's text does not.
  const inAbout = groups.map(
    (g, i) => !inText[i] && script === 'latin' && inReadersWords(index, g),
  );
  const named = docs.map((d) => groups.length > 0 && namedByQuery(d, query, groups, script));
  const byWeight = groups.map((g) => [...g.alternatives].sort((a, b) => b.weight - a.weight));
  // Which docs hold each group, and where; a plan word listed later for a group counts a little less.
  const held: Held[][] = groups.map((g, i) =>
    docs.map((d, j) => {
      const best = (s: PreparedSentence) => bestHeld(s, g, altIdf[i]!, script);
      const title = best(d.title);
      const weights = d.sentences.map(best).filter((x) => x > 0);
      const text = Math.max(0, ...weights);
      // A name (a responsible body's, its alias's) finds a provision only where the plan's text
      // (English: and its readers' words) is silent on the word, or where the reader named it:
      // "patents" does not list every provision of the bureau also called the Intellectual
      // Property Office.
      const byName = (!inText[i] && !inAbout[i]) || named[j]!;
      // Where readers' words hold the word, its kind ("principles") still names it, as a title would.
      const names = byName
        ? Math.max(0, ...d.names.map(best))
        : inAbout[i]
          ? Math.max(0, ...d.kind.map(best))
          : 0;
      const lead = byName && d.lead.some((s) => holdsGroup(s, g, script));
      // Its readers' words (given when a search needs them: readers.ts) count only where its own
      // words are silent: they say what it is about, not how much.
      const about = title > 0 || text > 0 || names > 0 ? 0 : Math.max(0, ...d.about.map(best));
      const any = title > 0 || text > 0 || names > 0 || about > 0;
      return {
        title,
        text,
        mentions: d.sentences.reduce((sum, s) => sum + mentionsOf(s, g, script), 0),
        names,
        about,
        lead,
        any,
        // The heaviest alternative it holds: the first of them, heaviest first, that it holds.
        weight: any
          ? (byWeight[i]!.find((a) => docHoldsAlternative(d, a, script))?.weight ?? 0)
          : 0,
      };
    }),
  );
  const df = held.map((row) => row.filter((h) => h.any).length);
  // A word in the titles of many provisions ("Implement a major programme …", 实施…工程) says what
  // kind of provision it is, not what it is about: in its title it weighs as in its text.
  const titleWeight = groups.map((_, i) =>
    held[i]!.filter((h) => h.title > 0).length >= w.titleCommon ? w.text : w.title,
  );
  const common = groups.map((_, i) => df[i]! / n > RANKING.required.commonShare);
  // … unless nothing holds any rarer word (人工智能住房): then the common word finds the closest provisions.
  const rareHeld = groups.some((_, i) => !common[i] && df[i]! > 0);
  const required = groups.map((_, i) => !common[i] || !rareHeld);
  const idf = df.map(idfOf);
  const charge = query.charge;
  const chargeIdf = (charge?.alternatives ?? []).map((a) =>
    idfOf(docs.filter((d) => docHoldsAlternative(d, a, script)).length),
  );
  // Chinese: the query's two-character pieces, to tell apart provisions that tie (市知识产权局 → 知识, 产权).
  // A piece inside a word most provisions hold (人工智能) does not score either.
  const commonPieces = new Set(
    groups.filter((_, i) => !required[i]).flatMap((g) => [...bigrams(g.text)]),
  );
  const queryBigrams =
    script === 'han' ? [...bigrams(query.phrase[0] ?? '')].filter((b) => !commonPieces.has(b)) : [];
  const phrases =
    groups.length > 1 && !query.phraseInWord
      ? [query.phrase, ...phraseVariants(groups, script)]
      : [];
  // English: the query's neighbouring words ("AI chips", "tax breaks"), stop words between left out.
  const pairs =
    script === 'latin'
      ? groups
          .slice(1)
          .flatMap((g, k) =>
            required[k] || required[k + 1]
              ? [{ runs: phraseVariants([groups[k]!, g], script), k }]
              : [],
          )
      : [];

  // BM25's length normalisation: a mention in a short provision weighs more than one in a long list.
  const meanLength = index.docs.reduce((sum, d) => sum + textLength(d), 0) / n;
  const lengthFactor = (d: PreparedDoc) =>
    1 / (1 - w.lengthNorm + (w.lengthNorm * textLength(d)) / Math.max(1, meanLength));

  const scored = docs.map((d, j) => {
    let coverage = 0;
    // How much the held words tell, to order partial matches: the sum of their rarity (idf).
    let informed = 0;
    let score = 0;
    const missing: string[] = [];
    // The reader's words only its readers' words hold: the page says it was found by a related word.
    const related: string[] = [];
    groups.forEach((g, i) => {
      const h = held[i]![j]!;
      if (h.any && required[i]) {
        coverage += 1;
        // A word only its readers' words hold tells less than the plan's own words.
        // … and one held only in other words (a synonym, the thesaurus's guess) less than the reader's own.
        informed += idf[i]! * (h.about > 0 ? w.about : 1) * h.weight;
      }
      if (!h.any && required[i]) missing.push(g.text);
      if (h.about > 0 && required[i]) related.push(g.text);
      // A word most provisions hold, typed with rarer ones, tells none apart: it does not score.
      if (!required[i]) return;
      const mentions =
        h.text > 0
          ? w.text *
            h.text *
            (1 + w.repeat * Math.min(h.mentions - 1, w.repeatCap)) *
            lengthFactor(d)
          : 0;
      score +=
        (g.head ? 1 + w.head : 1) *
        (titleWeight[i]! * h.title +
          mentions +
          w.names * h.names +
          w.about * h.about +
          (h.lead ? idf[i]! * w.lead : 0));
    });
    if (queryBigrams.length > 0)
      score += w.bigram * queryBigrams.filter((b) => d.bigrams.has(b)).length;
    // A who-question: the plan's words for being in charge (负责, 统筹协调), in the title or the text.
    if (charge)
      score +=
        w.charge *
        Math.max(
          w.title * bestHeld(d.title, charge, chargeIdf, script),
          ...d.sentences.map((s) => bestHeld(s, charge, chargeIdf, script)),
        );
    for (const { runs, k } of pairs)
      if (runs.some((p) => [d.title, ...d.sentences].some((s) => holdsPhrase(s, p, script))))
        score += w.pair * Math.max(idf[k]!, idf[k + 1]!);
    const phrase =
      groups.length > 1 &&
      phrases.some(
        (p) =>
          holdsPhrase(d.title, p, script) || d.sentences.some((s) => holdsPhrase(s, p, script)),
      );
    // The query names the provision's lead body ("Big Data Bureau", 发改委的职责): its provisions first.
    const leads =
      required.some((r, i) => r && held[i]![j]!.lead) &&
      required.every(
        (r, i) => !r || held[i]![j]!.lead || held[i]![j]!.title > 0 || held[i]![j]!.text > 0,
      );
    // Chinese, a query of one word the plan writes (初创企业): the provisions holding it as typed before those holding only its synonyms.
    const typed =
      script === 'han' && groups.length === 1 && groups[0]!.alternatives[0]?.weight === 1
        ? Number(docHoldsAlternative(d, groups[0]!.alternatives[0], script))
        : 0;
    return { d, coverage, informed, phrase, leads, typed, score, missing, related };
  });
  const requiredCount = required.filter(Boolean).length;
  const standsFull = nearlyFull(scored, requiredCount);
  const matched = scored
    .filter((s) => s.coverage > 0)
    .map((s) => ({ s, full: standsFull(s) }))
    .map(({ s, full }) => ({
      s,
      key: {
        full,
        section: s.d.doc.kind === 'section',
        informed: full ? 0 : s.informed,
        coverage: full ? requiredCount : s.coverage,
        phrase: s.phrase,
        typed: s.typed,
        leads: s.leads,
        score: s.score,
        length: textLength(s.d),
        order: s.d.order,
      } satisfies MatchKey,
    }))
    .sort((a, b) => compareMatches(a.key, b.key))
    .map(({ s }) => s);
  const results: Result[] = matched.map((s) => ({
    doc: s.d.doc,
    full: s.coverage === requiredCount,
    missing: s.missing,
    ...(s.related.length ? { related: s.related } : {}),
    snippet: snippet(s.d, query, script, index.folding),
    score: s.score,
  }));
  // No provision holds every word: say which words the best partial matches leave out.
  const leftOut = results.some((r) => r.full)
    ? []
    : (results[0]?.missing ??
      groups.filter((_, i) => required[i] && df[i] === 0).map((g) => g.text));
  // Words nothing in the plan holds (over every provision and text, whatever the filters).
  const absent = groups
    .filter((g, i) => required[i] && !index.docs.some((d) => docHolds(d, g, script)))
    .map((g) => g.text);
  return { query, results, leftOut, absent };
}

/** What decides whether a match ranks as a full one. */
type Standing = { d: PreparedDoc; coverage: number; score: number };

/**
 * Which matches rank as full ones: those holding every required word and, in a question of
 * `nearWords` required words or more, a provision lacking only one of them that scores more than
 * `nearFactor` times the best full match (the word it lacks is then incidental to the question:
 * weights.ts), or, where none holds every word, any provision lacking only one (before those
 * lacking more, whatever their rarity). Decided against one figure for the whole query, so the
 * order stays a total one.
 */
function nearlyFull(scored: readonly Standing[], requiredCount: number): (s: Standing) => boolean {
  const { nearWords, nearFactor } = RANKING.required;
  const bestFull = Math.max(
    0,
    ...scored.filter((s) => s.coverage === requiredCount).map((s) => s.score),
  );
  return (s) =>
    s.coverage === requiredCount ||
    (requiredCount >= nearWords &&
      s.coverage === requiredCount - 1 &&
      s.d.doc.kind !== 'section' &&
      s.score > nearFactor * bestFull);
}

/**
 * The query's words in a row with the plan's words put in for the reader's ("smart healthcare"
 * → "intelligent healthcare"), so a synonym still earns the whole-phrase rank.
 */
function phraseVariants(groups: Group[], script: Script): string[][] {
  let combos: string[][] = [[]];
  for (const g of groups) {
    combos = combos
      .flatMap((c) =>
        g.alternatives.slice(0, RANKING.phrase.alternatives).map((a) => [...c, ...a.keys]),
      )
      .slice(0, RANKING.phrase.variants);
  }
  return script === 'han' ? combos.map((c) => [c.join('')]) : combos;
}

/** The best of a group's alternatives a sentence holds: its weight times its rarity (0: none). */
function bestHeld(s: PreparedSentence, g: Group, idf: number[], script: Script): number {
  let best = 0;
  g.alternatives.forEach((a, k) => {
    const value = a.weight * idf[k]!;
    if (value > best && holds(s, a, script)) best = value;
  });
  return best;
}

function docHoldsAlternative(d: PreparedDoc, a: Alternative, script: Script): boolean {
  return [d.title, ...d.sentences, ...d.names, ...d.about].some((s) => holds(s, a, script));
}

/**
 * The reader named one of the provision's bodies, places or topics: a name holds every word
 * of the query as typed, and the query is that name but for a word or character (RANKING.names.slack)
 * ("Intellectual Property Office" for the Municipal Intellectual Property Office, 科技局 for
 * 市科技局; not "intellectual property" nor 知识产权).
 */
function namedByQuery(
  d: PreparedDoc,
  query: ParsedQuery,
  groups: Group[],
  script: Script,
): boolean {
  const typed = groups.map((g) => ({
    ...g,
    alternatives: g.alternatives.filter((a) => a.weight === 1),
  }));
  const size = script === 'han' ? [...(query.phrase[0] ?? '')].length : query.phrase.length;
  return d.names.some(
    (name) =>
      (script === 'han' ? [...name.lower].length : name.keys.length) - size <=
        RANKING.names.slack && typed.every((g) => holdsGroup(name, g, script)),
  );
}

/** Among provisions that match alike, the shorter one is more about the query (机器人: the robotics industry task before a long list that names it). */
const textLength = (d: PreparedDoc) => d.sentences.reduce((n, s) => n + s.text.length, 0);

/** How rare a piece is among `n` texts when `df` of them hold it (weights.ts: score.idfSmoothing); rank.ts and fallback.ts. */
export function inverseFrequency(df: number, n: number): number {
  return Math.log(1 + n / (df + RANKING.score.idfSmoothing));
}

export function passes(doc: SearchDoc, filters: Filters): boolean {
  if (filters.part?.length && !filters.part.includes(doc.kind)) return false;
  // The plan's text outside the provisions has no task group or responsible body.
  if (filters.group?.length && !filters.group.includes(String(doc.group ?? ''))) return false;
  if (filters.body?.length && !filters.body.some((b) => doc.bodies.includes(b))) return false;
  if (filters.place?.length && !filters.place.some((p) => doc.places.includes(p))) return false;
  return true;
}

/**
 * A word the text stating the targets does not hold is one of its readers' words
 * (content/search.yaml `about`: "figures", 预期成果): the query asks for the targets ledger.
 */
export function readersAskTargets(
  query: ParsedQuery,
  index: Prepared,
  textId: string | undefined,
): boolean {
  const text = index.docs.find((d) => d.doc.id === textId);
  if (!text?.about.length) return false;
  const own = [text.title, ...text.sentences, ...text.names];
  return query.groups.some(
    (g) =>
      !g.weak &&
      !own.some((s) => holdsGroup(s, g, index.script)) &&
      text.about.some((s) => holdsGroup(s, g, index.script)),
  );
}

/** The plan's text (titles and sentences, not the names of bodies, places and topics) holds the group somewhere. */
export function inPlanText(index: Prepared, g: Group): boolean {
  return index.docs.some((d) =>
    [d.title, ...d.sentences].some((s) => holdsGroup(s, g, index.script)),
  );
}

/** Some provision's readers' words (when given: readers.ts) hold the group. */
export function inReadersWords(index: Prepared, g: Group): boolean {
  return index.docs.some((d) => d.about.some((s) => holdsGroup(s, g, index.script)));
}

/** Whether any provision or text holds the group at all. */
export function anywhere(index: Prepared, g: Group): boolean {
  return index.docs.some((d) => docHolds(d, g, index.script));
}

/** What orders two matches: each field a key, compared in this order (see the file's head). */
export interface MatchKey {
  /** holds every required group */
  full: boolean;
  /** the plan's other text (notice, targets, introductions): after the provisions matching alike */
  section: boolean;
  /** partial matches: the sum of the held words' rarity (idf), ordered by its band (rarityBand); 0 otherwise */
  informed: number;
  coverage: number;
  phrase: boolean;
  /** Chinese, a one-word query: holds the word as typed (1), not only its synonyms (0) */
  typed: number;
  leads: boolean;
  score: number;
  length: number;
  order: number;
}

/**
 * Partial matches: the one holding the rarer words first ("AI safety research": safety,
 * which one provision holds, before research, which many hold). The sum of the held words' idf
 * rounded to bands `partialMargin` wide: a whole number, so matches in one band are ordered by
 * the keys after it (the number of words held, the score), and the order is a total one (a
 * margin compared pairwise is not: a ≈ b and b ≈ c while a is before c).
 */
export function rarityBand(informed: number): number {
  return Math.round(informed / RANKING.score.partialMargin);
}

/**
 * The matches' order: a lexicographic comparison of their keys, hence transitive. A section of
 * the plan's text comes after the provisions among full matches, and among partial matches in
 * the same band of rarity: a partial match is ordered by what it holds before what it is.
 */
export function compareMatches(a: MatchKey, b: MatchKey): number {
  return (
    Number(b.full) - Number(a.full) ||
    rarityBand(b.informed) - rarityBand(a.informed) ||
    Number(a.section) - Number(b.section) ||
    b.coverage - a.coverage ||
    Number(b.phrase) - Number(a.phrase) ||
    b.typed - a.typed ||
    Number(b.leads) - Number(a.leads) ||
    b.score - a.score ||
    a.length - b.length ||
    a.order - b.order
  );
}
