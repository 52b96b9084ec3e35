/**
 * The search itself, pure and the same in the browser and in tests: it parses the query, asks the
 * units, and gives the reader's words back as typed. The stages a search reaches only when the
 * plan's words do not answer it, the correction and Chinese close matches (stages.ts), are given
 * to it: engine.ts gives them at once; the browser loads them only when a search reaches them
 * (client/search-backend.ts), so that a first search does not load them.
 *   prepare.ts  the edition's data made ready once (keys, folded text) and the match tests;
 *   rank.ts     which provisions hold the query and in what order (weights.ts: the amounts);
 *   snippet.ts  the quoted sentence with its marks;
 *   answers.ts  the bodies, places, topics and the targets ledger the query names;
 *   readers.ts  the provisions' readers' words, given when no provision holds every word;
 *   suggest.ts  a correction for a misspelt query (a later stage; Chinese with sounds.ts);
 *   fallback.ts Chinese close matches when nothing is found (a later stage);
 *   outcome.ts  the types of what a search gives back.
 */
import type { Locale } from '../model/schema.ts';
import { answers, statedIn } from './answers.ts';
import { withCompounds } from './compounds.ts';
import type { ByNumber } from './by-number.ts';
import { unpacked, type SearchData, type SentData } from './data.ts';
import { mayAskByNumber } from './numerals.ts';
import type { Answer, Filters, Outcome, Result } from './outcome.ts';
import { prepare, type Prepared } from './prepare.ts';
import { parseQuery, writes, type ParsedQuery, type Script } from './query.ts';
import { anywhere, inPlanText, rank, readersAskTargets } from './rank.ts';
import { withReadersWords, withoutGuessesReadersHold, type ReadersWords } from './readers.ts';
import type { Sounds } from './sounds.ts';
import type { SuggestAids } from './suggest.ts';
import type { EnglishWords } from './words.ts';
import { trim } from './snippet.ts';
import type { Traditional } from './traditional.ts';
import { foldQuery, type FoldTable, type Folding } from './text.ts';
import { shardsFor, type Thesaurus } from './thesaurus.ts';

/** The stages a search reaches only when the plan's words do not answer it (stages.ts). */
export interface LaterStages {
  /** a correction for a misspelt query (suggest.ts) */
  suggest: (query: ParsedQuery, index: Prepared, aids?: SuggestAids) => string | undefined;
  /** Chinese close matches for a query no provision holds word for word (fallback.ts) */
  closeMatches: (query: ParsedQuery, index: Prepared, filters?: Filters) => Result[];
  /** the provision counting what a question asking for an amount names (counted.ts) */
  countedIn: (query: ParsedQuery, docs: Prepared['docs'], script: Script) => string | undefined;
}

/** What a SearchCore is given beside its data, each when it is had (engine.ts gives them all). */
export interface EngineParts {
  stages?: LaterStages;
  byNumber?: ByNumber;
  traditional?: Traditional;
  /** the search page's fold table, which a Traditional edition's data as sent leans on (data.ts packed) */
  fold?: FoldTable;
}

export interface SearchOptions {
  filters?: Filters;
  /** the full Traditional → Simplified table, when the query needs it */
  fold?: FoldTable;
  /** false: no correction is tried ("search the query as typed") */
  correct?: boolean;
  /** English: the thesaurus shards the query needs (thesaurusShards), when they could be had */
  thesaurus?: Thesaurus;
  /** Chinese: which characters sound alike (sounds.ts), for the correction, when it could be had */
  sounds?: Sounds;
  /** English: the common words of English the correction leaves as typed (words.ts), when they could be had */
  words?: EnglishWords;
  /** English: the glossary's terms the correction may put right (words.ts EnglishAids), when they could be had */
  terms?: readonly string[];
  /** the provisions' readers' words (readers.ts), for a search that found no full match without them (wantsReadersWords) */
  readers?: ReadersWords;
}

