/**
 * Search relevance on the built site's own data: the evaluation set (tests/search/) run through
 * the engine the search page runs (src/lib/search/engine.ts) over the files the page downloads
 * (dist/search/<edition>.json and the full Traditional table). Same code, same data as the
 * browser, without a browser: the page's wiring is tested by tests/e2e/search.spec.ts.
 * Fails, in either part, on any answerable query with no result, below 90 % first, below the
 * part's top-3 bar (tuning 98 %, held-out 97 %), or below 95 % quoting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine, segmentsText } from '../../src/lib/search/engine.ts';
import { unpackFoldTable, type PackedFoldTable } from '../../src/lib/search/text.ts';
import { mergeShards } from '../../src/lib/search/thesaurus.ts';
import { readersWordsFrom } from '../../src/lib/search/readers.ts';
import { soundsFrom } from '../../src/lib/search/sounds.ts';
import { englishAidsFrom } from '../../src/lib/search/words.ts';
import { EVAL_SET } from '../search/eval-set.ts';
import {
  casesFor,
  describeMiss,
  hardest,
  observedWithAnswers,
  score,
  textOfIn,
  type Part,
  type Scores,
} from '../search/evaluate.ts';
import type { EvalCase } from '../search/eval-set.ts';
import { LOCALES, writtenEditionOf, type Locale } from '../../src/lib/editions.ts';
import { FRESH_SET } from '../search/fresh-set.ts';
import { WRITER_SET } from '../search/writer-set.ts';
import { GAP_SET } from '../search/gap-set.ts';
import { DEV_SET } from '../search/dev-set.ts';
import { OUTSIDE_SET } from '../search/outside-set.ts';
import { PROBE_SET, probePart } from '../search/probe-set.ts';
import { conversionDerive } from '../../src/lib/node/conversion.ts';
import { loadModel } from '../support/load-content.ts';
import { ROOT, engineAsRead } from './support.ts';

const model = loadModel();
const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(ROOT, 'dist', 'search', file), 'utf-8')) as T;
const fold = unpackFoldTable(read<PackedFoldTable>('fold.json'));
/** Which Chinese characters sound alike, fetched by a Chinese search that reaches the correction. */
const sounds = soundsFrom(read<unknown>('zh-sounds.json'));
/** The common English words the correction leaves as typed and the glossary's terms, fetched by an English search that reaches the correction. */
const { words, terms } = englishAidsFrom(read<unknown>('en-words.json'));
/** Each written language's readers' words, fetched by a search that needs them (search-backend.ts). */
const readers = {
  zh: readersWordsFrom(read<unknown>('zh-readers.json')),
  en: readersWordsFrom(read<unknown>('en-readers.json')),
};
/** The English thesaurus's shards a query needs, as the search page fetches them (search-backend.ts). */
const thesaurusFor = (engine: SearchEngine, q: string) => {
  const letters = engine.thesaurusShards(q);
  return letters.length
    ? mergeShards(letters.map((l) => read<unknown>(join('en-thesaurus', `${l}.json`))))
    : undefined;
};

/**
 * Each edition with its evaluation set, in its two parts: the tuning part (the search's vocabulary
 * may be grown from its misses) and the held-out part (tests/search/held-out.ts: never tuned on).
 * The Traditional edition with the Chinese set as a reader types it there: converted to
 * Traditional characters (機器人, 城市大腦), and as written (Simplified).
 */
const EDITION_RUNS = [
  { name: 'zh', locale: 'zh', as: 'zh' },
  { name: 'en', locale: 'en', as: 'en' },
  { name: 'zh-hant, queries in Traditional', locale: 'zh-hant', as: 'zh-hant' },
  { name: 'zh-hant, queries in Simplified', locale: 'zh-hant', as: 'zh' },
] as const;

/** The bar each part must clear: the held-out part the issue's (top 1 ≥ 0.90, top 3 ≥ 0.97). */
const BARS: Record<Exclude<Part, 'all'>, { first: number; top3: number }> = {
  tuning: { first: 0.9, top3: 0.98 },
  'held-out': { first: 0.9, top3: 0.97 },
};

/** Cases of either set: what is typed, and what a careful reader accepts. */
type Case = Pick<EvalCase, 'q' | 'accept'>;

/** Each edition's engine, read once: every set of that edition is searched with the same one, as a page's searches are. */
const engines = new Map<Locale, ReturnType<typeof engineAsRead>>();
const engineOf = (locale: Locale) => {
  let engine = engines.get(locale);
  if (!engine) engines.set(locale, (engine = engineAsRead(locale)));
  return engine;
};

