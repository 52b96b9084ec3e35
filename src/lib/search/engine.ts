/**
 * The search with all its stages (core.ts), close matches (fallback.ts) included: for tests and
 * Node. The browser runs SearchCore and loads the close matches only when a search finds nothing
 * (client/search-backend.ts).
 */
import { SearchCore } from './core.ts';
import type { SearchData } from './data.ts';
import { closeMatches } from './fallback.ts';

export type { Answer, Filters, Outcome, Result, Segment, Snippet } from './outcome.ts';
export { segmentsText } from './snippet.ts';

export class SearchEngine extends SearchCore {
  constructor(data: SearchData) {
    super(data, closeMatches);
  }
}
