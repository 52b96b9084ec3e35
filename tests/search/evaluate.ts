/**
 * Scores a search against the evaluation set: the share of queries whose first result is an
 * accepted provision, whose first three hold one, the mean reciprocal rank, the answerable
 * queries that return nothing, and the share of right results whose snippet quotes the
 * provision's own text. Pure: the browser test and the benchmark feed it what they read.
 */
import { EVAL_SET, type EvalCase } from './eval-set.ts';
import { HELD_OUT } from './held-out.ts';
import { conversionDerive } from '../../src/lib/node/conversion.ts';
import { writtenEditionOf, type DerivedLocale, type Locale } from '../../src/lib/editions.ts';
import type { PlanModel } from '../../src/lib/model/model.ts';

export interface Observed {
  /** provision ids of the results, in order */
  ids: string[];
  /** the snippet shown under each result, as text */
  snippets: string[];
  /**
   * how many of the first ids are direct answers the reader accepts (the targets ledger for a
   * question about the targets, the provision asked for by number): they count as results, but
   * quote nothing, so they are left out of the quoting share
   */
  direct?: number;
}

/**
 * What a search showed, as scored: a direct answer the reader accepts (the provision asked for by
 * number, the targets ledger for a target question) counts as the first result, and is not counted
 * again among the results (the plan's section of targets); other answers are not results.
 */
export function observedWithAnswers(
  answers: { kind: string; id?: string }[],
  results: { id: string; snippet: string }[],
  accept: readonly string[],
): Required<Observed> {
  const direct = answers
    .map((a) => (a.kind === 'targets' ? 'targets' : a.kind === 'provision' ? (a.id ?? '') : ''))
    .filter((id) => id && accept.includes(id));
  const listed = results.filter((r) => !direct.includes(r.id));
  return {
    ids: [...direct, ...listed.map((r) => r.id)],
    snippets: [...direct.map(() => ''), ...listed.map((r) => r.snippet)],
    direct: direct.length,
  };
}

export interface CaseScore {
  q: string;
  accept: string[];
  ids: string[];
  rank: number | undefined;
  quoted: boolean | undefined;
}

export interface Scores {
  queries: number;
  first: number;
  top3: number;
  mrr: number;
  zero: number;
  /** of the right results found (direct answers left out), the share whose snippet quotes the provision's text */
  quoted: number;
  cases: CaseScore[];
}

/** A snippet quotes its provision when every piece between ellipses is in the provision's text. */
export function quotes(snippet: string, text: string): boolean {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const pieces = snippet
    .split(/…+/)
    .map(flat)
    .filter((p) => p.length > 0);
  return pieces.length > 0 && pieces.every((p) => flat(text).includes(p));
}

/**
 * The text a right result's snippet must quote, by result id: a provision's paragraphs, or the
 * plan's other text (the targets, the notice), in the edition's language.
 */
export function textOfIn(model: PlanModel, locale: Locale): (id: string) => string {
  return (id) =>
    (model.provisions.find((p) => p.id === id) ?? model.texts[id])?.paragraphs[locale].join(' ') ??
    '';
}

export function score<C extends Pick<EvalCase, 'q' | 'accept'>>(
  cases: C[],
  observe: (c: C) => Observed,
  textOf: (id: string) => string,
): Scores {
  const scored = cases.map((c): CaseScore => {
    const { ids, snippets, direct = 0 } = observe(c);
    const at = ids.findIndex((id) => c.accept.includes(id));
    const rank = at < 0 ? undefined : at + 1;
    return {
      q: c.q,
      accept: c.accept,
      ids,
      rank,
      quoted: at < 0 || at < direct ? undefined : quotes(snippets[at] ?? '', textOf(ids[at]!)),
    };
  });
  const n = Math.max(1, scored.length);
  const found = scored.filter((s) => s.quoted !== undefined);
  return {
    queries: scored.length,
    first: scored.filter((s) => s.rank === 1).length / n,
    top3: scored.filter((s) => s.rank !== undefined && s.rank <= 3).length / n,
    mrr: scored.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0) / n,
    zero: scored.filter((s) => s.ids.length === 0).length,
    quoted: found.filter((s) => s.quoted).length / Math.max(1, found.length),
    cases: scored,
  };
}

/** One missed case as the test report and the benchmark print it: rank, query, first results, wanted. */
export function describeMiss(c: CaseScore): string {
  return `  ${c.rank ?? '–'} “${c.q}” → ${c.ids.slice(0, 3).join(', ') || 'nothing'} (want ${c.accept.join(' | ')})`;
}

/** The cases that miss the first place, worst first: what the note and the test report show. */
export function hardest(scores: Scores, count = 10): CaseScore[] {
  return [...scores.cases]
    .filter((c) => c.rank !== 1)
    .sort((a, b) => (b.rank ?? 99) - (a.rank ?? 99))
    .slice(0, count);
}

/**
 * The evaluation cases of an edition: a written edition's own set; a generated edition's is its
 * source edition's set as its readers type it, converted the way its text is (機器人, 城市大腦).
 */
export function casesFor(locale: Locale, part: Part = 'all'): EvalCase[] {
  const source = writtenEditionOf(locale) as keyof typeof EVAL_SET;
  const held = new Set(HELD_OUT[source]);
  const cases = EVAL_SET[source].filter(
    (c) => part === 'all' || (part === 'held-out') === held.has(c.q),
  );
  if (source === locale) return cases;
  return cases.map((c) => ({
    ...c,
    q: conversionDerive()(locale as DerivedLocale, c.q),
  }));
}

/** The tuning part (synonyms, stop words and weights may be grown from its misses), the held-out part (never), or both. */
export type Part = 'tuning' | 'held-out' | 'all';