function run(locale: Locale, cases: Case[]) {
  const engine = engineOf(locale);
  const textOf = textOfIn(model, locale);
  return score(
    cases,
    (c) => {
      // As the page searches (search-backend.ts): again with the readers' words when no provision holds every word.
      const options = { fold, thesaurus: thesaurusFor(engine, c.q), sounds, words, terms };
      const first = engine.search(c.q, options);
      const { results, answers } = engine.wantsReadersWords(first, options)
        ? engine.search(c.q, { ...options, readers: readers[writtenEditionOf(locale)] })
        : first;
      return observedWithAnswers(
        answers,
        results.map((r) => ({ id: r.doc.id, snippet: segmentsText(r.snippet.segments) })),
        c.accept,
      );
    },
    textOf,
  );
}

/** The figures; the misses only for the tuning part (held-out queries are never shown, so never tuned on). */
function report(name: string, s: Scores, showMisses: boolean): string {
  return (
    `${name}: ${s.queries} queries, first ${(s.first * 100).toFixed(1)}%, top 3 ${(s.top3 * 100).toFixed(1)}%, MRR ${s.mrr.toFixed(3)}, ` +
    `zero ${s.zero}, quoted ${(s.quoted * 100).toFixed(1)}%\n${(showMisses ? hardest(s) : []).map(describeMiss).join('\n')}`
  );
}

describe('search relevance on the built data', () => {
  for (const { name, locale, as } of EDITION_RUNS) {
    for (const part of ['tuning', 'held-out'] as const) {
      it(`${name}, ${part} part: the evaluation set finds its provisions`, () => {
        const s = run(locale, casesFor(as, part));
        const text = report(`${name} (${part})`, s, part === 'tuning');
        console.log(text);
        expect(s.zero, text).toBe(0);
        expect(s.first, text).toBeGreaterThanOrEqual(BARS[part].first);
        expect(s.top3, text).toBeGreaterThanOrEqual(BARS[part].top3);
        expect(s.quoted, text).toBeGreaterThanOrEqual(0.95);
      });
    }
  }
});

/** Counts by kind of query (first / top 3 / of), with no query shown: where a held-out set is missed. */
function byKind(cases: readonly { kind: string }[], s: Scores): string {
  const kinds = new Map<string, { n: number; first: number; top3: number }>();
  cases.forEach((c, i) => {
    const rank = s.cases[i]?.rank;
    const k = kinds.get(c.kind) ?? { n: 0, first: 0, top3: 0 };
    k.n++;
    if (rank === 1) k.first++;
    if (rank !== undefined && rank <= 3) k.top3++;
    kinds.set(c.kind, k);
  });
  const parts = [...kinds].map(([kind, k]) => `${kind} ${k.first}/${k.top3}/${k.n}`);
  return `by kind (first / top 3 / queries): ${parts.join(', ')}\n`;
}

/**
 * A held-out set's figures in each edition, with its counts by kind; no query is shown. `bar`: the
 * editions where the held-out bar is enforced (those that have cleared it), the others reported.
 */
function heldOutSet(
  name: string,
  sets: Record<Locale, readonly { q: string; accept: string[]; kind: string }[]>,
  bar: readonly Locale[],
) {
  describe(`search relevance on the ${name}`, () => {
    for (const locale of LOCALES) {
      const enforced = bar.includes(locale);
      it(`${locale}: the figures (${enforced ? 'the bar: top 1 ≥ 90 %, top 3 ≥ 97 %, no empty answer' : 'held out: reported'})`, () => {
        const cases = sets[locale];
        const s = run(locale, [...cases]);
        const text = `${report(`${locale} (${name})`, s, false)}${byKind(cases, s)}`;
        console.log(text);
        expect(s.queries, text).toBe(cases.length);
        if (!enforced) return;
        expect(s.zero, text).toBe(0);
        expect(s.first, text).toBeGreaterThanOrEqual(BARS['held-out'].first);
        expect(s.top3, text).toBeGreaterThanOrEqual(BARS['held-out'].top3);
      });
    }
  });
}

/**
 * The fresh held-out set (tests/search/fresh-set.ts): written from the plan alone by someone who
 * had not read the search, never tuned on; its misses are not printed. The held-out bar is on for
 * the editions that have cleared it (Chinese, 2026-12-07); English is reported.
 */
heldOutSet('fresh held-out set', FRESH_SET, ['zh', 'zh-hant']);

/**
 * The outside set (tests/search/outside-set.ts): a second held-out set, written 2026-12-07 from
 * the plan alone by someone who had not read the search, after the fresh set had been used (by
 * its counts per kind) to choose what to work on. Never tuned on; only its counts are printed.
 */
heldOutSet('outside held-out set', OUTSIDE_SET, []);

/**
 * The development set (tests/search/dev-set.ts): a tuning set written 2026-12-07 from the plan
 * alone by someone who had not read the search (paraphrases, questions, the targets asked in
 * other words, typos). The search may be grown from its misses: they are printed. The Traditional
 * edition with the Chinese queries converted to Traditional characters.
 */
