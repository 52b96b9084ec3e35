import { describe, expect, it } from 'vitest';
import { buildFoldTable, buildFullFoldTable } from '../../src/lib/search/fold.ts';
import { planVocabulary } from '../../src/lib/search/page.ts';
import { readState, writeState } from '../../src/lib/search/state.ts';
import {
  foldQuery,
  needsFullFold,
  packFoldTable,
  unpackFoldTable,
} from '../../src/lib/search/text.ts';
import { loadModel } from '../support/load-content.ts';

describe('search state in the URL', () => {
  it('reads and writes queries and filters', () => {
    const state = readState('?q=5G&body=big-data-bureau&body=science-technology-bureau&part=task');
    expect(state.q).toBe('5G');
    expect(state.filters.body).toEqual(['big-data-bureau', 'science-technology-bureau']);
    expect(writeState(state)).toBe(
      '?q=5G&part=task&body=big-data-bureau&body=science-technology-bureau',
    );
    expect(writeState(readState(writeState(state)))).toBe(writeState(state));
  });

  it('keeps a query as text and drops malformed filter values', () => {
    const state = readState('?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&body=%3Cscript%3E');
    expect(state.q).toBe('<img src=x onerror=alert(1)>');
    expect(state.filters.body).toEqual([]);
    expect(readState('').q).toBe('');
  });

  it('cuts a query to 200 characters, in the URL read and written', () => {
    const long = 'x'.repeat(10_200);
    expect(readState(`?q=${long}`).q).toHaveLength(200);
    expect(writeState({ q: long, filters: readState('').filters })).toBe(`?q=${'x'.repeat(200)}`);
  });

  it('keeps “search the query as typed” in the URL, and only with a query', () => {
    expect(writeState({ ...readState('?q=%E5%88%9B%E6%96%B0%E5%8D%B7'), exact: true })).toBe(
      '?q=%E5%88%9B%E6%96%B0%E5%8D%B7&exact=1',
    );
    expect(readState('?q=a&exact=1').exact).toBe(true);
    expect(readState('?q=a&exact=yes').exact).toBeUndefined();
    expect(writeState({ q: '', filters: readState('').filters, exact: true })).toBe('');
  });
});

describe('Traditional characters', () => {
  const model = loadModel();
  const vocabulary = model.provisions.map((p) => p.title.zh + p.paragraphs.zh.join('')).join('');
  const table = buildFoldTable(
    vocabulary,
    model.terms.map((t) => t.zh),
  );

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

  it('asks for the full table only for a character neither the plan nor the small table knows', () => {
    const known = new Set(vocabulary);
    expect(needsFullFold('城市大腦', known, table)).toBe(false);
    expect(needsFullFold('人才補貼', known, table)).toBe(true);
    expect(needsFullFold('city brain 5G', known, table)).toBe(false);
  });

  it('the full table folds every Traditional character and Taiwan and Hong Kong wording', () => {
    const full = unpackFoldTable(packFoldTable(buildFullFoldTable(planVocabulary(model))));
    expect(foldQuery('人才補貼', full)).toBe('人才补贴');
    expect(foldQuery('晶片', full)).toBe('芯片');
    expect(foldQuery('電子資訊製造業', full)).toBe('电子信息制造业');
    expect(foldQuery('軟體', full)).toBe('软件');
    expect(foldQuery('龍頭企業', full)).toBe('龙头企业');
    // More than the plan's own characters: thousands of characters, over a thousand phrases.
    expect(Object.keys(full.chars).length).toBeGreaterThan(3000);
    expect(Object.keys(full.phrases).length).toBeGreaterThan(1000);
    // Simplified text and Latin are left alone, and so is wording the plan itself uses
    // (智慧 is Taiwan wording for 智能, but 智慧城市 is the plan's term).
    expect(foldQuery('人工智能 AI 5G', full)).toBe('人工智能 AI 5G');
    expect(foldQuery('智慧城市', full)).toBe('智慧城市');
  });
});
