/**
 * The search with all its stages (core.ts), given at once: the later ones (stages.ts: the
 * correction, the close matches), the provision asked for by number (by-number.ts) and a
 * Traditional edition's half (traditional.ts). For tests
 * and Node. The browser runs SearchCore and loads each stage only when a search needs it
 * (client/search-backend.ts).
 */
import { BY_NUMBER } from './by-number.ts';
import { SearchCore } from './core.ts';
import type { FoldTable } from './text.ts';
import type { SentData } from './data.ts';
import { LATER_STAGES } from './stages.ts';
import { TRADITIONAL } from './traditional.ts';

export type { Answer, Filters, Outcome, Result, Segment, Snippet } from './outcome.ts';
export { segmentsText } from './snippet.ts';

export class SearchEngine extends SearchCore {
  constructor(data: SentData, fold?: FoldTable) {
    super(data, { stages: LATER_STAGES, byNumber: BY_NUMBER, traditional: TRADITIONAL, fold });
  }
}
