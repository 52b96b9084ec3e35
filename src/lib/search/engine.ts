/**
 * The search itself, pure and the same in the browser and in tests: ranks the provisions for a
 * parsed query, quotes the sentences that hold the match, finds the direct answers (bodies,
 * places, topics, the targets ledger) and a correction for a misspelt query.
 *
 * Ranking, in order of precedence:
 *  1. how many of the query's required groups the provision holds (all of them: a full match);
 *     among equals, provisions before the plan's other text (the notice, the targets, the introductions);
 *  2. whether it holds the query's content in one piece (Chinese: the exact string; English:
 *     the content words in a row), or the query names its lead body;
 *  3. a weighted count: rare words weigh more (idf); a word in the title counts most, then the
 *     text (repeated mentions a little more), then the names of its bodies, places and topics
 *     (its lead body more); Chinese ties are broken by the query's two-character pieces in the text.
 * A group most provisions hold (人工智能, "intelligent") is not required when rarer ones are typed.
 * Candidates from the Pagefind index (`found`) count as holding a group even where the exact
 * matcher does not see it (an inflection its stemmer knows).
 */
import type { Locale } from '../model/schema.ts';
import { numberedFirst } from './by-number.ts';
import { numberedAnswer } from './numbered.ts';
import {
  foldingOf,
  type EntityKind,
  type SearchData,
  type SearchDoc,
  type SearchEntity,
} from './data.ts';
import {
  parseQuery,
  recutChinese,
  type Alternative,
  type Group,
  type ParsedQuery,
  type QueryContext,
  type Script,
} from './query.ts';
import {
  editDistance,
  foldQuery,
  hasRun,
  isHan,
  normalise,
  runStarts,
  tokens,
  type FoldTable,
  type Folding,
  type Token,
} from './text.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Snippet {
  /** paragraph number (from 1): the result links to {id}-p{n} */
  paragraph: number;
  segments: Segment[];
}

export interface Result {
  doc: SearchDoc;
  full: boolean;
  /** the reader's words this result lacks (partial matches) */
  missing: string[];
  snippet: Snippet;
  score: number;
}

export interface Answer {
  /** a body, place or topic; the targets ledger; a provision asked for by its number */
  kind: EntityKind | 'targets' | 'provision';
  id: string;
  /** a provision's label ("Task 7", 重点任务 7) */
  label?: string;
  /** a provision's paragraph asked for */
  paragraph?: number;
  name: string;
  path: string;
  /** provisions it is named in (bodies: responsible for) */
  count: number;
}

export interface Outcome {
  query: ParsedQuery;
  results: Result[];
  answers: Answer[];
  /** when no provision holds every word: the words the best partial match leaves out */
  leftOut: string[];
  /** the reader's words that nothing in the plan holds, in any form (the plan does not mention them) */
  absent: string[];
  /** a nearby name or word when the query looks misspelt */
  suggestion?: string;
}

export interface Filters {
  part?: string[];
  group?: string[];
  body?: string[];
  place?: string[];
}

/** Doc ids the Pagefind index returned for an alternative's text. */
export type Found = Map<string, Set<string>>;

interface PreparedSentence {
  text: string;
  paragraph: number;
  /** English tokens (keys for matching, positions for marks) */
  tokens: Token[];
  /** content keys in order (stop words out), for runs */
  keys: string[];
  /** Chinese: the normalised text */
  lower: string;
}

interface PreparedDoc {
  doc: SearchDoc;
  order: number;
  title: PreparedSentence;
  sentences: PreparedSentence[];
  names: PreparedSentence[];
  lead: PreparedSentence[];
  /** Chinese: the two-character pieces of its text, for telling apart provisions that tie */
  bigrams: Set<string>;
}

const MAX_ANSWERS = 4;
/** Among equal matches: the more specific kind first. */
const KIND_ORDER: Record<EntityKind, number> = { place: 3, body: 2, topic: 1 };
/** A group held by more than this share of provisions is not required when rarer groups are typed. */
const COMMON_SHARE = 0.6;

