/**
 * What a search gives back: the ranked results with their quoted sentence, the direct answers,
 * and what the page says about the reader's words (left out, absent, a correction).
 */
import type { EntityKind, SearchDoc } from './data.ts';
import type { ParsedQuery } from './query.ts';

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
  /** the reader's words only its readers' words hold (content/search.yaml `about`): said under it */
  related?: string[];
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

/** The query only asks (什么, what) and names nothing: no word was searched (query.ts asksOnly). */
export function onlyAsks(outcome: Outcome): boolean {
  return outcome.query.groups.length === 0 && outcome.query.dropped.length > 0;
}
