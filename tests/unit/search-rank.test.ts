/** rank.ts: which provisions hold the query and in what order; on a small plan and on the real one. */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { prepare } from '../../src/lib/search/prepare.ts';
import { compareMatches, rank, rarityBand, type MatchKey } from '../../src/lib/search/rank.ts';
import type { SearchData, SearchDoc } from '../../src/lib/search/data.ts';
import { LOCALES } from '../../src/lib/editions.ts';
import { planSearchData } from '../support/load-content.ts';
import { doc, EN_FIXTURE, ZH_FIXTURE, ZH_HANT_FIXTURE } from '../support/search-fixture.ts';

const engines = {
  en: new SearchEngine(EN_FIXTURE),
  zh: new SearchEngine(ZH_FIXTURE),
  hant: new SearchEngine(ZH_HANT_FIXTURE),
};
const ids = (engine: SearchEngine, q: string) => engine.search(q).results.map((r) => r.doc.id);

/** A provision of the small plans below, naming no body; its kind is its id's (task-1: a task). */
const provision = (id: string, title: string, ...sentences: string[]): SearchDoc =>
  doc({
    id,
    kind: id.replace(/-\d+$/, '') as SearchDoc['kind'],
    title,
    paragraphs: [sentences],
    names: [],
    lead: [],
  });
/** The small English plan holding these provisions alone. */
const planOf = (docs: SearchDoc[], more: Partial<SearchData> = {}): SearchData => ({
  ...EN_FIXTURE,
  docs,
  entities: [],
  ...more,
});

