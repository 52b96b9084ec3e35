/**
 * Readers' words (content/search.yaml `about`, search/readers.ts): a search that finds no
 * provision holding every word of the query is searched again with them; a provision is then
 * found by a word a reader uses for what it says, where its own words are silent on that word,
 * and never outranks a provision whose text holds it. Bad content fails the build naming the file
 * and field; the fetched file is read safely.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/lib/i18n.ts';
import { buildSearchData, readersWordsOf } from '../../src/lib/search/build-data.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import type { SearchOptions } from '../../src/lib/search/core.ts';
import { buildFullFoldTable } from '../../src/lib/search/fold.ts';
import { readersWordsFrom } from '../../src/lib/search/readers.ts';
import { loadModel, planSearchData, readSearchVocabulary } from '../support/load-content.ts';
import { doc, EN_FIXTURE, ZH_FIXTURE, ZH_HANT_FIXTURE } from '../support/search-fixture.ts';
import type { SearchData } from '../../src/lib/search/data.ts';

const ids = (outcome: { results: { doc: { id: string } }[] }) =>
  outcome.results.map((r) => r.doc.id);

/** As the page searches (client/search-backend.ts): again with the readers' words when it wants them. */
function searched(
  engine: SearchEngine,
  q: string,
  readers: Record<string, string[]>,
  options: SearchOptions = {},
) {
  const first = engine.search(q, options);
  return engine.wantsReadersWords(first, options)
    ? engine.search(q, { ...options, readers })
    : first;
}

describe('readers’ words in English', () => {
  const en = new SearchEngine(EN_FIXTURE);
  const readers = {
    'task-2': ['headhunting', 'recruiters'],
    'measure-1': ['seed money', 'robots'],
  };

  it('are wanted only when no provision holds every word of a query that names something', () => {
    expect(en.wantsReadersWords(en.search('headhunting'), {})).toBe(true);
    expect(en.wantsReadersWords(en.search('robots'), {})).toBe(false);
    // once given, not again
    expect(en.wantsReadersWords(en.search('headhunting', { readers }), { readers })).toBe(false);
    // a provision asked for by number is answered
    expect(en.wantsReadersWords(en.search('task 2'), {})).toBe(false);
  });

  it('find the provision by a readers’ word, as a full match', () => {
    expect(ids(en.search('headhunting'))).toEqual([]);
    const found = searched(en, 'headhunting', readers);
    expect(ids(found)).toEqual(['task-2']);
    expect(found.results[0]!.full).toBe(true);
    // the page says why it is there: its text does not say the word
    expect(found.results[0]!.related).toEqual(['headhunting']);
    expect(en.search('robots').results.every((r) => r.related === undefined)).toBe(true);
  });

  it('add nothing where the plan’s words answer: its text decides', () => {
    // "robots" is in task 1's and task 2's text: measure-1's readers' words are not even asked.
    expect(ids(searched(en, 'robots', readers))).toEqual(ids(en.search('robots')));
    expect(ids(searched(en, 'robots', readers))).not.toContain('measure-1');
  });

  it('outrank the thesaurus’s guess for a word they hold, which is tried only where they are silent', () => {
    // "headhunting" is not the plan's word; a guess (robots) finds task 1 and task 2 in full.
    const thesaurus = { headhunt: ['robots'], poach: ['software'] };
    const guessed = en.search('headhunting', { thesaurus });
    expect(guessed.results.filter((r) => r.full).map((r) => r.doc.id)).toHaveLength(2);
    // Found only by a guess: the readers' words are wanted, and task 2's hold the word itself.
    expect(en.wantsReadersWords(guessed, { thesaurus })).toBe(true);
    const found = searched(en, 'headhunting', readers, { thesaurus });
    expect(ids(found)).toEqual(['task-2']);
    expect(found.query.groups[0]!.alternatives.some((a) => a.guess)).toBe(false);
    // A word no readers' words hold keeps its guesses.
    expect(ids(searched(en, 'poaching', readers, { thesaurus }))).toEqual(['task-2']);
  });

  it('outrank a body’s name for a word only names hold; a provision’s kind still names it', () => {
    // "publisher" is only in a body's name (the Daily, newspaper publisher), never in the text.
    const data: SearchData = {
      ...EN_FIXTURE,
      docs: [
        doc({
          id: 'measure-5',
          kind: 'measure',
          title: 'Publicity',
          paragraphs: [['Tell the public about AI.']],
          names: ['The Daily (newspaper publisher)'],
          lead: ['The Daily (newspaper publisher)'],
        }),
        doc({
          id: 'notice',
          kind: 'section',
          title: 'Notice',
          paragraphs: [['This plan is issued to you.']],
          names: [],
          lead: [],
        }),
      ],
      entities: [],
    };
    const plan = new SearchEngine(data);
    const byName = plan.search('publisher');
    expect(ids(byName)).toEqual(['measure-5']);
    expect(plan.wantsReadersWords(byName, {})).toBe(true);
    const own = { notice: ['publisher', 'measures'] };
    expect(ids(searched(plan, 'publisher', own))).toEqual(['notice']);
    // A kind ("Measure 5") names its provisions as a title would, readers' words or not.
    expect(ids(searched(plan, 'measures', own))).toEqual(['measure-5', 'notice']);
    // The reader who names the body still finds its provision.
    expect(ids(searched(plan, 'The Daily', own))).toEqual(['measure-5']);
  });

  it('complete a query the plan answers only in part, below a provision its own words answer', () => {
    // "seed" only measure-1's readers' words hold; "funds" its text: a full match.
    const found = searched(en, 'seed funds', readers);
    expect(ids(found)[0]).toBe('measure-1');
    expect(found.results[0]!.full).toBe(true);
  });
});