export class SearchEngine {
  readonly locale: Locale;
  readonly script: Script;
  readonly folding: Folding;
  private readonly context: QueryContext;
  private readonly docs: PreparedDoc[];
  private readonly entities: { entity: SearchEntity; names: PreparedSentence[] }[];
  private readonly targetNames: PreparedSentence[];
  private readonly lexicon: string[];
  private readonly vocabularyWords: Map<string, number>;
  private readonly chars: Readonly<Record<string, string>>;
  /** An edition in Traditional characters: each of its names, by its folded form (创新券 → 創新券), for showing a correction in the edition's form. */
  private readonly editionForms: ReadonlyMap<string, string>;

  constructor(private readonly data: SearchData) {
    this.locale = data.locale;
    this.chars = data.chars ?? {};
    this.script = data.script;
    this.folding = foldingOf(data.vocabulary);
    this.docs = data.docs.map((doc, order) => ({
      doc,
      order,
      title: this.prepare(doc.title, 0),
      sentences: doc.paragraphs.flatMap((sentences, i) =>
        sentences.map((s) => this.prepare(s, i + 1)),
      ),
      names: doc.names.map((n) => this.prepare(n, 0)),
      lead: doc.lead.map((n) => this.prepare(n, 0)),
      bigrams:
        this.script === 'han'
          ? bigrams(this.fold(normalise([doc.title, ...doc.paragraphs.flat()].join(''))))
          : new Set<string>(),
    }));
    this.entities = data.entities.map((entity) => ({
      entity,
      names: entity.names.map((n) => this.prepare(n, 0)),
    }));
    this.targetNames = data.targets.names.map((n) => this.prepare(n, 0));
    const written = normalise(
      [
        ...data.docs.flatMap((d) => [d.title, ...d.paragraphs.flat(), ...d.names]),
        ...data.lexicon,
        ...data.targets.names,
      ].join('\n'),
    );
    const corpus = this.fold(written);
    this.context = {
      script: data.script,
      folding: this.folding,
      synonyms: data.vocabulary.synonyms,
      corpus,
    };
    this.knownChars = new Set([...written, ...corpus]);
    this.lexicon = data.lexicon;
    this.editionForms = new Map(
      data.chars
        ? data.lexicon
            .map(normalise)
            .filter((t) => this.fold(t) !== t)
            .map((t) => [this.fold(t), t])
        : [],
    );
    this.vocabularyWords = new Map();
    if (this.script === 'latin') {
      for (const d of this.docs)
        for (const s of [d.title, ...d.sentences, ...d.names])
          for (const t of s.tokens) {
            if (!this.folding.stopWords.has(t.word) && t.word.length > 3 && !/\d/.test(t.word))
              this.vocabularyWords.set(t.word, (this.vocabularyWords.get(t.word) ?? 0) + 1);
          }
    }
  }

  private prepare(text: string, paragraph: number): PreparedSentence {
    if (this.script === 'han')
      return { text, paragraph, tokens: [], keys: [], lower: this.fold(normalise(text)) };
    const toks = tokens(text, this.folding);
    return {
      text,
      paragraph,
      tokens: toks,
      keys: toks.filter((t) => !this.folding.stopWords.has(t.word)).map((t) => t.key),
      lower: '',
    };
  }

  /** Every character of the plan's text and names: a query character outside it may be Traditional. */
  readonly knownChars: ReadonlySet<string>;

  parse(query: string, fold?: FoldTable): ParsedQuery {
    return parseQuery(this.fold(fold ? foldQuery(query, fold) : query), this.context);
  }

  /** The edition's characters folded to the ones the search works in (see SearchData.chars); one for one. */
  private fold(text: string): string {
    if (this.script !== 'han' || !this.data.chars) return text;
    let out = '';
    for (const c of text) out += this.chars[c] ?? c;
    return out;
  }

  /** The texts to ask the Pagefind index about: every alternative of every group. */
  alternativesOf(query: ParsedQuery): string[] {
    return [
      ...new Set(
        query.groups.filter((g) => !g.weak).flatMap((g) => g.alternatives.map((a) => a.text)),
      ),
    ];
  }

  private holds(s: PreparedSentence, alt: Alternative): boolean {
    if (this.script === 'han') return s.lower.includes(alt.keys[0]!);
    return alt.keys.length === 1 ? s.keys.includes(alt.keys[0]!) : hasRun(s.keys, alt.keys);
  }

  private holdsGroup(s: PreparedSentence, g: Group): boolean {
    return g.alternatives.some((a) => this.holds(s, a));
  }

