/**
 * A provision asked for by its number ("task 7", 任务七, 任務7 第2段) comes first: as a direct
 * answer linking the provision (and the paragraph asked for), and as the first result, quoting
 * that paragraph. What else the query holds ("task 7 robots") is searched as usual after it; a
 * query that is only the number lists only that provision.
 *
 * A stage of its own (BY_NUMBER, with numbered.ts): the browser loads it only for a query that
 * may ask by number (numerals.ts mayAskByNumber), so that a first search of words does not.
 */
import type { Answer, Outcome, Result, Segment } from './outcome.ts';
import type { ParsedQuery } from './query.ts';
import { numberedAnswer, type NumberedAnswer } from './numbered.ts';

/** What a search needs to answer a provision asked for by number: finding it, and putting it first. */
export interface ByNumber {
  answer: typeof numberedAnswer;
  first: typeof numberedFirst;
}

export const BY_NUMBER: ByNumber = { answer: numberedAnswer, first: numberedFirst };

/** The outcome with the numbered provision first. `rest` is the outcome of the rest of the query, if it had any. */
export function numberedFirst(
  answer: NumberedAnswer,
  query: ParsedQuery,
  rest: Outcome | undefined,
  quote: (doc: NumberedAnswer['doc'], paragraph: number) => Segment[],
): Outcome {
  const { doc, paragraph } = answer;
  const shown = paragraph ?? 1;
  const result: Result = {
    doc,
    full: true,
    missing: [],
    snippet: {
      paragraph: shown,
      segments: quote(doc, shown),
    },
    score: Number.POSITIVE_INFINITY,
  };
  const direct: Answer = {
    kind: 'provision',
    id: doc.id,
    label: doc.label,
    name: doc.title,
    path: paragraph ? `${doc.path}#${doc.id}-p${paragraph}` : doc.path,
    count: 0,
    ...(paragraph ? { paragraph } : {}),
  };
  const others = rest?.results.filter((r) => r.doc.id !== doc.id) ?? [];
  return {
    query: rest?.query ?? query,
    results: [result, ...others],
    answers: [direct, ...(rest?.answers ?? [])],
    leftOut: [],
    absent: rest?.absent ?? [],
    ...(rest?.suggestion ? { suggestion: rest.suggestion } : {}),
  };
}