describe('readers’ words in Chinese', () => {
  const readers = { 'measure-1': ['给钱', '天使投资', '芯片工厂', '海归'] };
  const zh = new SearchEngine(ZH_FIXTURE);

  it('find a provision by a word the plan never writes, in either script', () => {
    expect(ids(zh.search('给钱'))).toEqual([]);
    const found = searched(zh, '给钱', readers);
    expect(ids(found)).toEqual(['measure-1']);
    expect(found.results[0]!.full).toBe(true);
    expect(ids(searched(zh, '天使投资', readers))).toEqual(['measure-1']);
    // Traditional characters the plan never uses are folded by the full table, as the page does;
    // the word is given back as typed.
    const hant = new SearchEngine(ZH_HANT_FIXTURE);
    const typed = searched(hant, '給錢', readers, { fold: buildFullFoldTable() });
    expect(ids(typed)).toEqual(['measure-1']);
    expect(typed.results[0]!.related).toEqual(['給錢']);
  });

  it('add nothing for a word the plan writes: its text decides', () => {
    expect(ids(searched(zh, '芯片', readers))).toEqual(ids(zh.search('芯片')));
    expect(ids(searched(zh, '芯片', readers))).not.toContain('measure-1');
  });

  it('a readers’ word of the text stating the targets asks for the targets ledger', () => {
    // The small plan has no targets text: measure-4 stands for it.
    const data = { ...ZH_FIXTURE, targets: { ...ZH_FIXTURE.targets, text: 'measure-4' } };
    const engine = new SearchEngine(data);
    const kinds = (q: string, r: Record<string, string[]>) =>
      searched(engine, q, r).answers.map((a) => a.kind);
    expect(kinds('预期成果', { 'measure-4': ['预期成果'] })).toContain('targets');
    expect(kinds('预期成果', {})).not.toContain('targets');
    expect(kinds('预期成果', { 'task-1': ['预期成果'] })).not.toContain('targets');
  });

  it('are read from the fetched file safely: anything not id → words is left out', () => {
    expect(readersWordsFrom(null)).toEqual({});
    expect(readersWordsFrom(['x'])).toEqual({});
    const read = readersWordsFrom(
      JSON.parse('{"task-1":["给钱",3,""],"__proto__":["x"],"<b>":["y"],"task-2":"z"}'),
    );
    expect(Object.keys(read)).toEqual(['task-1']);
    expect(read['task-1']).toEqual(['给钱']);
    // An id no provision has finds nothing, and breaks nothing.
    expect(ids(searched(zh, '给钱', { 'no-such': ['给钱'] }))).toEqual([]);
  });
});

describe('readers’ words in the built data', () => {
  const model = loadModel();
  const vocabulary = readSearchVocabulary();

  it('are served apart per written language; Chinese less the words the plan holds whole', () => {
    const zh = planSearchData('zh');
    const readers = readersWordsOf(zh, vocabulary);
    expect(Object.keys(readers).length).toBeGreaterThan(20);
    const plan = zh.docs.flatMap((d) => [d.title, ...d.paragraphs.flat()]).join('');
    for (const words of Object.values(readers))
      for (const w of words) expect(plan).not.toContain(w);
    const en = planSearchData('en');
    expect(readersWordsOf(en, vocabulary)['task-7']).toEqual(vocabulary.about?.['task-7']?.en);
    // a query that only asks names nothing to look up
    const engine = new SearchEngine(en);
    expect(engine.wantsReadersWords(engine.search('what'), {})).toBe(false);
    // the search data itself carries none: a first search does not load them
    expect(JSON.stringify(zh)).not.toContain(readers['task-7']![0]);
  });

  it('say nothing the plan does not: no land, housing, visas, hukou, named apps or later technology', () => {
    // The plan never mentions these (the issue's "not in the plan" cases, and the reviews' removals):
    // a readers' word naming one would list a provision for it, where the page should say so.
    const absent =
      /\b(land|housing|apartments?|visas?|green cards?|hukou|wechat|weibo|quantum|blockchain|metaverse|chatgpt)\b|土地|用地|住房|签证|绿卡|户口|微信|微博|量子|区块链|大模型/i;
    for (const [id, words] of Object.entries(vocabulary.about ?? {}))
      for (const w of [...words.en, ...words.zh]) expect(absent.test(w), `${id}: ${w}`).toBe(false);
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