  /** The weight of the best alternative of `g` that `s` holds (0: none). */
  private groupWeight(s: PreparedSentence, g: Group): number {
    let best = 0;
    for (const a of g.alternatives) if (a.weight > best && this.holds(s, a)) best = a.weight;
    return best;
  }

  private holdsPhrase(s: PreparedSentence, phrase: string[]): boolean {
    if (phrase.length === 0) return false;
    if (this.script === 'han') return s.lower.includes(phrase[0]!);
    return phrase.length > 1 && hasRun(s.keys, phrase);
  }

  search(
    raw: string,
    options: { filters?: Filters; found?: Found; fold?: FoldTable; correct?: boolean } = {},
  ): Outcome {
    // A provision asked for by number ("task 7", 任务七) first; the rest of the query searched after it.
    const numbered = this.data.numbering
      ? numberedAnswer(raw, this.data.numbering, this.data.docs)
      : undefined;
    if (numbered) {
      const rest = numbered.rest ? this.search(numbered.rest, options) : undefined;
      return numberedFirst(numbered, this.parse(raw, options.fold), rest, (doc, paragraph) =>
        this.trim([
          {
            text: (doc.paragraphs[paragraph - 1] ?? []).join(this.script === 'han' ? '' : ' '),
            mark: false,
          },
        ]),
      );
    }
    return this.asTyped(this.searchFolded(raw, options), raw, options.fold);
  }

  /**
   * An edition in Traditional characters searches in Simplified ones (SearchData.chars), but
   * shows the reader's words as typed: the query, the words a result lacks and a correction are
   * given back in the typed characters (folding is one character for one, so a word's place in
   * the folded query is its place in the typed one), and a corrected name in the edition's form.
   */
  private asTyped(outcome: Outcome, raw: string, fold?: FoldTable): Outcome {
    if (this.script !== 'han' || !this.data.chars) return outcome;
    const typed = raw.normalize('NFKC');
    const folded = this.fold(fold ? foldQuery(raw, fold) : raw);
    if ([...typed].length !== [...folded].length) return outcome;
    const back = (s: string) => {
      const at = folded.indexOf(s);
      return at < 0 ? s : typed.slice(at, at + s.length);
    };
    return {
      ...outcome,
      query: { ...outcome.query, text: back(outcome.query.text) },
      results: outcome.results.map((r) =>
        r.missing.length ? { ...r, missing: r.missing.map(back) } : r,
      ),
      leftOut: outcome.leftOut.map(back),
      ...(outcome.suggestion
        ? { suggestion: this.inEditionForm(outcome.suggestion, folded, typed) }
        : {}),
    };
  }

  /** A folded correction in the edition's characters: the typed characters where it keeps them, the edition's own form of the name it put in. */
  private inEditionForm(suggestion: string, folded: string, typed: string): string {
    const s = [...suggestion];
    const f = [...folded];
    const t = [...typed];
    if (s.length !== f.length) return suggestion;
    const out = s.map((c, i) => (c === f[i] ? (t[i] ?? c) : c));
    const changed = s.findIndex((c, i) => c !== f[i]);
    for (const [key, form] of this.editionForms) {
      const at = suggestion.indexOf(key);
      const start = at < 0 ? -1 : [...suggestion.slice(0, at)].length;
      if (start >= 0 && start <= changed && changed < start + [...key].length) {
        out.splice(start, [...form].length, ...form);
        break;
      }
    }
    return out.join('');
  }

  private searchFolded(
    raw: string,
    options: { filters?: Filters; found?: Found; fold?: FoldTable; correct?: boolean },
  ): Outcome {
    const query = this.parse(raw, options.fold);
    let outcome = this.rank(query, options);
    // Chinese: a run that crossed a word boundary may have hidden the full match; cut it again.
    if (!outcome.results.some((r) => r.full)) {
      const full = (o: Outcome) => o.results.filter((r) => r.full).length;
      for (const variant of recutChinese(query, this.context)) {
        const again = this.rank(variant, options);
        if (full(again) > full(outcome)) outcome = again;
      }
    }
    // A misspelt query: when nothing holds every word, or a piece of it is found nowhere, try the nearest names and words.
    const unknownPiece = query.groups.some(
      (g) =>
        !this.docs.some((d) =>
          [d.title, ...d.sentences, ...d.names].some((x) => this.holdsGroup(x, g)),
        ),
    );
    if (
      options.correct !== false &&
      query.groups.length > 0 &&
      (unknownPiece || !outcome.results.some((r) => r.full))
    ) {
      const suggestion = this.suggest(query);
      if (suggestion && suggestion !== query.text) {
        // Offered only where it finds what the query did not: a provision holding every word.
        const corrected = this.rank(this.parse(suggestion), options);
        if (corrected.results.some((r) => r.full))
          return {
            ...corrected,
            query,
            suggestion,
            answers: corrected.answers.length ? corrected.answers : outcome.answers,
          };
      }
    }
    return outcome;
  }