const DEV_RUNS = [
  { name: 'zh', locale: 'zh', set: 'zh', convert: false },
  { name: 'zh-hant', locale: 'zh-hant', set: 'zh', convert: true },
  { name: 'en', locale: 'en', set: 'en', convert: false },
] as const;

describe('search relevance on the development set', () => {
  for (const { name, locale, set, convert } of DEV_RUNS) {
    it(`${name}: the figures (tuning, misses shown)`, () => {
      const cases = DEV_SET[set].map((c) =>
        convert ? { ...c, q: conversionDerive()('zh-hant', c.q) } : c,
      );
      const s = run(locale, cases);
      const text = `${report(`${name} (development set, tuning)`, s, true)}${byKind(cases, s)}`;
      console.log(text);
      expect(s.queries, text).toBe(cases.length);
    });
  }
});

/**
 * The second writer's set (tests/search/writer-set.ts): written from the plan alone by someone who
 * had not read the search, split by a fixed rule into a tuning and a held-out part. Each edition
 * with its language's queries; the Traditional edition with the Chinese queries as written (40
 * Simplified, 20 Traditional) and converted to Traditional characters. Reported, not yet enforced
 * (the lead sets the bars); misses are printed for the tuning part only.
 */
const WRITER_RUNS = [
  { name: 'zh', locale: 'zh', set: 'zh', convert: false },
  { name: 'zh-hant, queries as written', locale: 'zh-hant', set: 'zh', convert: false },
  { name: 'zh-hant, queries in Traditional', locale: 'zh-hant', set: 'zh', convert: true },
  { name: 'en', locale: 'en', set: 'en', convert: false },
] as const;

describe("search relevance on the second writer's set", () => {
  for (const { name, locale, set, convert } of WRITER_RUNS) {
    for (const part of ['tuning', 'held-out'] as const) {
      it(`${name}, ${part} part: the figures (reported, no bar yet)`, () => {
        const cases = WRITER_SET[set]
          .filter((c) => c.part === part)
          .map((c) => (convert ? { ...c, q: conversionDerive()('zh-hant', c.q) } : c));
        const s = run(locale, cases);
        const text = report(`${name} (writer set, ${part})`, s, part === 'tuning');
        console.log(text);
        expect(s.queries, text).toBe(cases.length);
      });
    }
  }
});

/**
 * The vocabulary-gap set (tests/search/gap-set.ts): tuning queries written on purpose in words the
 * plan does not use for what it says. Each edition with its language's queries (the Traditional
 * edition with the Chinese queries as written: 20 Simplified, 10 Traditional). Reported with its
 * misses (it is a tuning set), no bar.
 */
const GAP_RUNS = [
  { name: 'zh', locale: 'zh', set: 'zh' },
  { name: 'zh-hant', locale: 'zh-hant', set: 'zh' },
  { name: 'en', locale: 'en', set: 'en' },
] as const;

describe('search relevance on the vocabulary-gap set', () => {
  for (const { name, locale, set } of GAP_RUNS) {
    it(`${name}: the figures (reported, no bar)`, () => {
      const s = run(locale, GAP_SET[set]);
      const text = report(`${name} (gap set, tuning)`, s, true);
      console.log(text);
      expect(s.queries, text).toBe(GAP_SET[set].length);
    });
  }
});

/**
 * The English probe sets (tests/search/probe-set.ts), by eleven writers who had read only the plan:
 * tuning sets reported with their misses and counts by kind, and the third, fifth, sixth, seventh, eighth, ninth and eleventh writers'
 * held-out parts by their figures alone; no bar.
 */
describe('search relevance on the English probe sets', () => {
  /** A half-held set's two parts (probePart): the tuning part with its misses, the held-out one by its figures. */
  const halves = (writer: string, cases: typeof PROBE_SET.third) =>
    (['tuning', 'held-out'] as const).map((part) => ({
      name: `${writer} writer, ${part}`,
      cases: cases.filter((_, i) => probePart(i) === part),
      misses: part === 'tuning',
    }));
  const sets = [
    { name: 'first writer, tuning', cases: PROBE_SET.first, misses: true },
    { name: 'second writer, tuning', cases: PROBE_SET.second, misses: true },
    ...halves('third', PROBE_SET.third),
    { name: 'target questions, tuning', cases: PROBE_SET.targets, misses: true },
    ...halves('fifth', PROBE_SET.fifth),
    ...halves('sixth', PROBE_SET.sixth),
    ...halves('seventh', PROBE_SET.seventh),
    ...halves('eighth', PROBE_SET.eighth),
    ...halves('ninth', PROBE_SET.ninth),
    { name: 'tenth writer (numbers), tuning', cases: PROBE_SET.tenth, misses: true },
    ...halves('eleventh', PROBE_SET.eleventh),
  ];
  for (const { name, cases, misses } of sets) {
    it(`en, ${name}: the figures${misses ? ' (misses shown)' : ''}`, () => {
      const s = run('en', cases);
      const text = `${report(`en (probe set, ${name})`, s, misses)}${byKind(cases, s)}`;
      console.log(text);
      expect(s.queries, text).toBe(cases.length);
    });
  }
});

