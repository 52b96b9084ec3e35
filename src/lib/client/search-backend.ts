/**
 * Browser: runs a search. Loads the language's search data once (/search/{locale}.json), the
 * full Traditional table only for a query holding a character the plan's own table does not
 * know, and the Pagefind index only when the exact matcher finds nothing: its stemmed,
 * segmented index may find a word form the matcher does not, and its finds then count.
 */
import type { SearchConfig } from '../search/config.ts';
import type { SearchData } from '../search/data.ts';
import { SearchEngine, type Filters, type Found, type Outcome } from '../search/engine.ts';
import {
  needsFullFold,
  unpackFoldTable,
  type FoldTable,
  type PackedFoldTable,
} from '../search/text.ts';

interface PagefindSearch {
  filters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<unknown>;
  search(q: string, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export class SearchBackend {
  private engine?: Promise<SearchEngine>;
  private fullFold?: Promise<FoldTable>;
  private pagefind?: Promise<Pagefind>;

  constructor(private readonly config: SearchConfig) {}

  /** Starts loading the search data (on focus, or at once when the page opens with a query). */
  warm(): Promise<SearchEngine> {
    this.engine ??= json<SearchData>(this.config.dataUrl).then((data) => new SearchEngine(data));
    this.engine.catch(() => {
      this.engine = undefined;
    });
    return this.engine;
  }

  private fold(query: string, engine: SearchEngine): Promise<FoldTable> {
    if (!needsFullFold(query, engine.knownChars, this.config.fold))
      return Promise.resolve(this.config.fold);
    this.fullFold ??= json<PackedFoldTable>(this.config.foldUrl).then(unpackFoldTable);
    // The small table stays in force if the full one cannot be had.
    return this.fullFold.catch(() => this.config.fold);
  }

  private loadPagefind(): Promise<Pagefind> {
    this.pagefind ??= (
      import(/* @vite-ignore */ `${this.config.pagefindUrl}pagefind.js`) as Promise<Pagefind>
    ).then(async (pf) => {
      await pf.options({ baseUrl: this.config.base, noWorker: true });
      await pf.init();
      // Filter counts (which provision ids a search found) come only once the filters are loaded.
      await pf.filters();
      return pf;
    });
    return this.pagefind;
  }

  /** The provisions Pagefind finds for each text (each provision page carries its id as a filter value). */
  private async found(texts: string[]): Promise<Found> {
    const pf = await this.loadPagefind();
    const found: Found = new Map();
    for (const text of texts) {
      const search = await pf.search(text);
      const ids = Object.entries(search?.filters?.['id'] ?? {})
        .filter(([, n]) => n > 0)
        .map(([id]) => id);
      found.set(text, new Set(ids));
    }
    return found;
  }

  async search(query: string, filters: Filters, correct: boolean): Promise<Outcome> {
    const engine = await this.warm();
    const fold = await this.fold(query, engine);
    return engine.search(query, { filters, fold, correct });
  }

  /**
   * A second chance for a query the exact matcher found nothing for: asks the Pagefind index
   * (stemmed, segmented) about each word, and searches again counting its finds. Undefined when
   * it finds nothing more. Loaded only here, so most searches never fetch Pagefind.
   */
  async fallback(
    query: string,
    filters: Filters,
    correct: boolean,
    first: Outcome,
  ): Promise<Outcome | undefined> {
    if (first.results.length > 0 || first.query.groups.length === 0) return undefined;
    const engine = await this.warm();
    const fold = await this.fold(query, engine);
    const found = await this.found(engine.alternativesOf(first.query));
    const outcome = engine.search(query, { filters, fold, found, correct });
    return outcome.results.length > 0 ? outcome : undefined;
  }
}