  private rank(
    query: ParsedQuery,
    { filters = {}, found }: { filters?: Filters; found?: Found },
  ): Outcome {
    const groups = query.groups.filter((g) => !g.weak);
    const docs = this.docs.filter((d) => passes(d.doc, filters));
    const n = Math.max(1, this.docs.length);
    // Which docs hold each group, and where; a plan word listed later for a group counts a little less.
    const held = groups.map((g) =>
      docs.map((d) => {
        const title = this.groupWeight(d.title, g);
        const weights = d.sentences.map((s) => this.groupWeight(s, g)).filter((w) => w > 0);
        const text = Math.max(0, ...weights);
        const names = Math.max(0, ...d.names.map((s) => this.groupWeight(s, g)));
        const lead = d.lead.some((s) => this.holdsGroup(s, g));
        const index = !!found && g.alternatives.some((a) => found.get(a.text)?.has(d.doc.id));
        return {
          title,
          text,
          sentences: weights.length,
          names,
          lead,
          index,
          any: title > 0 || text > 0 || names > 0 || index,
        };
      }),
    );
    const df = held.map((row) => row.filter((h) => h.any).length);
    const common = groups.map((_, i) => df[i]! / n > COMMON_SHARE);
    const required = groups.map((_, i) => !common[i] || common.every(Boolean));
    const idf = df.map((d) => Math.log(1 + n / (d + 0.5)));
    // Chinese: the query's two-character pieces, to tell apart provisions that tie (市知识产权局 → 知识, 产权).
    const queryBigrams = this.script === 'han' ? [...bigrams(query.phrase[0] ?? '')] : [];
    const phrases = groups.length > 1 ? [query.phrase, ...this.phraseVariants(groups)] : [];

    const scored = docs.map((d, j) => {
      let coverage = 0;
      let score = 0;
      const missing: string[] = [];
      groups.forEach((g, i) => {
        const h = held[i]![j]!;
        if (h.any && required[i]) coverage += 1;
        if (!h.any && required[i]) missing.push(g.text);
        const mentions = h.text > 0 ? h.text * (1 + 0.25 * Math.min(h.sentences - 1, 3)) : 0;
        const where =
          2.5 * h.title +
          mentions +
          0.6 * h.names +
          (h.lead ? 0.8 : 0) +
          (h.index && !h.title && !h.text && !h.names ? 0.4 : 0);
        score += idf[i]! * where;
      });
      if (queryBigrams.length > 0)
        score += 0.05 * queryBigrams.filter((b) => d.bigrams.has(b)).length;
      const phrase =
        groups.length > 1 &&
        phrases.some(
          (p) => this.holdsPhrase(d.title, p) || d.sentences.some((s) => this.holdsPhrase(s, p)),
        );
      // The query names the provision's lead body ("Big Data Bureau", 发改委的职责): its provisions first.
      const leads =
        required.some((r, i) => r && held[i]![j]!.lead) &&
        required.every(
          (r, i) => !r || held[i]![j]!.lead || held[i]![j]!.title > 0 || held[i]![j]!.text > 0,
        );
      return { d, coverage, phrase, leads, score, missing };
    });
    const requiredCount = required.filter(Boolean).length;
    const matched = scored.filter((s) => s.coverage > 0);
    const section = (x: { d: PreparedDoc }) => Number(x.d.doc.kind === 'section');
    matched.sort(
      (a, b) =>
        b.coverage - a.coverage ||
        section(a) - section(b) ||
        Number(b.phrase) - Number(a.phrase) ||
        Number(b.leads) - Number(a.leads) ||
        b.score - a.score ||
        textLength(a.d) - textLength(b.d) ||
        a.d.order - b.d.order,
    );
    const results: Result[] = matched.map((s) => ({
      doc: s.d.doc,
      full: s.coverage === requiredCount,
      missing: s.missing,
      snippet: this.snippet(s.d, query),
      score: s.score,
    }));
    // No provision holds every word: say which words the best partial matches leave out.
    const leftOut = results.some((r) => r.full)
      ? []
      : (results[0]?.missing ??
        groups.filter((_, i) => required[i] && df[i] === 0).map((g) => g.text));
    // Words nothing in the plan holds (over every provision and text, whatever the filters).
    const absent = groups
      .filter(
        (g, i) =>
          required[i] &&
          !this.docs.some((d) =>
            [d.title, ...d.sentences, ...d.names].some((x) => this.holdsGroup(x, g)),
          ),
      )
      .map((g) => g.text);
    return { query, results, answers: this.answers(query), leftOut, absent };
  }

