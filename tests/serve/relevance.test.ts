/**
 * Search relevance on the built site's own data: the evaluation set (tests/search/) run through
 * the engine the search page runs (src/lib/search/engine.ts) over the files the page downloads
 * (dist/search/<edition>.json and the full Traditional table). Same code, same data as the
 * browser, without a browser: the page's wiring is tested by tests/e2e/search.spec.ts.
 * Fails below 98% in the top 3, on any answerable query with no result, or below 95% quoting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine, segmentsText } from '../../src/lib/search/engine.ts';
import type { SearchData } from '../../src/lib/search/data.ts';
import { unpackFoldTable, type PackedFoldTable } from '../../src/lib/search/text.ts';
import { EVAL_SET } from '../search/eval-set.ts';
import { casesFor, hardest, score } from '../search/evaluate.ts';
import { loadModel } from '../support/load-content.ts';
import { ROOT } from './support.ts';

const model = loadModel();
const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(ROOT, 'dist', 'search', file), 'utf-8')) as T;
const fold = unpackFoldTable(read<PackedFoldTable>('fold.json'));

/**
 * Each edition with its evaluation set; the Traditional edition with the Chinese set as a reader
 * types it there: converted to Traditional characters (機器人, 城市大腦), and as written (Simplified).
 */
const RUNS = [
  { name: 'zh', locale: 'zh', cases: EVAL_SET.zh },
  { name: 'en', locale: 'en', cases: EVAL_SET.en },
  { name: 'zh-hant, queries in Traditional', locale: 'zh-hant', cases: casesFor('zh-hant') },
  { name: 'zh-hant, queries in Simplified', locale: 'zh-hant', cases: EVAL_SET.zh },
] as const;

describe('search relevance on the built data', () => {
  for (const { name, locale, cases } of RUNS) {
    it(`${name}: the evaluation set finds its provisions`, () => {
      const engine = new SearchEngine(read<SearchData>(`${locale}.json`));
      const textOf = (id: string) =>
        model.provisions.find((p) => p.id === id)?.paragraphs[locale].join(' ') ?? '';
      const s = score(
        cases,
        (c) => {
          const { results } = engine.search(c.q, { fold });
          return {
            ids: results.map((r) => r.doc.id),
            snippets: results.map((r) => segmentsText(r.snippet.segments)),
          };
        },
        textOf,
      );
      const report =
        `${name}: ${s.queries} queries, first ${(s.first * 100).toFixed(1)}%, top 3 ${(s.top3 * 100).toFixed(1)}%, MRR ${s.mrr.toFixed(3)}, ` +
        `zero ${s.zero}, quoted ${(s.quoted * 100).toFixed(1)}%\n${hardest(s)
          .map(
            (c) =>
              `  ${c.rank ?? '–'} “${c.q}” → ${c.ids.slice(0, 3).join(', ') || 'nothing'} (want ${c.accept.join(' | ')})`,
          )
          .join('\n')}`;
      console.log(report);
      expect(s.zero, report).toBe(0);
      expect(s.top3, report).toBeGreaterThanOrEqual(0.98);
      expect(s.quoted, report).toBeGreaterThanOrEqual(0.95);
    });
  }
});

it('the evaluation set: at least 60 queries per language, of every kind, each answerable by provisions', () => {
  const provisions = new Set(model.provisions.map((p) => p.id));
  for (const locale of ['zh', 'en'] as const) {
    expect(EVAL_SET[locale].length).toBeGreaterThanOrEqual(60);
    expect(new Set(EVAL_SET[locale].map((c) => c.q)).size).toBe(EVAL_SET[locale].length);
    for (const c of EVAL_SET[locale])
      for (const id of c.accept) expect(provisions.has(id), `${c.q}: ${id}`).toBe(true);
  }
  const kinds = (l: 'zh' | 'en') => new Set(EVAL_SET[l].map((c) => c.kind));
  expect([...kinds('zh')]).toEqual(
    expect.arrayContaining([
      'exact',
      'natural',
      'synonym',
      'misspelling',
      'traditional',
      'body',
      'place',
    ]),
  );
  expect([...kinds('en')]).toEqual(
    expect.arrayContaining([
      'exact',
      'natural',
      'synonym',
      'misspelling',
      'spelling-variant',
      'body',
      'place',
    ]),
  );
});
