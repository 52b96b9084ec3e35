/** fallback.ts: Chinese close matches for a query no provision holds word for word. */
import { describe, expect, it } from 'vitest';
import { SearchCore } from '../../src/lib/search/core.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { LATER_STAGES } from '../../src/lib/search/stages.ts';
import { BY_NUMBER } from '../../src/lib/search/by-number.ts';
import { closeMatches } from '../../src/lib/search/fallback.ts';
import { prepare } from '../../src/lib/search/prepare.ts';
import { planSearchData } from '../support/load-content.ts';
import { EN_FIXTURE } from '../support/search-fixture.ts';

/** Each edition's search data, built once for the file. */
const dataOf = planSearchData;
const engine = (l: 'zh' | 'zh-hant' | 'en') => new SearchEngine(dataOf(l));
const zh = engine('zh');
const hant = engine('zh-hant');
const ids = (e: SearchEngine, q: string) => e.search(q).results.map((r) => r.doc.id);

describe('Chinese close matches', () => {
  it('a query whose words the plan does not write still finds close matches, each a partial match', () => {
    // 声音识别 is nowhere in the plan, nor in the synonym table; 音 (语音) and 识 are.
    const outcome = zh.search('声音识别');
    expect(outcome.results.length).toBeGreaterThan(0);
    expect(outcome.results.every((r) => !r.full && r.missing.includes('声音识别'))).toBe(true);
    expect(outcome.absent).toEqual(['声音识别']);
    expect(ids(hant, '聲音識別').length).toBeGreaterThan(0);
  });

  it('quotes a sentence of the close match with the shared characters marked', () => {
    for (const r of zh.search('声音识别').results) {
      const marked = r.snippet.segments.filter((s) => s.mark).map((s) => s.text);
      expect(marked.length, r.doc.id).toBeGreaterThan(0);
      for (const m of marked)
        expect(
          [...m].every((c) => '声音识别'.includes(c)),
          m,
        ).toBe(true);
    }
  });

  it('keeps saying what the plan does not mention', () => {
    const outcome = zh.search('土地');
    expect(outcome.absent).toEqual(['土地']);
  });

  it('finds nothing for a query of function characters, common pieces or no Chinese at all', () => {
    for (const q of ['吗呢', '', '   ', '<script>', '😀😀', '\u0000\u202e'])
      expect(ids(zh, q), q).toEqual([]);
    // 人工 is in most provisions (人工智能): it tells none apart.
    const index = prepare(dataOf('zh'));
    expect(closeMatches(zh.parse('人工'), index)).toEqual([]);
    expect(closeMatches(zh.parse('吗'), index)).toEqual([]);
  });

  it('stays within the filters', () => {
    const results = zh.search('声音识别', { filters: { part: ['task'] } }).results;
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.doc.kind === 'task')).toBe(true);
  });

  it('shows a few, and survives a very long hostile query', () => {
    expect(zh.search('声音识别'.repeat(200)).results.length).toBeLessThanOrEqual(5);
    expect(() => zh.search('\ud800识别\udfff'.repeat(50))).not.toThrow();
  });

  it('does nothing in English', () => {
    const en = new SearchEngine(EN_FIXTURE);
    expect(closeMatches(en.parse('zebra'), prepare(EN_FIXTURE))).toEqual([]);
  });

  it('without the later stages (the browser before it loads them), says a search reached them', () => {
    const core = new SearchCore(dataOf('zh'));
    expect(core.search('声音识别').results).toEqual([]);
    expect(core.laterStagesWanted).toBe(true);
    // A query the plan's words answer in full does not reach them.
    core.search('机器人');
    expect(core.laterStagesWanted).toBe(false);
    core.stages = LATER_STAGES;
    const found = core.search('声音识别');
    expect(found.results.map((r) => r.doc.id)).toEqual(ids(zh, '声音识别'));
    expect(core.laterStagesWanted).toBe(false);
  });

  it('a misspelt English query reaches the correction, which then corrects it', () => {
    const en = new SearchEngine(EN_FIXTURE);
    const core = new SearchCore(EN_FIXTURE);
    const q = 'robotz';
    const expected = en.search(q);
    expect(expected.suggestion).toBeDefined();
    expect(core.search(q).suggestion).toBeUndefined();
    expect(core.laterStagesWanted).toBe(true);
    core.stages = LATER_STAGES;
    expect(core.search(q).suggestion).toBe(expected.suggestion);
  });
});

describe('the stage answering a provision asked for by number', () => {
  it('is asked for by a query holding a number, and then answers it first', () => {
    for (const [locale, q] of [
      ['zh', '任务7'],
      ['zh-hant', '重點任務七'],
      ['en', 'task 7'],
    ] as const) {
      const core = new SearchCore(dataOf(locale));
      expect(core.asksByNumber(q), q).toBe(true);
      // Without it (the browser before it loads it), the query is searched for its words alone.
      expect(
        core.search(q).answers.some((a) => a.kind === 'provision'),
        q,
      ).toBe(false);
      core.byNumber = BY_NUMBER;
      const outcome = core.search(q);
      expect(outcome.answers[0], q).toMatchObject({ kind: 'provision', id: 'task-7' });
      expect(
        outcome.results.map((r) => r.doc.id),
        q,
      ).toEqual(['task-7']);
    }
  });

  it('is not asked for by a query of words', () => {
    const core = new SearchCore(dataOf('zh'));
    for (const q of ['人工智能', '机器人产业', '重点任务'])
      expect(core.asksByNumber(q), q).toBe(false);
  });
});
