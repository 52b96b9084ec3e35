/** engine.ts: the facade the search page and the relevance test use, on the small plan. */
import { describe, expect, it } from 'vitest';
import { SearchCore } from '../../src/lib/search/core.ts';
import { SearchEngine, segmentsText, type Outcome } from '../../src/lib/search/engine.ts';
import { LATER_STAGES } from '../../src/lib/search/stages.ts';
import { TRADITIONAL } from '../../src/lib/search/traditional.ts';
import { EN_FIXTURE, ZH_FIXTURE, ZH_HANT_FIXTURE } from '../support/search-fixture.ts';

const en = new SearchEngine(EN_FIXTURE);
const zh = new SearchEngine(ZH_FIXTURE);
const hant = new SearchEngine(ZH_HANT_FIXTURE);

describe('the search engine', () => {
  it('gives results with their quote, answers, and what the page says about the words', () => {
    const outcome: Outcome = en.search('who registers patents');
    expect(outcome.query.dropped).toContain('who');
    expect(outcome.results.map((r) => r.doc.id)).toEqual(['measure-4']);
    expect(segmentsText(outcome.results[0]!.snippet.segments)).toBe(
      'Register patents and trademarks in AI.',
    );
    expect(outcome.leftOut).toEqual([]);
    expect(outcome.absent).toEqual([]);
  });

  it('answers a provision asked for by number first, then searches the rest', () => {
    const outcome = en.search('task 2 software');
    expect(outcome.answers[0]).toMatchObject({ kind: 'provision', id: 'task-2' });
    expect(outcome.results[0]!.doc.id).toBe('task-2');
  });

  it('corrects a misspelt query when the correction finds a full match', () => {
    const outcome = en.search('robts');
    expect(outcome.suggestion).toBe('robots');
    expect(outcome.results.map((r) => r.doc.id).sort()).toEqual(['task-1', 'task-2']);
    expect(en.search('robts', { correct: false }).results).toEqual([]);
  });

  it('a Traditional edition searches in Simplified and gives the reader’s words back as typed', () => {
    const outcome = hant.search('專利');
    expect(outcome.results.map((r) => r.doc.id)).toEqual(['measure-4']);
    expect(outcome.query.text).toBe('專利');
    expect(segmentsText(outcome.results[0]!.snippet.segments)).toContain('專利');
    const fixed = hant.search('市知識產全局');
    expect(fixed.suggestion).toBe('市知識產權局');
    expect(hant.knownChars.has('專')).toBe(true);
  });

  it('the browser’s engine gives the words back as typed only with the Traditional half (traditional.ts)', () => {
    const bare = new SearchCore(ZH_HANT_FIXTURE, { stages: LATER_STAGES });
    const whole = new SearchCore(ZH_HANT_FIXTURE, {
      stages: LATER_STAGES,
      traditional: TRADITIONAL,
    });
    // The same results either way; without the half, the words come back in Simplified characters.
    expect(bare.search('專利').results.map((r) => r.doc.id)).toEqual(['measure-4']);
    expect(bare.search('專利').query.text).toBe('专利');
    expect(whole.search('專利').query.text).toBe('專利');
    expect(whole.search('市知識產全局').suggestion).toBe('市知識產權局');
    expect(whole.asWritten('专利')).toBe('專利');
    expect(bare.asWritten('专利')).toBe('专利');
    // Other editions ignore it.
    expect(new SearchCore(ZH_FIXTURE, { traditional: TRADITIONAL }).search('专利').query.text).toBe(
      '专利',
    );
  });

  it('takes hostile queries as text in every edition, in bounded time', () => {
    const queries = [
      '',
      '   ',
      '<img src=x onerror=alert(1)>',
      '</mark><script>',
      'chips '.repeat(2_000),
      '芯'.repeat(10_000),
      '\uD800',
      'chips \uDFFF\uD800 chips',
      '\u0000\u202e',
    ];
    const started = performance.now();
    for (const engine of [en, zh, hant])
      for (const q of queries) {
        const outcome = engine.search(q);
        expect(outcome.query.text.length).toBeLessThanOrEqual(200);
        for (const r of outcome.results)
          for (const s of r.snippet.segments) expect(typeof s.text).toBe('string');
      }
    expect(en.search('').results).toEqual([]);
    expect(en.search('<b>chips</b>').results[0]!.doc.id).toBe('task-1');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