it('the probe sets: 100, 80, 100, 60, 100, 100, 100, 100, 100, 60 and 93 answerable queries, no two alike in a set, every id a provision or a text of the plan', () => {
  const known = new Set([...model.provisions.map((p) => p.id), ...Object.keys(model.texts)]);
  expect(PROBE_SET.first).toHaveLength(100);
  expect(PROBE_SET.second).toHaveLength(80);
  expect(PROBE_SET.third).toHaveLength(100);
  expect(PROBE_SET.targets).toHaveLength(60);
  expect(PROBE_SET.fifth).toHaveLength(100);
  expect(PROBE_SET.sixth).toHaveLength(100);
  expect(PROBE_SET.seventh).toHaveLength(100);
  expect(PROBE_SET.eighth).toHaveLength(100);
  expect(PROBE_SET.ninth).toHaveLength(100);
  expect(PROBE_SET.tenth).toHaveLength(60);
  expect(PROBE_SET.eleventh).toHaveLength(93);
  // Two writers may type the same words ("hiring experts": the first and the third).
  for (const set of Object.values(PROBE_SET))
    expect(new Set(set.map((c) => c.q.toLowerCase())).size).toBe(set.length);
  const all = Object.values(PROBE_SET).flat();
  for (const c of all) {
    expect(c.accept.length, c.q).toBeGreaterThan(0);
    for (const id of c.accept) expect(known.has(id), `${c.q}: ${id}`).toBe(true);
  }
});

it('the development and outside sets: answerable queries, no two alike, every id a provision or a text of the plan', () => {
  const provisions = new Set([...model.provisions.map((p) => p.id), ...Object.keys(model.texts)]);
  expect(DEV_SET.en).toHaveLength(90);
  expect(DEV_SET.zh).toHaveLength(60);
  expect(OUTSIDE_SET.en).toHaveLength(50);
  expect(OUTSIDE_SET.zh).toHaveLength(40);
  expect(OUTSIDE_SET['zh-hant']).toHaveLength(30);
  for (const cases of [DEV_SET.en, DEV_SET.zh, ...LOCALES.map((l) => OUTSIDE_SET[l])]) {
    expect(new Set(cases.map((c) => c.q)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.accept.length, c.q).toBeGreaterThan(0);
      for (const id of c.accept) expect(provisions.has(id), `${c.q}: ${id}`).toBe(true);
    }
  }
});

it('the vocabulary-gap set: 60 English and 30 Chinese answerable queries, all tuning', () => {
  const provisions = new Set([...model.provisions.map((p) => p.id), 'targets']);
  expect(GAP_SET.en).toHaveLength(60);
  expect(GAP_SET.zh).toHaveLength(30);
  expect(GAP_SET.zh.filter((c) => c.kind === 'traditional')).toHaveLength(10);
  for (const locale of ['zh', 'en'] as const) {
    const cases = GAP_SET[locale];
    expect(new Set(cases.map((c) => c.q)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.part).toBe('tuning');
      expect(new Set(c.accept).size, c.q).toBe(c.accept.length);
      for (const id of c.accept) expect(provisions.has(id), `${c.q}: ${id}`).toBe(true);
    }
  }
});

it("the second writer's set: 100 English and 60 Chinese answerable queries, split about half and half", () => {
  const provisions = new Set([...model.provisions.map((p) => p.id), 'targets']);
  expect(WRITER_SET.en).toHaveLength(100);
  expect(WRITER_SET.zh).toHaveLength(60);
  expect(WRITER_SET.zh.filter((c) => c.kind === 'traditional')).toHaveLength(20);
  for (const locale of ['zh', 'en'] as const) {
    const cases = WRITER_SET[locale];
    expect(new Set(cases.map((c) => c.q)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.accept.length, c.q).toBeGreaterThan(0);
      for (const id of c.accept) expect(provisions.has(id), `${c.q}: ${id}`).toBe(true);
    }
    const held = cases.filter((c) => c.part === 'held-out').length;
    expect(Math.abs(2 * held - cases.length)).toBeLessThanOrEqual(cases.length / 10);
    // every provision and the targets are the best answer of some query
    expect(new Set(cases.map((c) => c.accept[0]))).toEqual(provisions);
  }
});

it('the evaluation set: at least 60 queries per language, of every kind, each answerable by provisions or the targets ledger', () => {
  const provisions = new Set([...model.provisions.map((p) => p.id), 'targets']);
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