  /**
   * The query's words in a row with the plan's words put in for the reader's ("smart healthcare"
   * → "intelligent healthcare"), so a synonym still earns the whole-phrase rank. At most 32.
   */
  private phraseVariants(groups: Group[]): string[][] {
    let combos: string[][] = [[]];
    for (const g of groups) {
      combos = combos
        .flatMap((c) => g.alternatives.slice(0, 4).map((a) => [...c, ...a.keys]))
        .slice(0, 32);
    }
    return this.script === 'han' ? combos.map((c) => [c.join('')]) : combos;
  }

  /** The sentence (or two) that hold the most of the query, with the matches marked. */
  private snippet(d: PreparedDoc, query: ParsedQuery): Snippet {
    const groups = query.groups.filter((g) => !g.weak);
    const coverOf = (s: PreparedSentence) => groups.filter((g) => this.holdsGroup(s, g));
    const ranked = d.sentences
      .map((s, i) => ({ s, i, cover: coverOf(s), phrase: this.holdsPhrase(s, query.phrase) }))
      .filter((x) => x.cover.length > 0)
      .sort(
        (a, b) =>
          Number(b.phrase) - Number(a.phrase) || b.cover.length - a.cover.length || a.i - b.i,
      );
    const best = ranked[0];
    if (!best) {
      const first = d.sentences[0];
      return {
        paragraph: first?.paragraph ?? 1,
        segments: first ? this.trim([{ text: first.text, mark: false }]) : [],
      };
    }
    const picked = [best];
    const rest = groups.filter((g) => !best.cover.includes(g));
    const second = ranked.find(
      (x) =>
        x !== best && x.s.paragraph === best.s.paragraph && x.cover.some((g) => rest.includes(g)),
    );
    if (second) picked.push(second);
    picked.sort((a, b) => a.i - b.i);
    const segments: Segment[] = [];
    picked.forEach((x, k) => {
      const part = this.trim(this.marks(x.s, groups));
      if (k > 0) {
        // One ellipsis between two sentences, whether or not either was cut there.
        while (segments.length && isEllipsis(segments[segments.length - 1]!)) segments.pop();
        while (part.length && isEllipsis(part[0]!)) part.shift();
        segments.push({ text: this.script === 'han' ? '……' : ' … ', mark: false });
      }
      segments.push(...part);
    });
    return { paragraph: best.s.paragraph, segments };
  }

  /** A sentence as segments, its matches marked. */
  marks(s: PreparedSentence, groups: Group[]): Segment[] {
    const ranges: [number, number][] = [];
    for (const g of groups) {
      for (const alt of g.alternatives) {
        if (this.script === 'han') {
          const needle = alt.keys[0]!;
          if (!needle) continue;
          for (
            let at = s.lower.indexOf(needle);
            at >= 0;
            at = s.lower.indexOf(needle, at + needle.length)
          )
            ranges.push([at, at + needle.length]);
        } else {
          const content = s.tokens.filter((t) => !this.folding.stopWords.has(t.word));
          for (const start of runStarts(
            content.map((t) => t.key),
            alt.keys,
          )) {
            ranges.push([content[start]!.start, content[start + alt.keys.length - 1]!.end]);
          }
        }
      }
    }
    ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    // Neighbouring matches with only spaces between them are one mark ("innovation vouchers").
    for (let i = 1; i < ranges.length; i++) {
      const prev = ranges[i - 1]!;
      const cur = ranges[i]!;
      if (cur[0] >= prev[1] && /^\s*$/.test(s.text.slice(prev[1], cur[0]))) {
        prev[1] = Math.max(prev[1], cur[1]);
        ranges.splice(i, 1);
        i -= 1;
      }
    }
    const segments: Segment[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (end <= at) continue;
      const from = Math.max(start, at);
      if (from > at) segments.push({ text: s.text.slice(at, from), mark: false });
      // English: a run's words are marked together with the spaces between them.
      segments.push({ text: s.text.slice(from, end), mark: true });
      at = end;
    }
    if (at < s.text.length) segments.push({ text: s.text.slice(at), mark: false });
    return segments;
  }

