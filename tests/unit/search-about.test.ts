/**
 * Readers' words (content/search.yaml `about`): a provision is found by a word a reader uses for
 * what it says where the plan's own words never hold that word, and never by a word the plan does
 * write (its text decides there). English sends them as references in the thesaurus's shards;
 * Chinese in the provisions' data. Bad content fails the build naming the file and field.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/lib/i18n.ts';
import { buildSearchData, readersWordsOf } from '../../src/lib/search/build-data.ts';
import { readersWordsFrom } from '../../src/lib/search/readers.ts';
import { foldingOf } from '../../src/lib/search/data.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { aboutRefs, parseWordNet, thesaurusFor } from '../../src/lib/search/thesaurus-build.ts';
import { aboutRef, isAboutRef, lookUp, mergeShards } from '../../src/lib/search/thesaurus.ts';
import { contentKeys } from '../../src/lib/search/text.ts';
import { buildFullFoldTable } from '../../src/lib/search/fold.ts';
import { loadModel, readSearchVocabulary } from '../support/load-content.ts';
import { EN_FIXTURE, ZH_FIXTURE, ZH_HANT_FIXTURE } from '../support/search-fixture.ts';

const NO_WORDNET = parseWordNet([]);
const ids = (outcome: { results: { doc: { id: string } }[] }) =>
  outcome.results.map((r) => r.doc.id);

describe('readers’ words as references (English)', () => {
  const folding = foldingOf(EN_FIXTURE.vocabulary);
  const written = new Set(contentKeys('intelligent chips for robots', folding));

  it('refers each word the plan does not write to its provisions, and no other word', () => {
    const refs = aboutRefs({ 'task-2': ['headhunting', 'chips', 'the 5G era'] }, folding, written);
    expect(refs.get('headhunt')).toEqual(['@task-2']);
    expect(refs.get('era')).toEqual(['@task-2']);
    // written by the plan (chips), a stop word (the), a number (5G): none
    expect(refs.has('chip')).toBe(false);
    expect(refs.has('the')).toBe(false);
    expect([...refs.keys()].some((k) => /\d/.test(k))).toBe(false);
  });

  it('leaves out a word of more provisions than the limit: it tells none apart', () => {
    const about = Object.fromEntries(['a', 'b', 'c'].map((id) => [id, ['gizmo']]));
    expect(aboutRefs(about, folding, written, 3).get('gizmo')).toHaveLength(3);
    expect(aboutRefs(about, folding, written, 2).has('gizmo')).toBe(false);
  });

  it('travels in the shards beside the plan’s words, and survives their hostile-input merge', () => {
    expect(aboutRef('task-7')).toBe('@task-7');
    expect(isAboutRef('@task-7')).toBe(true);
    expect(isAboutRef('chips')).toBe(false);
    const merged = mergeShards([{ gizmo: ['chips', '@task-1'], __proto__: ['@x'] }]);
    expect(lookUp(merged, 'gizmo')).toEqual(['chips', '@task-1']);
    expect(lookUp(merged, '__proto__')).toEqual([]);
  });

  it('finds the provision by a readers’ word, as a full match, and by nothing else', () => {
    const engine = new SearchEngine(EN_FIXTURE);
    const thesaurus = thesaurusFor(EN_FIXTURE, NO_WORDNET, {
      'task-2': ['headhunting', 'robots'],
      'measure-1': ['seed money'],
    });
    expect(thesaurus['headhunt']).toEqual(['@task-2']);
    expect(ids(engine.search('headhunting'))).toEqual([]);
    const found = engine.search('headhunting', { thesaurus });
    expect(ids(found)).toEqual(['task-2']);
    expect(found.results[0]!.full).toBe(true);
    // "robots" is the plan's word: its text decides, the readers' word adds nothing (task-1 first, as without).
    expect(ids(engine.search('robots', { thesaurus }))).toEqual(ids(engine.search('robots')));
    // Two words, one the plan's (funds), one only readers' (seed): the provision holding both first.
    expect(ids(engine.search('seed funds', { thesaurus }))[0]).toBe('measure-1');
  });

  it('a readers’ word of the text stating the targets asks for the targets ledger', () => {
    const data = { ...EN_FIXTURE, targets: { ...EN_FIXTURE.targets, text: 'targets' } };
    const engine = new SearchEngine(data);
    const thesaurus = thesaurusFor(data, NO_WORDNET, { targets: ['figures', 'how big'] });
    const kinds = (q: string, t = thesaurus) =>
      engine.search(q, { thesaurus: t }).answers.map((a) => a.kind);
    expect(kinds('what figures')).toContain('targets');
    expect(kinds('what figures', {})).not.toContain('targets');
    // A word of another provision's readers' words does not.
    const other = thesaurusFor(data, NO_WORDNET, { 'task-2': ['figures'] });
    expect(kinds('what figures', other)).not.toContain('targets');
  });

  it('never takes a reference from what is typed: only the shards give one', () => {
    const engine = new SearchEngine(EN_FIXTURE);
    const keys = engine
      .parse('@headhunting @task-2 gizmo')
      .groups.flatMap((g) => g.alternatives.flatMap((a) => a.keys));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((k) => isAboutRef(k))).toBe(false);
  });
});

describe('readers’ words in Chinese', () => {
  const readers = { 'measure-1': ['给钱', '天使投资', '芯片工厂', '海归'] };
  const zh = new SearchEngine(ZH_FIXTURE);

  it('are needed only for a query holding a word the plan’s own words never hold', () => {
    expect(zh.needsReadersWords('给钱')).toBe(true);
    expect(zh.needsReadersWords('芯片')).toBe(false);
    expect(new SearchEngine(EN_FIXTURE).needsReadersWords('headhunting')).toBe(false);
  });

  it('find a provision by a word the plan never writes, in either script', () => {
    expect(ids(zh.search('给钱'))).toEqual([]);
    const found = zh.search('给钱', { readers });
    expect(ids(found)).toEqual(['measure-1']);
    expect(found.results[0]!.full).toBe(true);
    expect(ids(zh.search('天使投资', { readers }))).toEqual(['measure-1']);
    // Traditional characters the plan never uses are folded by the full table, as the page does.
    const hant = new SearchEngine(ZH_HANT_FIXTURE);
    const fold = buildFullFoldTable();
    expect(hant.needsReadersWords('給錢', fold)).toBe(true);
    expect(ids(hant.search('給錢', { fold, readers }))).toEqual(['measure-1']);
  });

  it('a readers’ word of the text stating the targets asks for the targets ledger', () => {
    // The small plan has no targets text: measure-4 stands for it.
    const data = { ...ZH_FIXTURE, targets: { ...ZH_FIXTURE.targets, text: 'measure-4' } };
    const engine = new SearchEngine(data);
    const kinds = (q: string, r?: Record<string, string[]>) =>
      engine.search(q, r ? { readers: r } : {}).answers.map((a) => a.kind);
    expect(kinds('预期成果', { 'measure-4': ['预期成果'] })).toContain('targets');
    expect(kinds('预期成果')).not.toContain('targets');
    expect(kinds('预期成果', { 'task-1': ['预期成果'] })).not.toContain('targets');
  });

  it('add nothing for a word the plan writes: its text decides', () => {
    expect(ids(zh.search('芯片', { readers }))).toEqual(ids(zh.search('芯片')));
    expect(ids(zh.search('芯片', { readers }))).not.toContain('measure-1');
  });

  it('do not make a misspelt piece look known: the plan’s own words decide that', () => {
    // 归 alone is no word of the plan: the query's words are searched as without readers' words.
    expect(ids(zh.search('芯片归', { readers }))).toEqual(ids(zh.search('芯片归')));
  });

  it('are read from the fetched file safely: anything not id → words is left out', () => {
    expect(readersWordsFrom(null)).toEqual({});
    expect(readersWordsFrom(['x'])).toEqual({});
    const read = readersWordsFrom(
      JSON.parse('{"task-1":["给钱",3,""],"__proto__":["x"],"<b>":["y"],"task-2":"z"}'),
    );
    expect(Object.keys(read)).toEqual(['task-1']);
    expect(read['task-1']).toEqual(['给钱']);
    // An id a provision does not have finds nothing, and breaks nothing.
    expect(ids(zh.search('给钱', { readers: { 'no-such': ['给钱'] } }))).toEqual([]);
  });
});

describe('readers’ words in the built data', () => {
  const model = loadModel();
  const vocabulary = readSearchVocabulary();

  it('are served apart for the Chinese editions, less the words the plan holds whole', () => {
    const data = buildSearchData(model, vocabulary, 'zh', useTranslations('zh'));
    const readers = readersWordsOf(data, vocabulary);
    expect(Object.keys(readers).length).toBeGreaterThan(20);
    const plan = data.docs.flatMap((d) => [d.title, ...d.paragraphs.flat()]).join('');
    for (const words of Object.values(readers))
      for (const w of words) expect(plan).not.toContain(w);
  });

  it('fail the build naming the file and the field for an id no provision has', () => {
    const bad = {
      ...vocabulary,
      about: { ...vocabulary.about, 'task-99': { zh: ['x'], en: ['y'] } },
    };
    expect(() => buildSearchData(model, bad, 'zh', useTranslations('zh'))).toThrow(
      'content/search.yaml: about.task-99: no provision or section has this id',
    );
  });
});