describe('rank on a small plan', () => {
  it('a provision holding the word in its text ranks; one only naming the bureau’s alias does not', () => {
    expect(ids(engines.en, 'patents')).toEqual(['measure-4']);
    expect(ids(engines.zh, '专利')).toEqual(['measure-4']);
    expect(ids(engines.hant, '專利')).toEqual(['measure-4']);
    expect(ids(engines.zh, '知识产权')).toEqual(['measure-4']);
  });

  it('names find provisions where the text is silent, or where the reader named the body', () => {
    const bureau = ['implementation-1', 'measure-4', 'task-1'];
    expect(ids(engines.en, 'Science Bureau').sort()).toEqual(bureau);
    expect(ids(engines.en, 'Intellectual Property Office').sort()).toEqual(bureau);
    expect(ids(engines.zh, '知识产权局').sort()).toEqual(bureau);
    expect(ids(engines.hant, '知識產權局').sort()).toEqual(bureau);
    // The reader named the body: its own provision, whose text holds the words, comes first.
    expect(ids(engines.en, 'Intellectual Property Office')[0]).toBe('measure-4');
  });

  it('weighs each of a word’s alternatives by its rarity: funds and financial above support', () => {
    expect(ids(engines.en, 'grants')[0]).toBe('measure-1');
    expect(ids(engines.en, 'how much money')[0]).toBe('measure-1');
  });

  it('puts a provision holding the whole query above one holding part of it, sections last', () => {
    const outcome = engines.en.search('sensors software');
    expect(outcome.results.map((r) => [r.doc.id, r.full])).toEqual([
      ['task-2', false],
      ['task-1', false],
    ]);
    const both = engines.en.search('chips software').results;
    expect(both.map((r) => [r.doc.id, r.full])).toEqual([
      ['task-2', true],
      ['task-1', false],
    ]);
    const ai = engines.en.search('AI').results.map((r) => r.doc.id);
    expect(ai.at(-1)).toBe('targets');
    expect(ai.length).toBeGreaterThan(2);
  });

  it('counts a pair of the query’s neighbouring words in a row (English)', () => {
    const data = planOf([
      provision('task-1', 'One', 'Better chips, intelligent sensors.'),
      provision('task-2', 'Two', 'Intelligent chips, better sensors.'),
    ]);
    expect(ids(new SearchEngine(data), 'intelligent chips sensors')).toEqual(['task-2', 'task-1']);
  });

  it('orders partial matches by the words held in the reader’s own form before those held only in another’s', () => {
    // "grant" is held as typed by task-1's text, and only as the fifth of its plan words
    // (weight 0.55) by task-2's title; "wombat" by neither. The title outscores the text, but the
    // reader's own word tells more: task-1 first.
    const data = planOf(
      [
        provision('task-1', 'One', 'A grant for labs.'),
        provision('task-2', 'Subsidies', 'For labs.'),
      ],
      {
        vocabulary: {
          ...EN_FIXTURE.vocabulary,
          synonyms: [
            { words: ['grant'], plan: ['funds', 'financing', 'reward', 'bonus', 'subsidies'] },
          ],
        },
      },
    );
    const outcome = new SearchEngine(data).search('grant wombat');
    expect(outcome.results.map((r) => [r.doc.id, r.full])).toEqual([
      ['task-1', false],
      ['task-2', false],
    ]);
    expect(outcome.results[1]!.score).toBeGreaterThan(outcome.results[0]!.score);
  });

  it('ranks a provision lacking one incidental word of a long question with the full matches when it scores well above them', () => {
    // task-2 holds every word, each once in passing; task-1 is about robot experts and lacks
    // only "aim". Three words or more: task-1 first, saying what it lacks; two: task-2 first.
    const data = planOf([
      provision('task-1', 'Robot experts', 'Recruit robot experts.', 'Robot experts get housing.'),
      provision(
        'task-2',
        'task-2',
        'We aim high in many fields of industry, trade, farming and schools, among them robot work, experts of all kinds and ways to recruit.',
      ),
      provision('task-3', 'task-3', 'Build roads.'),
      provision('task-4', 'task-4', 'Clean rivers.'),
      provision('task-5', 'task-5', 'Plant trees.'),
    ]);
    const engine = new SearchEngine(data);
    const long = engine.search('aim recruit robot experts');
    expect(long.results.map((r) => [r.doc.id, r.full, r.missing])).toEqual([
      ['task-1', false, ['aim']],
      ['task-2', true, []],
    ]);
    expect(engine.search('aim robot').results.map((r) => [r.doc.id, r.full])).toEqual([
      ['task-2', true],
      ['task-1', false],
    ]);
    // Where nothing holds every word, one lacking a single word before one lacking two.
    const none = engine.search('recruit robot experts roads');
    expect(none.results.map((r) => r.doc.id)).toEqual(['task-1', 'task-2', 'task-3']);
  });

  it('weighs a word heading many titles (“Implement a programme …”) as text, not as what a title is about', () => {
    const programme = (k: number) =>
      provision(
        `task-${k}`,
        `Implement a programme for field ${k}`,
        k === 1
          ? 'Publish a timetable of field 1, its budget, staff, sites and partners.'
          : `Field ${k}.`,
      );
    const mechanism = provision(
      'implementation-2',
      'A mechanism for advancing tasks',
      'Set timetables and implementation plans.',
    );
    // Other provisions, so that "implement" is no word most provisions hold (RANKING.required).
    const others = [1, 2, 3, 4].map((k) =>
      provision(`measure-${k}`, `Measure ${k}`, 'Other words.'),
    );
    const data = (titles: number): SearchData =>
      planOf([...Array.from({ length: titles }, (_, i) => programme(i + 1)), mechanism, ...others]);
    // Four titles: "implement" still tells what a title is about, and task 1's title outweighs.
    expect(ids(new SearchEngine(data(4)), 'implementation timetable')[0]).toBe('task-1');
    // From five titles on, it only says what kind of provision each is: the text decides.
    expect(ids(new SearchEngine(data(5)), 'implementation timetable')[0]).toBe('implementation-2');
  });

  it('takes a hyphenated and a closed word for one (start-ups, ecommerce)', () => {
    expect(ids(engines.en, 'startups')).toEqual(['task-1']);
    expect(ids(engines.en, 'start-ups')).toEqual(['task-1']);
    expect(ids(engines.en, 'e-commerce')).toEqual(['measure-1']);
    expect(ids(engines.en, 'ecommerce')).toEqual(['measure-1']);
  });

  it('filters by part and by body', () => {
    const index = prepare(EN_FIXTURE);
    const query = engines.en.parse('chips');
    const only = (filters: Parameters<typeof rank>[2]['filters']) =>
      rank(query, index, { filters }).results.map((r) => r.doc.id);
    expect(only({ part: ['task'] })).toEqual(['task-1', 'task-2']);
    expect(only({ body: ['talent-office'] })).toEqual(['task-2']);
    expect(only({ part: ['measure'] })).toEqual([]);
  });

  it('says which words nothing holds and which the best partial match leaves out', () => {
    const outcome = engines.en.search('chips housing');
    expect(outcome.absent).toEqual(['housing']);
    expect(outcome.leftOut).toEqual(['housing']);
    expect(outcome.results.every((r) => !r.full)).toBe(true);
  });

  it('ranks nothing for an empty query or one of markup only', () => {
    const index = prepare(EN_FIXTURE);
    expect(rank(engines.en.parse(''), index, {}).results).toEqual([]);
    expect(rank(engines.en.parse('<>'), index, {}).results).toEqual([]);
  });
});

