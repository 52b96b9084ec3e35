import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../src/lib/fold.ts';
import { excerptSegments, foldQuery, pagefindFilters, readState, writeState } from '../../src/lib/search-state.ts';
import { provisionSearchTerms } from '../../src/lib/search-terms.ts';
import { provisionById } from '../../src/lib/queries.ts';
import { loadModel } from '../support/load-content.ts';

describe('search state in the URL', () => {
  it('reads and writes queries and filters', () => {
    const state = readState('?q=5G&body=big-data-bureau&body=science-technology-bureau&part=task');
    expect(state.q).toBe('5G');
    expect(state.filters.body).toEqual(['big-data-bureau', 'science-technology-bureau']);
    expect(writeState(state)).toBe('?q=5G&part=task&body=big-data-bureau&body=science-technology-bureau');
    expect(writeState(readState(writeState(state)))).toBe(writeState(state));
    expect(pagefindFilters(state)).toEqual({ part: { any: ['task'] }, body: { any: ['big-data-bureau', 'science-technology-bureau'] } });
  });

  it('keeps a query as text and drops malformed filter values', () => {
    const state = readState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&body=%3Cscript%3E');
    expect(state.q).toBe('<img src=x onerror=alert(1)>');
    expect(state.filters.body).toEqual([]);
    expect(readState('').q).toBe('');
  });
});

describe('excerpts', () => {
  it('keeps only <mark> as markup, everything else as literal text', () => {
    expect(excerptSegments('建设<mark>城市大脑</mark>,&lt;b&gt; &amp; &#x27;x&#39;')).toEqual([
      { text: '建设', mark: false },
      { text: '城市大脑', mark: true },
      { text: ",<b> & 'x'", mark: false },
    ]);
    expect(excerptSegments('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });
});

describe('Traditional characters', () => {
  const model = loadModel();
  const vocabulary = model.provisions.map((p) => p.title.zh + p.paragraphs.zh.join('')).join('');
  const table = buildFoldTable(vocabulary, model.terms.map((t) => t.zh));

  it('folds Traditional queries into the plan’s Simplified text', () => {
    expect(foldQuery('知識產權', table)).toBe('知识产权');
    expect(foldQuery('城市大腦', table)).toBe('城市大脑');
    expect(foldQuery('眾創空間', table)).toBe('众创空间');
    expect(foldQuery('機器學習', table)).toBe('机器学习');
    expect(foldQuery('５Ｇ', table)).toBe('5G');
    expect(foldQuery('city brain', table)).toBe('city brain');
  });

  it('stays small: only the plan’s own characters', () => {
    expect(JSON.stringify(table).length).toBeLessThan(20_000);
  });
});

describe('search terms', () => {
  const model = loadModel();
  it('indexes each provision with the standalone names of its bodies, places and topics', () => {
    const zh = provisionSearchTerms(model, provisionById(model, 'task-7'), 'zh');
    expect(zh).toEqual(expect.arrayContaining(['市经济和信息化委员会', '经济和信息化委', '发展改革委', '智能家居']));
    const en = provisionSearchTerms(model, provisionById(model, 'measure-2'), 'en');
    expect(en).toEqual(expect.arrayContaining(['Siasun Robot Industrial Park', 'Municipal Human Resources and Social Security Bureau']));
  });
});