  /** Cuts a long sentence to a window around its first mark, with an ellipsis where it was cut. */
  trim(segments: Segment[]): Segment[] {
    const max = this.script === 'han' ? 96 : 280;
    const text = segments.map((s) => s.text).join('');
    if ([...text].length <= max) return segments;
    const firstMark = segments.findIndex((s) => s.mark);
    const markAt =
      firstMark < 0 ? 0 : segments.slice(0, firstMark).reduce((n, s) => n + s.text.length, 0);
    let from = Math.max(0, markAt - Math.floor(max / 3));
    let to = Math.min(text.length, from + max);
    from = Math.max(0, to - max);
    // Never cut inside a marked match.
    let pos = 0;
    for (const s of segments) {
      if (s.mark && pos < to && pos + s.text.length > to) to = pos + s.text.length;
      pos += s.text.length;
    }
    if (this.script === 'latin') {
      // Cut at word boundaries.
      while (from > 0 && /\S/.test(text[from - 1]!)) from += 1;
    }
    const out: Segment[] = [];
    pos = 0;
    for (const s of segments) {
      const a = Math.max(pos, from);
      const b = Math.min(pos + s.text.length, to);
      if (b > a) out.push({ text: s.text.slice(a - pos, b - pos), mark: s.mark });
      pos += s.text.length;
    }
    const last = out.length - 1;
    if (this.script === 'latin' && to < text.length && out[last] && !out[last]!.mark) {
      out[last] = { ...out[last]!, text: out[last]!.text.replace(/\s*\S*$/, '') };
    }
    if (from > 0) out.unshift({ text: '…', mark: false });
    if (to < text.length) out.push({ text: '…', mark: false });
    return out.filter((s) => s.text.length > 0);
  }

  /** Bodies, places and topics whose name the query is, holds, or is held by; and the targets ledger. */
  answers(query: ParsedQuery): Answer[] {
    // Only the reader's own words name a body, place or topic: a synonym would answer another question.
    const groups = query.groups
      .filter((g) => !g.weak)
      .map((g) => ({ ...g, alternatives: g.alternatives.filter((a) => a.weight === 1) }));
    if (groups.length === 0) return [];
    const scored: { answer: Answer; rank: number }[] = [];
    for (const { entity, names } of this.entities) {
      let rank = 0;
      for (const name of names) {
        const level = this.nameMatch(name, query, groups);
        // Among names that match alike, the one the query covers most closely first ("robot" → Intelligent robots before Siasun Robot Industrial Park).
        if (level > 0)
          rank = Math.max(
            rank,
            level * 100 + 50 * this.closeness(name, query) + KIND_ORDER[entity.kind],
          );
      }
      if (rank > 0) {
        scored.push({
          rank,
          answer: {
            kind: entity.kind,
            id: entity.id,
            name: entity.name,
            path: entity.path,
            count: entity.provisions.length,
          },
        });
      }
    }
    // The targets ledger answers a word for targets, or an amount a target states.
    const targetWord = query.asksTargets;
    const amount =
      /\d|亿|万元|百分/.test(query.text) &&
      this.targetNames.some((n) => groups.some((g) => this.holdsGroup(n, g)));
    if (targetWord || amount) {
      scored.push({
        rank: 250,
        answer: {
          kind: 'targets',
          id: 'targets',
          name: '',
          path: this.data.targets.path,
          count: this.data.targets.count,
        },
      });
    }
    return scored
      .sort((a, b) => b.rank - a.rank)
      .slice(0, MAX_ANSWERS)
      .map((s) => s.answer);
  }

