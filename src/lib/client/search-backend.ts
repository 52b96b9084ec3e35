/**
 * Browser: runs a search. The engine (search/engine.ts) answers every query from the edition's
 * search data (/search/{edition}.json, loaded once), with the full Traditional table only for a
 * query holding a character the plan's own table does not know, and the stage answering a
 * provision asked for by number (search/by-number.ts) only for a query holding a number. Only when it finds no provision
 * holding every word does the page ask more, each loaded then and not before:
 *  - the search's later stages (search/stages.ts: the correction, Chinese close matches), when
 *    a search reaches them, with the table of sounds (Chinese) or the common English words;
 *  - the other language's search data, to offer that edition with its count when it has full matches;
 *  - this edition's Pagefind bundle of its other pages, with its client (search-pagefind.ts):
 *    "Elsewhere on this site".
 */
import type { SearchConfig } from '../search/config.ts';
import type { SentData } from '../search/data.ts';
import type { ByNumber } from '../search/by-number.ts';
import { SearchCore, type SearchOptions } from '../search/core.ts';
import type { Filters, Outcome } from '../search/outcome.ts';
import {
  foldQuery,
  needsFullFold,
  unpackFoldTable,
  type FoldTable,
  type PackedFoldTable,
} from '../search/text.ts';
import type { Thesaurus } from '../search/thesaurus.ts';
import { readersWordsFrom, type ReadersWords } from '../search/readers.ts';
import type { Sounds } from '../search/sounds.ts';
import type { EnglishAids } from '../search/words.ts';
import type { SitePageHit } from './search-pagefind.ts';

type LaterModule = typeof import('../search/stages.ts');

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** What a search found, and the query in the characters it was searched in when they differ from the typed ones. */
export interface Searched {
  outcome: Outcome;
  /** set when the edition says so (SearchConfig.saysFolded) and the query was converted to Simplified */
  converted?: string;
}

/** A load done once and shared; forgotten when it fails, so that the next call tries again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      loading = load();
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
}

/**
 * An edition's engine; a Traditional edition's characters lean on the page's fold table (data.ts
 * packed), and its half of the search (search/traditional.ts) is loaded beside its data.
 */
async function engineFrom(url: string, fold: FoldTable, traditional: boolean): Promise<SearchCore> {
  const [data, half] = await Promise.all([
    json<SentData>(url),
    traditional ? import('../search/traditional.ts').then((m) => m.TRADITIONAL) : undefined,
  ]);
  return new SearchCore(data, { fold, traditional: half });
}

export class SearchBackend {
  private fullFold?: Promise<FoldTable>;
  /** The files fetched when a search needs them (readers' words, sounds, English words), by URL. */
  private readonly files = new Map<string, () => Promise<unknown>>();
  /** What is loaded when first needed, each once (once: again after a failure). */
  private readonly engine = once(() =>
    engineFrom(this.config.dataUrl, this.config.fold, this.config.traditional),
  );
  private readonly otherEngine = once(() =>
    engineFrom(this.config.otherDataUrl, this.config.fold, false),
  );
  private readonly shards = once(() =>
    import('./search-thesaurus.ts').then((m) => new m.ThesaurusShards(this.config.thesaurusUrl)),
  );
  private readonly byNumber = once(() =>
    import('../search/by-number.ts').then((m): ByNumber => m.BY_NUMBER),
  );
  /** search/stages.ts: the later stages, and the readers of what the correction is given */
  private readonly later = once((): Promise<LaterModule> => import('../search/stages.ts'));
  private readonly sitePages = once(() =>
    import('./search-pagefind.ts').then(
      (m) => new m.SitePages(this.config.pagefindUrl, this.config.base),
    ),
  );

  constructor(private readonly config: SearchConfig) {}

  /** Starts loading the search data (on focus, or at once when the page opens with a query). */
  warm(): Promise<SearchCore> {
    return this.engine();
  }

  private fold(query: string, engine: SearchCore): Promise<FoldTable> {
    if (!needsFullFold(query, engine.knownChars, this.config.fold))
      return Promise.resolve(this.config.fold);
    this.fullFold ??= json<PackedFoldTable>(this.config.foldUrl).then(unpackFoldTable);
    // The small table stays in force if the full one cannot be had.
    return this.fullFold.catch(() => this.config.fold);
  }

  /** English: the thesaurus shards the query needs (search-thesaurus.ts, loaded then); none for the plan's own words. */
  private async thesaurus(query: string, engine: SearchCore): Promise<Thesaurus | undefined> {
    const letters = engine.thesaurusShards(query);
    if (letters.length === 0) return undefined;
    try {
      return await (await this.shards()).load(letters);
    } catch {
      // Searched without it; tried again next time.
      return undefined;
    }
  }

