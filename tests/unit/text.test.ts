import { describe, expect, it } from 'vitest';
import {
  chineseSentences,
  foldPunctuation,
  paragraphsOf,
  plainText,
  summarise,
} from '../../src/lib/model/text.ts';
import { preferredLanguage } from '../../src/lib/client/language.ts';

describe('plain text', () => {
  it('splits MDX bodies into paragraphs', () => {
    expect(paragraphsOf('\nOne line\ncontinued.\n\n  \nTwo *italic* here.\n')).toEqual([
      'One line continued.',
      'Two italic here.',
    ]);
    expect(paragraphsOf('第一段\n续行。\n\n第二段。')).toEqual(['第一段续行。', '第二段。']);
  });

  it('removes emphasis but keeps words with underscores or asterisks in them', () => {
    expect(plainText('the *Plan* and **bold**')).toBe('the Plan and bold');
    expect(plainText('snake_case_name')).toBe('snake_case_name');
  });

  it('folds the punctuation differences allowed between source and content', () => {
    // Full width written out (，：；（）): the source's Latin marks and the content's full-width ones fold alike.
    expect(foldPunctuation('各区、县\uff08市\uff09政府\uff0c市政府\uff1a a\uff1bb')).toBe(
      '各区、县(市)政府,市政府:a;b',
    );
    expect(foldPunctuation('各区、县(市)政府,市政府: a;b')).toBe('各区、县(市)政府,市政府:a;b');
  });

  it('cuts Chinese sentences at 。 and at ; ! ? in either width', () => {
    expect(chineseSentences('一。二;三')).toEqual(['一。', '二;', '三']);
    // ；！？ written out: the Traditional edition writes the source's ; ! ? full width.
    expect(chineseSentences('一\uff1b二\uff01三\uff1f四!五?')).toEqual([
      '一\uff1b',
      '二\uff01',
      '三\uff1f',
      '四!',
      '五?',
    ]);
    expect(chineseSentences('甲，乙')).toEqual(['甲，乙']);
  });

  it('summarises long text at a sentence break', () => {
    const text = `${'甲'.repeat(100)}。${'乙'.repeat(100)}`;
    expect(summarise(text, 150)).toBe(`${'甲'.repeat(100)}。…`);
    expect(summarise('short')).toBe('short');
  });
});

describe('language of the root page', () => {
  it('prefers the remembered choice, then the browser, then Chinese', () => {
    expect(preferredLanguage('en', ['zh-CN'])).toBe('en');
    expect(preferredLanguage(undefined, ['en-GB', 'zh'])).toBe('en');
    expect(preferredLanguage(undefined, ['zh-TW'])).toBe('zh-hant');
    expect(preferredLanguage(undefined, ['zh-HK', 'en'])).toBe('zh-hant');
    expect(preferredLanguage(undefined, ['zh-SG'])).toBe('zh');
    expect(preferredLanguage(undefined, ['fr-FR', 'en-US'])).toBe('en');
    // Neither Chinese nor English: the English edition (a German or Japanese reader reads it more likely).
    expect(preferredLanguage(undefined, ['fr-FR'])).toBe('en');
    expect(preferredLanguage(undefined, ['de', 'ja-JP'])).toBe('en');
    expect(preferredLanguage(undefined, [])).toBe('en');
    expect(preferredLanguage(undefined, ['ZH-hk'])).toBe('zh-hant');
    expect(preferredLanguage(undefined, ['zhx'])).toBe('en');
  });
});

describe('language runs', () => {
  it('finds the Chinese inside English text', async () => {
    const { languageRuns } = await import('../../src/lib/model/text.ts');
    expect(languageRuns('the Plan (沈政发〔2018〕19号) in force')).toEqual([
      { text: 'the Plan (', zh: false },
      { text: '沈政发〔2018〕19号', zh: true },
      { text: ') in force', zh: false },
    ]);
    expect(languageRuns('no Chinese here')).toEqual([{ text: 'no Chinese here', zh: false }]);
  });
});
