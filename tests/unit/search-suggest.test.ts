/** suggest.ts: a correction for a misspelt query. */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { prepare } from '../../src/lib/search/prepare.ts';
import { suggest } from '../../src/lib/search/suggest.ts';
import { EN_FIXTURE, ZH_FIXTURE } from '../support/search-fixture.ts';

const en = new SearchEngine(EN_FIXTURE);
const zh = new SearchEngine(ZH_FIXTURE);
const enIndex = prepare(EN_FIXTURE);
const zhIndex = prepare(ZH_FIXTURE);

describe('suggest', () => {
  it('English: the nearest word of the plan for a word it holds nowhere', () => {
    expect(suggest(en.parse('robts'), enIndex)).toBe('robots');
    expect(suggest(en.parse('intelligent chipz'), enIndex)).toBe('intelligent chips');
    expect(suggest(en.parse('trademraks'), enIndex)).toBe('trademarks');
  });

  it('English: nothing for a word the plan holds, a short word, or a word far from any', () => {
    expect(suggest(en.parse('robots'), enIndex)).toBeUndefined();
    expect(suggest(en.parse('cpu'), enIndex)).toBeUndefined();
    expect(suggest(en.parse('zzzzzzzz'), enIndex)).toBeUndefined();
  });

  it('Chinese: a glossary name one character away (an input-method slip)', () => {
    expect(suggest(zh.parse('市知识产全局'), zhIndex)).toBe('市知识产权局');
    expect(suggest(zh.parse('智能芯片'), zhIndex)).toBeUndefined();
  });

  it('nothing for hostile input', () => {
    for (const q of ['', '<i>', '\uDFFF\uD800', '机'.repeat(10_000), 'q'.repeat(10_000)]) {
      expect(() => suggest(en.parse(q), enIndex)).not.toThrow();
      expect(() => suggest(zh.parse(q), zhIndex)).not.toThrow();
    }
    expect(suggest(en.parse(''), enIndex)).toBeUndefined();
  });
});