  /** A query that may ask for a provision by number: the stage answering it, given to the engine (loaded once). */
  private async numbered(query: string, engine: SearchCore): Promise<void> {
    if (engine.byNumber || !engine.asksByNumber(query)) return;
    try {
      engine.byNumber = await this.byNumber();
    } catch {
      // Searched for its words; tried again next time.
    }
  }

  /** What a query needs beyond the edition's data, each loaded only then. */
  private async needs(
    query: string,
    engine: SearchCore,
  ): Promise<SearchOptions & { fold: FoldTable }> {
    const [fold, thesaurus] = await Promise.all([
      this.fold(query, engine),
      this.thesaurus(query, engine),
      this.numbered(query, engine),
    ]);
    return { fold, thesaurus };
  }

  async search(query: string, filters: Filters, correct: boolean): Promise<Searched> {
    const engine = await this.warm();
    const needs = await this.needs(query, engine);
    const outcome = await this.searchWith(engine, query, { ...needs, filters, correct });
    const typed = query.trim().normalize('NFKC');
    const folded = foldQuery(typed, needs.fold);
    return this.config.saysFolded && folded !== typed
      ? { outcome, converted: folded }
      : { outcome };
  }

  /**
   * The engine's outcome; when it found no provision holding every word, searched again with the
   * readers' words (search/readers.ts), and with the later stages when it reached them (each
   * loaded then, once).
   */
  private async searchWith(
    engine: SearchCore,
    query: string,
    given: SearchOptions,
  ): Promise<Outcome> {
    // Once the later stages are loaded, every search reaches them: give them what they were given then.
    let options = engine.stages ? { ...given, ...(await this.aids(engine)) } : given;
    let outcome = engine.search(query, options);
    if (engine.wantsReadersWords(outcome, options)) {
      const readers = await this.readers(engine);
      if (readers) {
        options = { ...options, readers };
        outcome = engine.search(query, options);
      }
    }
    if (!engine.laterStagesWanted) return outcome;
    const [later, aids] = await Promise.all([
      this.later().catch(() => undefined),
      this.aids(engine),
    ]);
    // What the plan's words found is shown; tried again on the next search.
    if (!later) return outcome;
    engine.stages = later.LATER_STAGES;
    return engine.search(query, { ...options, ...aids });
  }

  /**
   * What the correction is given: the table of sounds (Chinese), or the common English words and
   * the glossary's English terms; each loaded once.
   */
  private async aids(
    engine: SearchCore,
  ): Promise<Pick<SearchOptions, 'sounds' | 'words' | 'terms'>> {
    if (engine.script === 'han') {
      const sounds = await this.sounds();
      return sounds ? { sounds } : {};
    }
    return (await this.english()) ?? {};
  }

  /**
   * A file a search needs, read by `parse` (hostile JSON is left out there), fetched once; when it
   * cannot be had, the search goes on without it and it is tried again next time.
   */
  private file<T>(url: string, parse: (json: unknown) => T | Promise<T>): Promise<T | undefined> {
    const load =
      (this.files.get(url) as (() => Promise<T>) | undefined) ??
      once(() => json<unknown>(url).then(parse));
    this.files.set(url, load);
    return load().catch(() => undefined);
  }

  /** English: the common words of English the correction leaves as typed, and the glossary's terms (read by the later stages' module). */
  private english(): Promise<EnglishAids | undefined> {
    return this.file(this.config.wordsUrl, async (json) =>
      (await this.later()).englishAidsFrom(json),
    );
  }

  /** Chinese: which characters sound alike, for the correction (read by the later stages' module). */
  private sounds(): Promise<Sounds | undefined> {
    return this.file(this.config.soundsUrl, async (json) => (await this.later()).soundsFrom(json));
  }

  /** The readers' words of the engine's language (this edition's, or the other language's). */
  private readers(engine: SearchCore): Promise<ReadersWords | undefined> {
    const url =
      engine.locale === this.config.locale ? this.config.readersUrl : this.config.otherReadersUrl;
    return this.file(url, readersWordsFrom);
  }

  /** How many provisions of the other language hold every word of the query (its data is fetched on the first call). */
  async otherEditionCount(query: string, filters: Filters): Promise<number> {
    // Only counted: the reader's words are not shown from it, as typed or otherwise.
    const engine = await this.otherEngine();
    const outcome = await this.searchWith(engine, query, {
      ...(await this.needs(query, engine)),
      filters,
    });
    return outcome.results.filter((r) => r.full).length;
  }

  /**
   * The second stage: this edition's other pages (About, glossary, bodies, places, topics) that
   * Pagefind finds, asked in the edition's own characters (a Simplified query in the Traditional edition).
   */
  async elsewhere(query: string): Promise<SitePageHit[]> {
    const engine = await this.warm();
    return (await this.sitePages()).search(engine.asWritten(query));
  }
}
