/** snippet.ts: the quote under a result, its matches marked, cut around the first mark. */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { prepare, prepareSentence } from '../../src/lib/search/prepare.ts';
import { marks, segmentsText, snippet, trim } from '../../src/lib/search/snippet.ts';
import { EN_FIXTURE, ZH_FIXTURE } from '../support/search-fixture.ts';

const en = new SearchEngine(EN_FIXTURE);
const zh = new SearchEngine(ZH_FIXTURE);
const enIndex = prepare(EN_FIXTURE);
const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((s) => s.mark).map((s) => s.text);

describe('marks', () => {
  it('marks the words matched, neighbouring ones as one mark, in the sentence’s own spelling', () => {
    const s = prepareSentence('Each year, organise a chip forum.', 1, 'latin', en.folding);
    const segments = marks(s, en.parse('organize chips').groups, 'latin', en.folding);
    expect(marked(segments)).toEqual(['organise', 'chip']);
    expect(segmentsText(segments)).toBe(s.text);
    const run = prepareSentence('Build intelligent chips.', 1, 'latin', en.folding);
    expect(marked(marks(run, en.parse('intelligent chips').groups, 'latin', en.folding))).toEqual([
      'intelligent chips',
    ]);
  });

  it('Chinese: marks every occurrence of the string', () => {
    const s = prepareSentence('芯片和芯片设计', 1, 'han', zh.folding);
    expect(marked(marks(s, zh.parse('芯片').groups, 'han', zh.folding))).toEqual(['芯片', '芯片']);
  });
});

describe('trim', () => {
  it('leaves a short sentence whole', () => {
    const short = [{ text: 'Short.', mark: false }];
    expect(trim(short, 'latin')).toEqual(short);
  });

  it('cuts a long sentence around the first mark at word boundaries, with ellipses, never inside a mark', () => {
    const before = 'word '.repeat(200);
    const segments = [
      { text: before, mark: false },
      { text: 'intelligent chips', mark: true },
      { text: ' and more'.repeat(100), mark: false },
    ];
    const out = trim(segments, 'latin');
    const text = segmentsText(out);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(marked(out)).toEqual(['intelligent chips']);
    expect(text.length).toBeLessThanOrEqual(280 + 2);
    expect(text).not.toMatch(/…wor[^d]/);
  });

  it('Chinese: at most 96 characters and the ellipses', () => {
    const out = trim(
      [
        { text: '人'.repeat(200), mark: false },
        { text: '芯片', mark: true },
        { text: '工'.repeat(200), mark: false },
      ],
      'han',
    );
    expect([...segmentsText(out)].length).toBeLessThanOrEqual(98);
    expect(marked(out)).toEqual(['芯片']);
  });
});

describe('snippet', () => {
  it('quotes the sentence holding the most of the query and links its paragraph', () => {
    const task1 = enIndex.docs.find((d) => d.doc.id === 'task-1')!;
    const forum = snippet(task1, en.parse('chip forum'), 'latin', en.folding);
    expect(forum.paragraph).toBe(2);
    expect(segmentsText(forum.segments)).toBe('Each year, organise a chip forum.');
    expect(marked(forum.segments)).toEqual(['chip forum']);
  });

  it('joins two sentences of one paragraph with one ellipsis when each holds part of the query', () => {
    const task1 = enIndex.docs.find((d) => d.doc.id === 'task-1')!;
    const two = snippet(task1, en.parse('sensors grow'), 'latin', en.folding);
    expect(segmentsText(two.segments)).toBe(
      'Build intelligent chips and sensors for robots. … Help start-ups grow.',
    );
  });

  it('quotes the first sentence, unmarked, when only a name matched; never the names', () => {
    const task1 = enIndex.docs.find((d) => d.doc.id === 'task-1')!;
    const named = snippet(task1, en.parse('Science Bureau'), 'latin', en.folding);
    expect(segmentsText(named.segments)).toBe('Build intelligent chips and sensors for robots.');
    expect(marked(named.segments)).toEqual([]);
  });

  it('takes hostile text as text: markup, 10,000 characters, lone surrogates', () => {
    for (const text of [
      '<script>alert(1)</script> chips',
      `${'x'.repeat(10_000)} chips`,
      '\uD800 chips \uDFFF',
    ]) {
      const s = prepareSentence(text, 1, 'latin', en.folding);
      const out = trim(marks(s, en.parse('chips').groups, 'latin', en.folding), 'latin');
      expect(marked(out)).toEqual(['chips']);
      expect(text).toContain(segmentsText(out).replace(/^…/, '').replace(/…$/, ''));
    }
    expect(trim([], 'latin')).toEqual([]);
  });
});