export class SearchCore {
  readonly locale: Locale;
  readonly script: Script;
  readonly folding: Folding;
  /** Every character of the plan's text and names: a query character outside it may be Traditional. */
  readonly knownChars: ReadonlySet<string>;
  private readonly index: Prepared;
  private readonly data: SearchData;
  /** the later stages, when given */
  stages?: LaterStages;
  /** the stage answering a provision asked for by number (by-number.ts), when given: see asksByNumber */
  byNumber?: ByNumber;
  /**
   * A Traditional edition's half (traditional.ts): the reader's words given back as typed. Given
   * with the edition's data: without it, they come back in Simplified characters.
   */
  traditional?: Traditional;
  /** the last search reached a later stage that was not given */
  private wanted = false;

  /**
   * `data` as sent or whole, read once (data.ts unpacked; `fold`, the search page's table, for a
   * Traditional edition's characters). Without `stages`, a search that reaches them gives what the
   * plan's words found (no correction, no close matches), and laterStagesWanted says so: give them
   * and search again.
   */
  constructor(data: SentData, given: EngineParts = {}) {
    this.stages = given.stages;
    this.byNumber = given.byNumber;
    this.traditional = given.traditional;
    this.data = unpacked(data, given.fold);
    this.locale = data.locale;
    this.index = prepare(this.data);
    this.script = this.index.script;
    this.folding = this.index.folding;
    this.knownChars = this.index.knownChars;
  }

  parse(query: string, fold?: FoldTable, thesaurus?: Thesaurus): ParsedQuery {
    const parsed = parseQuery(
      this.index.fold(fold ? foldQuery(query, fold) : query),
      this.index.context,
      thesaurus,
    );
    return withCompounds(parsed, this.index.compounds, this.folding);
  }

  /**
   * The query in the edition's own characters, for a search that knows only its pages' text
   * (Pagefind, the second stage): in a Traditional edition, each Simplified character it writes
   * otherwise, as it writes it (机器人产业 → 機器人產業); a character it also writes as it is stays.
   * Other editions: as typed.
   */
  asWritten(query: string): string {
    return this.data.chars && this.traditional
      ? this.traditional.asWritten(query, this.data)
      : query;
  }

  /**
   * English: the thesaurus shards (their first letters) a query needs, one for each letter its
   * words the plan does not write begin with; none for a query of the plan's own words, nor in Chinese.
   */
  thesaurusShards(query: string): string[] {
    if (this.script !== 'latin') return [];
    const context = this.index.context;
    return shardsFor(query, this.folding, { has: (key: string) => writes(key, context) });
  }

  /**
   * The search found no provision holding every word of a query that names something, or found
   * one only through the thesaurus's guesses for a word or (English) a body's name holding it,
   * where the readers' words may hold it; and had no readers' words (readers.ts): fetch them, and
   * search again with them.
   */
  wantsReadersWords(outcome: Outcome, options: SearchOptions): boolean {
    return (
      !options.readers &&
      outcome.query.groups.some((g) => !g.weak) &&
      !outcome.answers.some((a) => a.kind === 'provision') &&
      (!outcome.results.some((r) => r.full) ||
        outcome.query.groups.some(
          (g) =>
            g.alternatives.some((a) => a.guess) ||
            (this.script === 'latin' && !inPlanText(this.index, g)),
        ))
    );
  }

  /**
   * The query may ask for a provision by number ("task 7", 措施三): give `byNumber` before
   * searching it, or it is searched for its words alone.
   */
  asksByNumber(raw: string): boolean {
    return mayAskByNumber(raw, this.data.numbering);
  }

  /** The last search reached a later stage that was not given (its outcome lacks what that stage adds). */
  get laterStagesWanted(): boolean {
    return this.wanted;
  }

  search(raw: string, options: SearchOptions = {}): Outcome {
    this.wanted = false;
    // A provision asked for by number ("task 7", 任务七) first; the rest of the query searched after it.
    const numbered = this.byNumber?.answer(raw, this.data.numbering, this.data.docs);
    if (numbered) {
      const rest = numbered.rest ? this.search(numbered.rest, options) : undefined;
      return this.byNumber!.first(
        numbered,
        this.parse(raw, options.fold, options.thesaurus),
        rest,
        (doc, paragraph) =>
          trim(
            [
              {
                text: (doc.paragraphs[paragraph - 1] ?? []).join(this.script === 'han' ? '' : ' '),
                mark: false,
              },
            ],
            this.script,
          ),
      );
    }
    const outcome = this.searchFolded(raw, options);
    // A Traditional edition shows the reader's words as typed (traditional.ts).
    return this.data.chars && this.traditional
      ? this.traditional.asTyped(outcome, raw, this.index, options.fold)
      : outcome;
  }

