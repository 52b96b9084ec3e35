/**
 * A Chinese query typed with a pinyin input method: a wrong character of the same sound is
 * corrected (心片 → 芯片, 人工只能 → 人工智能), with the table of which characters sound alike
 * (node/sounds.ts, search/sounds.ts); what is not such a slip is left as typed.
 */
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { commonCharacters, readings, soundsTable } from '../../src/lib/node/sounds.ts';
import { planVocabulary } from '../../src/lib/search/page.ts';
import { fuzzy, soundAlike, soundsFrom } from '../../src/lib/search/sounds.ts';
import { loadModel, planSearchData, readSearchVocabulary } from '../support/load-content.ts';

describe('the table of sounds', () => {
  it('reads GB 2312’s 3,755 common characters, every reading of each, toneless', () => {
    const chars = commonCharacters();
    expect(chars).toHaveLength(3755);
    expect(chars[0]).toBe('啊');
    expect(readings('行')).toEqual(expect.arrayContaining(['hang', 'xing']));
    expect(readings('智')).toEqual(['zhi']);
  });

  it('keeps the syllables of the plan’s characters, with those the fuzzy setting types alike', () => {
    const table = soundsTable('智造');
    expect(table['zhi']).toContain('只');
    expect(table['zhi']).toContain('智');
    // 造 zao: 照 zhao is typed alike by the fuzzy setting
    expect(table['zhao']).toContain('照');
    expect(table['ma']).toBeUndefined();
  });

  it('is read safely from the fetched file, and tells which characters sound alike', () => {
    const sounds = soundsFrom({
      zhi: '只智',
      zao: '造',
      zhao: '照',
      '<b>': '坏',
      xin: 7,
      __proto__: 'x',
    });
    expect(soundAlike('只', '智', sounds)).toBe(true);
    expect(soundAlike('照', '造', sounds)).toBe(true);
    expect(soundAlike('只', '造', sounds)).toBe(false);
    expect(soundAlike('坏', '只', sounds)).toBe(false);
    expect(soundsFrom(null).size).toBe(0);
    expect(soundsFrom(['zhi']).size).toBe(0);
    expect(fuzzy('zhang')).toBe('zan');
    expect(fuzzy('liu')).toBe('niu');
    expect(fuzzy('xin')).toBe('xin');
  });
});

describe('a slip of the same sound', () => {
  const model = loadModel();
  const vocabulary = readSearchVocabulary();
  const sounds = soundsFrom(soundsTable(planVocabulary(model) + JSON.stringify(vocabulary)));
  const zh = new SearchEngine(planSearchData('zh'));

  it.each([
    ['心片', '芯片'],
    ['人工只能', '人工智能'],
    ['无人积', '无人机'],
    ['只能制照', '智能制造'],
  ])('%s is searched as %s, and the page says so', (typed, meant) => {
    const outcome = zh.search(typed, { sounds });
    expect(outcome.suggestion).toBe(meant);
    expect(outcome.results[0]?.full).toBe(true);
  });

  it('a query of the plan’s own words, or a slip that is not one of sound, is left as typed', () => {
    expect(zh.search('芯片', { sounds }).suggestion).toBeUndefined();
    expect(zh.search('机器人产业', { sounds }).suggestion).toBeUndefined();
    // a character left over beside a word of two: too often another word, never changed
    expect(zh.search('开AI公司', { sounds }).suggestion).toBeUndefined();
    // without the table, only a glossary name one character away is offered, as before
    expect(zh.search('心片').suggestion).toBeUndefined();
    expect(zh.search('创新卷').suggestion).toBe('创新券');
  });
});