  /** How much of a name the query covers, 0–1. */
  private closeness(name: PreparedSentence, query: ParsedQuery): number {
    if (this.script === 'han')
      return Math.min(1, [...(query.phrase[0] ?? '')].length / Math.max(1, [...name.lower].length));
    return Math.min(1, query.phrase.length / Math.max(1, name.keys.length));
  }

  /** 3: the query is the name; 2: the query holds the whole name; 1: the name holds every group of the query. */
  private nameMatch(name: PreparedSentence, query: ParsedQuery, groups: Group[]): number {
    if (this.script === 'han') {
      const q = query.phrase[0] ?? '';
      if (!q) return 0;
      if (name.lower === q) return 3;
      if ([...name.lower].length >= 2 && q.includes(name.lower)) return 2;
      return groups.every((g) => this.holdsGroup(name, g)) && [...q].length >= 2 ? 1 : 0;
    }
    const keys = query.phrase;
    if (keys.length === 0) return 0;
    if (name.keys.join(' ') === keys.join(' ')) return 3;
    if (name.keys.length > 0 && hasRun(keys, name.keys) && name.keys.length >= 2) return 2;
    return groups.every((g) => this.holdsGroup(name, g)) ? 1 : 0;
  }

  /** A correction for a misspelt query: the nearest glossary name (Chinese) or the nearest words of the plan (English). */
  suggest(query: ParsedQuery): string | undefined {
    if (this.script === 'han') {
      const q = query.phrase[0] ?? query.text;
      const qChars = [...q];
      // Only a piece the plan holds nowhere is a typo (卷 in 创新卷); a window to correct must touch it.
      const unknown = new Set(
        query.groups
          .filter((g) => !this.context.corpus?.includes(g.alternatives[0]?.keys[0] ?? ''))
          .flatMap((g) => [...g.text]),
      );
      if (qChars.length < 2 || unknown.size === 0) return undefined;
      let best: { text: string; len: number } | undefined;
      for (const term of this.lexicon) {
        const t = this.fold(normalise(term));
        const tChars = [...t];
        if (tChars.length < 3 || !tChars.every(isHan)) continue;
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
    const words = tokens(query.text, this.folding).map((t) => t.word);
    let changed = false;
    const fixed = words.map((w) => {
      if (this.folding.stopWords.has(w) || w.length < 4 || /\d/.test(w)) return w;
      const known = query.groups.find((g) => g.text === w);
      if (
        known &&
        this.docs.some((d) =>
          [d.title, ...d.sentences, ...d.names].some((s) => this.holdsGroup(s, known)),
        )
      )
        return w;
      let best: { word: string; d: number; f: number } | undefined;
      const cap = w.length >= 8 ? 2 : 1;
      for (const [word, f] of this.vocabularyWords) {
        const d = editDistance(w, word, cap);
        if (d <= cap && (!best || d < best.d || (d === best.d && f > best.f)))
          best = { word, d, f };
      }
      if (best) {
        changed = true;
        return best.word;
      }
      return w;
    });
    return changed ? fixed.join(' ') : undefined;
  }
}

/** The two-character pieces of a Chinese text. */
function bigrams(text: string): Set<string> {
  const chars = [...text].filter(isHan);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Among provisions that match alike, the shorter one is more about the query (机器人: the robotics industry task before a long list that names it). */
const textLength = (d: PreparedDoc) => d.sentences.reduce((n, s) => n + s.text.length, 0);

const isEllipsis = (s: Segment) => !s.mark && /^\s*…+\s*$/.test(s.text);

function passes(doc: SearchDoc, filters: Filters): boolean {
  if (filters.part?.length && !filters.part.includes(doc.kind)) return false;
  // The plan's text outside the provisions has no task group or responsible body.
  if (filters.group?.length && !filters.group.includes(String(doc.group ?? ''))) return false;
  if (filters.body?.length && !filters.body.some((b) => doc.bodies.includes(b))) return false;
  if (filters.place?.length && !filters.place.some((p) => doc.places.includes(p))) return false;
  return true;
}

/** Plain text of segments (for tests and the "quotes its own text" measure). */
export function segmentsText(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}