  /** Bodies, places and topics the query names, and the targets ledger. */
  answers(query: ParsedQuery): Answer[] {
    return answers(query, {
      script: this.script,
      entities: this.index.entities,
      entityPaths: this.data.entityPaths,
      targetNames: this.index.targetNames,
      targets: this.data.targets,
      docs: this.index.docs,
    });
  }

  private rank(parsed: ParsedQuery, options: SearchOptions): Outcome {
    const index = options.readers ? withReadersWords(this.index, options.readers) : this.index;
    const query = options.readers ? withoutGuessesReadersHold(parsed, index) : parsed;
    const ranked = rank(query, index, options);
    const asks =
      !query.asksTargets && readersAskTargets(query, index, this.data.targets.text)
        ? { ...query, asksTargets: true }
        : query;
    const found = this.answers(asks);
    // The ledger answers an amount a provision's target states (task 8's clusters): that provision
    // leads the results as full as it, or all of them when the query asks for the amount. Where
    // no such target names it (none, or only the targets' own text, which the answer is), the
    // one provision counting it leads (how many core industries: task 6's four).
    const stating = found.some((a) => a.kind === 'targets')
      ? statedIn(query, index.targetNames, index.targetSources, this.script)
      : undefined;
    const source =
      stating && stating !== this.data.targets.text
        ? stating
        : query.asksTargets
          ? this.stage()?.countedIn(query, index.docs, this.script)
          : undefined;
    const results = source ? stated(ranked.results, source, query.asksTargets) : ranked.results;
    return { query, results, answers: found, leftOut: ranked.leftOut, absent: ranked.absent };
  }

  private searchFolded(raw: string, options: SearchOptions): Outcome {
    const query = this.parse(raw, options.fold, options.thesaurus);
    const outcome = this.rank(query, options);
    // A misspelt query: when nothing holds every word, or a piece of it is found nowhere, try the nearest names and words.
    // Chinese: a character left over between the plan's words (人工只能: 人工 + 只) may be an input-method slip too.
    const unknownPiece = query.groups.some(
      (g) => !anywhere(this.index, g) || (this.script === 'han' && g.weak),
    );
    if (
      options.correct !== false &&
      query.groups.length > 0 &&
      (unknownPiece || !outcome.results.some((r) => r.full))
    ) {
      const suggestion = this.stage()?.suggest(query, this.index, {
        sounds: options.sounds,
        words: options.words,
        terms: options.terms,
      });
      if (suggestion && suggestion !== query.text) {
        // Offered only where it finds what the query did not: a provision holding every word, or a
        // word the plan holds for one it holds nowhere (reserch areas → research areas).
        const corrected = this.rank(this.parse(suggestion, undefined, options.thesaurus), options);
        if (
          corrected.results.some((r) => r.full) ||
          (corrected.results.length > 0 && corrected.absent.length < outcome.absent.length)
        )
          return {
            ...corrected,
            query,
            suggestion,
            answers: corrected.answers.length ? corrected.answers : outcome.answers,
          };
      }
    }
    // Chinese, nothing found by the words: the provisions sharing the most of the query's content, as close matches.
    if (this.script === 'han' && outcome.results.length === 0) {
      const close = this.stage()?.closeMatches(query, this.index, options.filters) ?? [];
      if (close.length > 0) return { ...outcome, results: close };
    }
    return outcome;
  }

  /** The later stages, as a search reaches one; when they were not given, noted (laterStagesWanted). */
  private stage(): LaterStages | undefined {
    if (!this.stages) this.wanted = true;
    return this.stages;
  }
}

/**
 * `results` with the one of id `source` first among those as full as it (full before partial
 * stays), or first of all when the query asks for the amount (how many AI clusters will be set up:
 * task 8, which states it, before a provision that merely holds every word).
 */
function stated(results: Result[], source: string, asked: boolean): Result[] {
  const at = results.findIndex((r) => r.doc.id === source);
  if (at <= 0) return results;
  const it = results[at]!;
  const to = asked ? 0 : results.findIndex((r) => r.full === it.full);
  return [...results.slice(0, to), it, ...results.slice(to, at), ...results.slice(at + 1)];
}
