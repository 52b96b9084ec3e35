/**
 * The search with all its stages (core.ts), the later ones (stages.ts: the correction, the close
 * matches) given at once: for tests and Node. The browser runs SearchCore and loads the later
 * stages only when a search reaches them (client/search-backend.ts).
 */
import { SearchCore } from './core.ts';
import type { SearchData } from './data.ts';
import { LATER_STAGES } from './stages.ts';

export type { Answer, Filters, Outcome, Result, Segment, Snippet } from './outcome.ts';
export { segmentsText } from './snippet.ts';

export class SearchEngine extends SearchCore {
  constructor(data: SearchData) {
    super(data, LATER_STAGES);
  }
}