describe('rank on the plan (issue 22’s noise)', () => {
  const plan = Object.fromEntries(LOCALES.map((l) => [l, new SearchEngine(planSearchData(l))]));
  const words = {
    en: ['patent', 'intellectual property'],
    zh: ['专利', '知识产权'],
    'zh-hant': ['專利', '知識產權'],
  } as const;
  const queries = { en: 'patents', zh: '专利', 'zh-hant': '專利' } as const;

  for (const locale of LOCALES) {
    it(`${locale}: “${queries[locale]}” lists the intellectual-property measure first, nothing only for naming the bureau`, () => {
      const outcome = plan[locale]!.search(queries[locale]);
      expect(outcome.results[0]?.doc.id).toBe('measure-4');
      for (const r of outcome.results) {
        const text = [r.doc.title, ...r.doc.paragraphs.flat()].join(' ').toLowerCase();
        expect(
          words[locale].some((w) => text.includes(w)),
          r.doc.id,
        ).toBe(true);
      }
    });
  }

  it('en: money questions put the finance measure first; “AI chips” the chips tasks above the talent task', () => {
    for (const q of ['grants', 'how much money', 'tax breaks for AI startups'])
      expect(plan.en!.search(q).results[0]?.doc.id, q).toBe('measure-1');
    for (const [locale, q] of [
      ['en', 'AI chips'],
      ['zh', '人工智能芯片'],
      ['zh-hant', '人工智能晶片'],
    ] as const) {
      const found = plan[locale]!.search(q).results.map((r) => r.doc.id);
      const chips = Math.min(found.indexOf('task-5'), found.indexOf('task-6'));
      expect(chips, `${locale} ${q}: ${found.join(' ')}`).toBeGreaterThanOrEqual(0);
      expect(chips, `${locale} ${q}: ${found.join(' ')}`).toBeLessThan(found.indexOf('task-3'));
    }
  });

  it('a partial match is ordered by what it holds: a section holding the rarer words before provisions holding fewer', () => {
    // measures-intro: “the pilot free trade zone … innovation”; no provision holds as much of it.
    const q = 'Do the free trade zone and innovation zone policies apply to AI?';
    const outcome = plan.en!.search(q);
    expect(outcome.results.some((r) => r.full)).toBe(false);
    expect(outcome.results[0]?.doc.id).toBe('measures-intro');
    // Full matches keep the provisions first: the preamble and the guiding ideology after measure 2.
    const full = plan.en!.search('highland').results.filter((r) => r.full);
    expect(full.map((r) => r.doc.id).sort()).toEqual(['guiding-ideology', 'measure-2', 'preamble']);
    expect(full[0]?.doc.id).toBe('measure-2');
  });

  it('chips: both chips tasks score above the research and talent tasks that only list chips (not a tie-break)', () => {
    for (const [locale, q] of [
      ['en', 'AI chips'],
      ['zh', '人工智能芯片'],
      ['zh', '芯片产业怎么发展'],
      ['zh-hant', '人工智能晶片'],
    ] as const) {
      const results = plan[locale]!.search(q).results;
      const scoreOf = (id: string) => results.find((r) => r.doc.id === id)?.score ?? -1;
      const shown = results.map((r) => `${r.doc.id} ${r.score.toFixed(3)}`).join(', ');
      for (const chips of ['task-5', 'task-6'])
        for (const lister of ['task-1', 'task-3'])
          expect(scoreOf(chips), `${locale} ${q}: ${shown}`).toBeGreaterThan(
            scoreOf(lister) + 0.01,
          );
    }
  });
});

describe('the order of matches is a total one', () => {
  // Hostile keys: rarities a hair either side of the bands' edges, ties on every key but one,
  // scores that differ by less than a band; a pairwise margin ordered such a set in a circle.
  const keys: MatchKey[] = [];
  const rarities = [0, 0.49, 0.5, 0.51, 0.99, 1, 1.01, 1.49, 1.5, 1.51, 2.2, 2.9];
  let order = 0;
  for (const informed of rarities)
    for (const coverage of [1, 2])
      for (const score of [0, 1.5, 3])
        keys.push({
          full: false,
          section: order % 7 === 0,
          informed,
          coverage,
          phrase: order % 3 === 0,
          typed: order % 2,
          leads: order % 5 === 0,
          score,
          length: 100 + (order % 4),
          order: order++,
        });
  keys.push({ ...keys[3]!, full: true, order });

  it('is antisymmetric and transitive on every pair and triple', () => {
    const sign = (a: MatchKey, b: MatchKey) => Math.sign(compareMatches(a, b)) || 0;
    for (const a of keys)
      for (const b of keys) {
        expect(sign(a, b)).toBe(-sign(b, a) || 0);
        if (sign(a, b) > 0) continue;
        for (const c of keys) if (sign(b, c) <= 0) expect(sign(a, c)).toBeLessThanOrEqual(0);
      }
  });

  it('sorts the same whatever order the matches come in', () => {
    const sorted = [...keys].sort(compareMatches).map((k) => k.order);
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const shuffled = [...keys].sort(() => random() - 0.5);
      expect(shuffled.sort(compareMatches).map((k) => k.order)).toEqual(sorted);
    }
    // the full match first; then, among partial matches, the rarer band before any more words,
    // a section of the plan's text (the notice, the preamble) too
    expect(sorted[0]).toBe(keys.at(-1)!.order);
    const bands = sorted.slice(1).map((o) => rarityBand(keys[o]!.informed));
    expect(bands).toEqual([...bands].sort((a, b) => b - a));
    // within a band, the provisions before the sections
    for (const band of new Set(bands)) {
      const inBand = sorted.slice(1).filter((o) => rarityBand(keys[o]!.informed) === band);
      const sections = inBand.map((o) => keys[o]!.section);
      expect(sections).toEqual([...sections].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('bands rarity: near rarities share a band, and the keys after it decide', () => {
    expect(rarityBand(1.49)).toBe(rarityBand(0.5));
    expect(rarityBand(1.51)).toBeGreaterThan(rarityBand(1.49));
  });
});
