/** The search engine on the real plan (built from content/ as the site builds it): parsing, ranking, snippets, answers, corrections. */
import { describe, expect, it } from 'vitest';
import { entityPath, packed, unpacked } from '../../src/lib/search/data.ts';
import { LOCALES } from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { SearchEngine, segmentsText } from '../../src/lib/search/engine.ts';
import { buildFullFoldTable } from '../../src/lib/search/fold.ts';
import { pageFoldTable, planVocabulary } from '../../src/lib/search/page.ts';
import { cutChinese } from '../../src/lib/search/query.ts';
import { countedIn } from '../../src/lib/search/counted.ts';
import { prepare } from '../../src/lib/search/prepare.ts';
import { editDistance } from '../../src/lib/search/distance.ts';
import { foldSpelling, keyOf, tokens } from '../../src/lib/search/text.ts';
import { loadModel, planSearchData } from '../support/load-content.ts';

const model = loadModel();
/** An edition's search data, made once for the whole file (as the build makes it once). */
const dataOf = planSearchData;
const zh = new SearchEngine(dataOf('zh'));
const en = new SearchEngine(dataOf('en'));
const fold = buildFullFoldTable(planVocabulary(model));
const ids = (engine: SearchEngine, q: string) =>
  engine.search(q, { fold }).results.map((r) => r.doc.id);
const textOf = (id: string, locale: 'zh' | 'en') =>
  model.provisions.find((p) => p.id === id)!.paragraphs[locale].join(' ');

describe('English words', () => {
  /** The words the English tokenizer reads in a text, as typed. */
  const words = (t: string) => tokens(t, en.folding).map((x) => x.word);

  it('fold British and American spellings both ways, then stem', () => {
    expect(keyOf('organisation', en.folding)).toBe(keyOf('organization', en.folding));
    expect(keyOf('centre', en.folding)).toBe(keyOf('center', en.folding));
    expect(keyOf('programme', en.folding)).toBe(keyOf('program', en.folding));
    expect(keyOf('industrialisation', en.folding)).toBe(keyOf('industrialization', en.folding));
    expect(keyOf('incubators', en.folding)).toBe(keyOf('incubator', en.folding));
    expect(foldSpelling('enterprise', new Map())).toBe(foldSpelling('enterprize', new Map()));
  });

  it('read a short form joined by an ampersand as one word (R&D), and R&D written out as it', () => {
    expect(words('AI R&D bases, S&T Bureau')).toEqual(['ai', 'r&d', 'bases', 's&t', 'bureau']);
    // Not a longer word after the ampersand, nor a lone one.
    expect(words('rock&roll & more')).toEqual(['rock', 'roll', 'more']);
    const [t] = tokens('R&D', en.folding);
    expect([t?.start, t?.end]).toEqual([0, 3]);
    for (const q of ['R&D', 'R and D', 'research and development'])
      expect(
        en
          .parse(q)
          .groups.map((g) => g.alternatives.map((a) => a.text))
          .flat(),
        q,
      ).toContain(q === 'R&D' ? 'r&d' : 'R&D');
  });

  it('read a short form spelt with full stops as one word: A.I. is AI', () => {
    expect(words('A.I. talent, the U.S. and e.g. robots')).toEqual([
      'ai',
      'talent',
      'the',
      'us',
      'and',
      'eg',
      'robots',
    ]);
    // A sentence's last letter and full stop are not a short form; positions are the text's.
    expect(words('Plan B. Then')).toEqual(['plan', 'b', 'then']);
    const [t] = tokens('A.I. plan', en.folding);
    expect([t?.start, t?.end]).toEqual([0, 4]);
    const outcome = en.search('A.I.');
    expect(outcome.absent).toEqual([]);
    expect(outcome.results.length).toBeGreaterThan(0);
  });

  it('read a letter hyphened to a word as one word: e-commerce is not "e"', () => {
    expect(words('e-commerce, E-Government and x-rays')).toEqual([
      'e-commerce',
      'e-government',
      'and',
      'x-rays',
    ]);
    // Typed without the hyphen, the same word; a letter inside a chain, and a number's, are not.
    const key = (t: string) => tokens(t, en.folding).map((x) => x.key);
    expect(key('ecommerce')).toEqual(key('e-commerce'));
    expect(words('one-a-day 5G-based R&D-led')).toEqual([
      'one',
      'a',
      'day',
      '5g',
      'based',
      'r&d',
      'led',
    ]);
    const [, t] = tokens('an e-health app', en.folding);
    expect([t?.start, t?.end]).toEqual([3, 11]);
    // The plan does not mention e-commerce: said so of the word typed, not of "e".
    expect(en.search('e-commerce', { correct: false }).absent).toEqual(['e-commerce']);
  });

  it('read a contraction as its first word, with or without the apostrophe, and frame words as none', () => {
    const forms = "doesn't I'm we'll they're you've I'd can't won't Shenyang's o'clock";
    const read = ['does', 'i', 'we', 'they', 'you', 'i', 'can', 'will', 'shenyang', 'oclock'];
    expect(words(forms)).toEqual(read);
    // Typed without the apostrophe, where that is no other word (well, ill and id stay words).
    expect(words('doesnt im well theyre youve ill cant wont shenyangs id')).toEqual([
      'does',
      'i',
      'well',
      'they',
      'you',
      'ill',
      'can',
      'will',
      'shenyangs',
      'id',
    ]);
    expect(words('whats whos hows dont isnt')).toEqual(['what', 'who', 'how', 'do', 'is']);
    // Nothing from Object's prototype: a word is only a word.
    expect(words('constructor toString __proto__')).toEqual(['constructor', 'tostring', 'proto']);
    const content = (q: string) => en.parse(q).groups.map((g) => g.text);
    // "does the city" frames the question as "does" does.
    for (const q of ["doesn't the city fund chips", 'doesnt the city fund chips'])
      expect(content(q), q).toEqual(['fund', 'chips']);
    // … and so does the city as the subject of what it will do or wants; the city brain keeps it.
    expect(content('number of AI industry standards the city will lead')).toEqual([
      'ai',
      'industry',
      'standards',
      'lead',
    ]);
    expect(content("what's the city doing about chips")).toEqual(['chips']);
    expect(ids(en, 'number of AI industry standards the city will lead')[0]).toBe('measure-4');
    expect(content("I'm looking for tax breaks")).toEqual(['tax breaks']);
    expect(content('I want to learn about the city brain')).toEqual(['city', 'brain']);
    expect(content('please explain the talent policy')).toEqual(['talent']);
    // Only before "about" or "more": know-how and machines that learn keep their words.
    expect(content('machines that learn')).toEqual(['machines', 'learn']);
    expect(ids(en, 'I want to learn about the city brain')[0]).toBe('task-11');
    expect(ids(en, "what's the plan for drones")).toEqual(ids(en, 'whats the plan for drones'));
  });

  it('military-civil fusion under every name investors and researchers use puts task 2 first', () => {
    for (const q of [
      'MCF',
      'military-civil fusion',
      'civil-military fusion',
      'military-civilian integration',
      'military civil fusion',
    ]) {
      expect(ids(en, q)[0], q).toBe('task-2');
    }
    expect(ids(zh, '军民融合')[0]).toBe('task-2');
  });

  it('leave out stop words, keep synonym phrases whole, and never require a stop word', () => {
    const q = en.parse('who is responsible for the city brain');
    expect(q.groups.map((g) => g.text)).toEqual(['city', 'brain']);
    // left out, as a phrase (a who-form) or word by word
    expect(q.dropped.join(' ')).toContain('who is responsible');
    const cars = en.parse('self-driving cars');
    expect(cars.groups.map((g) => g.text)).toEqual(['self driving', 'cars']);
    expect(cars.groups[0]!.alternatives.map((a) => a.text)).toEqual(
      expect.arrayContaining(['autonomous', 'driverless']),
    );
    // A query of question words only is searched as typed rather than dropped whole.
    expect(en.parse('the plan').groups.map((g) => g.text)).toEqual(['the', 'plan']);
    expect(zh.parse('任务').groups.map((g) => g.text)).toEqual(['任务']);
  });

  it('"who" does not match "whole", and "cars" does not match "card" or "care"', () => {
    const marks = en
      .search('cars')
      .results.flatMap((r) =>
        r.snippet.segments.filter((s) => s.mark).map((s) => s.text.toLowerCase()),
      );
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).not.toMatch(/^(card|care)$/);
    expect(en.search('who').results).toEqual([]);
  });
});

describe('Chinese words', () => {
  const synonyms = new Map<string, string[]>([['补贴', ['支持']]]);
  const stop = new Set(['谁', '负责', '谁负责', '的']);
  it('are cut at the longest runs of the plan, so 机器人 stays whole', () => {
    const corpus = '智能机器人产业,人才新政';
    expect(cutChinese('机器人', corpus, synonyms, stop).map((p) => p.text)).toEqual(['机器人']);
    expect(cutChinese('人才补贴', corpus, synonyms, stop).map((p) => p.text)).toEqual([
      '人才',
      '补贴',
    ]);
    expect(cutChinese('谁负责机器人', corpus, synonyms, stop)).toEqual([
      { text: '谁负责', stop: true },
      { text: '机器人', stop: false },
    ]);
    expect(cutChinese('量子机器人', corpus, synonyms, stop).map((p) => p.text)).toEqual([
      '量子',
      '机器人',
    ]);
  });

  it('are cut shorter where the plan writes a run only before another character (产业基 + 础)', () => {
    const corpus = '产业基础,发展基金,用人主体,人工智能,医院';
    const cut = (q: string) => cutChinese(q, corpus, new Map(), new Set()).map((p) => p.text);
    // 产业基 is only ever 产业基础 in this text: 产业基金 is 产业 + 基金.
    expect(cut('产业基金')).toEqual(['产业', '基金']);
    expect(cut('医院用人工智能')).toEqual(['医院', '用', '人工智能']);
    // A run the plan writes before different characters (产业基础, 产业基地) is kept.
    expect(
      cutChinese('产业基金', corpus + ',产业基地', new Map(), new Set()).map((p) => p.text),
    ).toEqual(['产业基', '金']);
    // The run the query goes on with (用人主体) is kept whole.
    expect(cut('用人主体')).toEqual(['用人主体']);
  });

  it('are cut where the plan ends a word, not across it (制定 + 人工智能行业标准)', () => {
    // The plan writes 制定人工智能 only before 财税金融 (a title): the query goes on with 行业标准.
    expect(zh.parse('谁来制定人工智能行业标准').groups.map((g) => g.text)).toEqual([
      '制定',
      '人工智能行业标准',
    ]);
    const outcome = zh.search('谁来制定人工智能行业标准');
    expect(outcome.results[0]).toMatchObject({ doc: { id: 'measure-4' }, full: true });
  });

  it('a query ending where the plan goes on into a name is its words (机器人产业, not 新松机器人产业园)', () => {
    expect(zh.parse('机器人产业').groups.map((g) => g.text)).toEqual(['机器人', '产业']);
    const outcome = zh.search('机器人产业');
    // Not only the park's measure: the robot-industry tasks match in full too.
    expect(outcome.results.filter((r) => r.full).length).toBeGreaterThan(3);
    expect(outcome.results.slice(0, 3).map((r) => r.doc.id)).toContain('task-7');
  });

  it('give back to a question word the characters a run swallowed (人工智能行 + 动计划)', () => {
    const cut = cutChinese(
      '人工智能行动计划里的职责',
      '人工智能行业,行动计划',
      new Map(),
      new Set(['行动计划', '里', '的', '职责']),
    );
    expect(cut.filter((p) => !p.stop).map((p) => p.text)).toEqual(['人工智能']);
    expect(zh.parse('发改委在人工智能行动计划里的职责').groups.map((g) => g.text)).toEqual([
      '发改委',
      '人工智能',
    ]);
  });

  it('single characters cut from a longer query never decide the ranking', () => {
    const q = zh.parse('机器人卷');
    expect(q.groups.find((g) => g.text === '卷')?.weak).toBe(true);
    expect(zh.search('机器人').results.map((r) => r.doc.id)).toEqual(
      zh.search('机器人卷', { correct: false }).results.map((r) => r.doc.id),
    );
  });
});

describe('ranking', () => {
  it('puts a provision holding the whole query above one holding parts of it', () => {
    const outcome = en.search('city brain');
    expect(outcome.results[0]!.doc.id).toBe('task-11');
    expect(outcome.results[0]!.full).toBe(true);
    expect(outcome.results.slice(1).every((r) => !r.full)).toBe(true);
    expect(outcome.results[1]!.missing).toEqual(['brain']);
  });

  it('among provisions that match alike, the shorter one comes first (机器人: the robotics industry task)', () => {
    expect(ids(zh, '机器人')[0]).toBe('task-7');
    expect(ids(en, 'robots')[0]).toBe('task-7');
  });

  it('a title match ranks above a body match', () => {
    // 人才 is in the title of task 3 and only in the text of others.
    expect(ids(zh, '人才')[0]).toBe('task-3');
  });

  it('finds provisions through the names of their bodies, the lead body first', () => {
    // The Big Data Bureau leads tasks 10 and 11 and shares task 2.
    expect(ids(en, 'Big Data Bureau').slice(0, 2).sort()).toEqual(['task-10', 'task-11']);
    expect(ids(zh, '大数据局').slice(0, 2).sort()).toEqual(['task-10', 'task-11']);
    expect(ids(zh, '大数据局')).toContain('task-2');
  });

  it('finds the plan’s text outside the provisions too, after the provisions', () => {
    const targets = zh.search('产值').results;
    expect(targets[0]).toMatchObject({
      doc: { id: 'targets', kind: 'section', path: '/zh/plan/' },
    });
    const ideology = en.search('guiding ideology').results;
    expect(ideology[0]!.doc.id).toBe('guiding-ideology');
    // Among results that hold every word, provisions come first.
    const talent = zh.search('人才').results;
    const firstSection = talent.findIndex((r) => r.doc.kind === 'section');
    expect(
      firstSection === -1 ||
        talent.slice(firstSection).every((r) => r.doc.kind === 'section' || !r.full),
    ).toBe(true);
    // A filter on part, group, body or place leaves the sections out.
    expect(zh.search('产值', { filters: { part: ['task'] } }).results).toEqual([]);
  });

  it('a synonym still earns the whole-phrase rank (smart healthcare → intelligent healthcare)', () => {
    const r = en.search('smart healthcare').results;
    expect(r[0]!.full).toBe(true);
    expect(['task-2', 'task-9', 'task-12', 'task-7']).toContain(r[0]!.doc.id);
  });

  it('filters by part, group, body and place', () => {
    expect(
      en.search('talent', { filters: { part: ['measure'] } }).results.map((r) => r.doc.id),
    ).toEqual(['measure-2']);
    expect(
      en
        .search('talent', { filters: { body: ['organization-department'] } })
        .results.map((r) => r.doc.id),
    ).toEqual(['task-3']);
    expect(zh.search('', { filters: { part: ['task'] } }).results).toEqual([]);
  });
});

describe('snippets', () => {
  it('quote the provision’s sentences, the match marked, never names or labels', () => {
    for (const [engine, q, locale] of [
      [zh, '大数据局', 'zh'],
      [zh, '城市大脑', 'zh'],
      [en, 'Big Data Bureau', 'en'],
      [en, 'innovation vouchers', 'en'],
    ] as const) {
      for (const r of engine.search(q).results) {
        const text = segmentsText(r.snippet.segments);
        for (const piece of text
          .split(/…+/)
          .map((s) => s.trim())
          .filter(Boolean))
          expect(textOf(r.doc.id, locale).replace(/\s+/g, ' ')).toContain(piece);
      }
    }
    const vouchers = en
      .search('innovation vouchers')
      .results.find((r) => r.doc.id === 'measure-1')!;
    expect(vouchers.snippet.segments.filter((s) => s.mark).map((s) => s.text)).toEqual([
      'innovation vouchers',
    ]);
  });

  it('cut long sentences around the match, never inside a mark', () => {
    for (const r of en.search('manufacturing').results) {
      const text = segmentsText(r.snippet.segments);
      expect(text.length).toBeLessThanOrEqual(2 * 280 + 10);
      for (const m of r.snippet.segments.filter((s) => s.mark))
        expect(m.text.toLowerCase()).toMatch(/^manufactur/);
    }
  });

  it('link to the paragraph that holds the quoted sentence', () => {
    const r = zh.search('创新券').results.find((x) => x.doc.id === 'measure-1')!;
    const paragraph = model.provisions.find((p) => p.id === 'measure-1')!.paragraphs.zh[
      r.snippet.paragraph - 1
    ]!;
    expect(paragraph).toContain('创新券');
  });
});

describe('direct answers', () => {
  it('name the body, place or topic the query names, with its count', () => {
    expect(en.search('city brain').answers[0]).toMatchObject({
      kind: 'place',
      id: 'city-brain',
      count: 1,
    });
    expect(en.search('robot').answers[0]).toMatchObject({
      kind: 'topic',
      id: 'intelligent-robots',
    });
    expect(zh.search('市科技局').answers[0]).toMatchObject({
      kind: 'body',
      id: 'science-technology-bureau',
      name: model.bodies.find((b) => b.id === 'science-technology-bureau')!.name.zh,
    });
    // The name shown is the entity's own, not an alias the query used.
    expect(
      en.search('Intellectual Property Office').answers.find((a) => a.kind === 'body'),
    ).toMatchObject({
      id: 'science-technology-bureau',
      name: model.bodies.find((b) => b.id === 'science-technology-bureau')!.name.en,
    });
    expect(zh.search('30亿元').answers.map((a) => a.kind)).toContain('targets');
    expect(en.search('targets for 2020').answers.map((a) => a.kind)).toContain('targets');
  });

  it('put first the provision counting what a how-many question names, where no target does', () => {
    // Task 6 focuses on "the four core industries", task 7 on "the six related industries".
    expect(en.search('how many core industries are there').results[0]?.doc.id).toBe('task-6');
    expect(en.search('how many related AI industries').results[0]?.doc.id).toBe('task-7');
    expect(zh.search('有几个核心产业').results[0]?.doc.id).toBe('task-6');
    expect(zh.search('相关产业有几个').results[0]?.doc.id).toBe('task-7');
    // Counted by several provisions (four core, six related, five … industrial): none is put first.
    const index = prepare(dataOf('en'));
    expect(countedIn(en.parse('how many industries'), index.docs, 'latin')).toBeUndefined();
    // Only a question asking for an amount: a plain query is ranked as it is.
    expect(countedIn(en.parse('how many core industries'), index.docs, 'latin')).toBe('task-6');
    expect(en.search('core industries').answers.map((a) => a.kind)).not.toContain('targets');
    // What is counted is the noun phrase the question opens with, up to its head: core AI
    // sectors, not the verb after it (focus), which other provisions hold.
    const question = en.parse('how many core AI sectors will the city focus on');
    expect(question.groups.find((g) => g.head)?.text).toBe('sectors');
    expect(countedIn(question, index.docs, 'latin')).toBe('task-6');
    expect(en.search(question.text).results[0]?.doc.id).toBe('task-6');
    // "a target for" asks for an amount, as "how many" does: what it is for is the head.
    const target = en.parse('Is there a target for how many new R&D institutions to set up?');
    expect(target.groups.find((g) => g.head)?.text).toBe('institutions');
    expect(target.asksTargets).toBe(true);
    expect(en.search(target.text).results[0]?.doc.id).toBe('task-2');
    // … and before a participle saying what befalls it (industries getting support).
    const getting = en.parse('number of ai related industries getting priority support');
    expect(getting.groups.find((g) => g.head)?.text).toBe('industries');
    expect(en.search(getting.text).results[0]?.doc.id).toBe('task-7');
  });

  it('put the provision stating an amount asked for first, beside the targets ledger', () => {
    // Task 8 states the five clusters; measure 3 holds every word (bases set up) but no amount.
    const asked = en.search('how many AI clusters will be set up?');
    expect(asked.answers.map((a) => a.kind)).toContain('targets');
    expect(asked.results[0]?.doc.id).toBe('task-8');
  });

  it('link each body, place and topic to its page, named by its own name, in every edition', () => {
    for (const locale of LOCALES) {
      const data = dataOf(locale);
      const pageOf = { body: paths.body, place: paths.place, topic: paths.topic };
      const own = { body: model.bodies, place: model.places, topic: model.topics };
      expect(data.entities).toHaveLength(
        model.bodies.length + model.places.length + model.topics.length,
      );
      for (const e of data.entities) {
        expect(entityPath(e, data.entityPaths), e.id).toBe(pageOf[e.kind](locale, e.id));
        const entity = own[e.kind].find((x) => x.id === e.id)!;
        expect(e.names[0], e.id).toBe(entity.name[locale]);
      }
    }
  });

  it('are sent without the names the entities carry, and read back whole', () => {
    for (const locale of LOCALES) {
      const data = dataOf(locale);
      const sent = packed(data);
      const size = (d: { docs: { names?: string[] }[] }) =>
        d.docs.reduce((n, doc) => n + (doc.names?.length ?? 0), 0);
      expect(size(sent)).toBeLessThan(size(data) / 2);
      // A provision's topics' names are sent only where they are not all of the topics' (a
      // Chinese topic's forms its text does not use): English sends none.
      const withNames = sent.docs.filter((d) => d.names).length;
      if (data.script === 'latin') expect(withNames).toBe(0);
      else expect(withNames).toBeGreaterThan(0);
      // Through JSON, as the page reads it; English without the glossary's terms, which come
      // with the common English words (en-words.json), for the correction.
      const whole = unpacked(data);
      expect(unpacked(JSON.parse(JSON.stringify(sent)))).toEqual(
        data.script === 'latin' ? { ...whole, lexicon: [] } : whole,
      );
      if (data.script === 'latin') expect(data.lexicon.length).toBeGreaterThan(20);
      expect(unpacked(data).docs.map((d) => d.names)).toEqual(data.docs.map((d) => d.names));
    }
    // The Traditional edition's characters lean on the fold table its search page carries.
    const fold = pageFoldTable(model);
    const hant = dataOf('zh-hant');
    const sentHant = JSON.parse(JSON.stringify(packed(hant, fold))) as typeof hant;
    expect(sentHant.charsFromFold).toBe(true);
    expect(Object.keys(sentHant.chars!).length).toBeLessThan(Object.keys(hant.chars!).length / 10);
    const read = unpacked(sentHant, fold);
    expect(read.chars).toEqual(hant.chars);
    expect(read.charsFromFold).toBeUndefined();
    expect(() => unpacked(sentHant)).toThrow(/fold table/);
    // A table giving a pair the edition does not write (or writes otherwise): the pairs all sent.
    const [first] = Object.keys(hant.chars!);
    const other = { ...fold, chars: { ...fold.chars, [first!]: '某' } };
    expect(packed(hant, other)).toMatchObject({ chars: hant.chars });
    expect(packed(hant, other).charsFromFold).toBeUndefined();
    // Names out of order cannot be sent so: the build stops, naming the provision.
    const data = dataOf('en');
    const task = data.docs.find((d) => d.bodies.length > 0)!;
    const reordered = { ...task, names: [...task.names].reverse() };
    expect(() => packed({ ...data, docs: [reordered] })).toThrow(task.id);
    // A body's provisions that are not the provisions naming it cannot be sent empty: the build stops.
    const [body] = data.entities.filter((e) => e.kind === 'body');
    const wrong = { ...body!, provisions: [...body!.provisions, 'task-99'] };
    const entities = data.entities.map((e) => (e === body ? wrong : e));
    expect(() => packed({ ...data, entities })).toThrow(body!.id);
    // Sent empty, read back from the docs naming it (the sections, naming places, not among them).
    expect(body!.provisions.length).toBeGreaterThan(0);
    expect(packed(data).entities.find((e) => e.id === body!.id)!.provisions).toEqual([]);
    expect(unpacked(packed(data)).entities).toEqual(data.entities);
    // Read back, an unknown body or place adds no name and breaks nothing.
    const stray = { ...task, bodies: ['no-such-body'], places: ['no-such-place'], names: ['x'] };
    expect(unpacked({ ...data, docs: [stray] }).docs[0]).toMatchObject({
      names: ['x'],
      bodyNames: ['no-such-body'],
    });
  });

  it('name a body by what readers also call it (glossary alsoCalled), its provisions listed', () => {
    const cases: [SearchEngine, string, string][] = [
      [en, 'SASAC', 'state-owned-assets-commission'],
      [en, 'HR bureau', 'human-resources-social-security-bureau'],
      [en, 'commerce bureau', 'foreign-trade-economic-cooperation-bureau'],
      [en, 'Shenyang TV', 'shenyang-radio-television'],
      [zh, '发改委', 'development-reform-commission'],
      [zh, '工信局', 'economy-information-technology-commission'],
    ];
    for (const [engine, q, id] of cases) {
      const outcome = engine.search(q);
      expect(outcome.answers[0], q).toMatchObject({ kind: 'body', id });
      const body = model.bodies.find((b) => b.id === id)!;
      expect(outcome.results.length, q).toBeGreaterThan(0);
      const theirs = model.provisions.filter((p) => p.bodies.includes(body.id)).map((p) => p.id);
      expect(theirs, q).toContain(outcome.results[0]!.doc.id);
    }
  });
});

describe('corrections', () => {
  it('offer the nearest glossary name or plan word, and search it', () => {
    const typo = zh.search('创新卷');
    expect(typo.suggestion).toBe('创新券');
    expect(typo.results[0]!.doc.id).toBe('measure-1');
    expect(en.search('robtics').suggestion).toBe('robotics');
    expect(en.search('inteligent manufacturing').suggestion).toBe('intelligent manufacturing');
    expect(zh.search('城市大恼').suggestion).toBe('城市大脑');
    // Not when the query is fine, nor when asked for the query as typed, nor when the correction would find no more.
    expect(en.search('robots').suggestion).toBeUndefined();
    expect(zh.search('创新卷', { correct: false }).suggestion).toBeUndefined();
    expect(zh.search('营商环境').suggestion).toBeUndefined();
    expect(zh.search('无人驾驶测试').suggestion).toBeUndefined();
    expect(en.search('international cooperation').suggestion).toBeUndefined();
  });

  it('correct a plural keeping its s, and a word of a reader’s phrase', () => {
    // summit and sensor are the synonym table's words; the reader typed them plural.
    expect(en.search('tech sumits').suggestion).toBe('tech summits');
    expect(en.search('senosrs').suggestion).toBe('sensors');
    expect(en.search('senosrs').results.length).toBeGreaterThan(0);
    // diagnosis is written only in the reader's phrase "remote diagnosis".
    expect(en.search('remote diagnnosis').suggestion).toBe('remote diagnosis');
  });

  it('correct a word found nowhere even when no provision holds every word', () => {
    // No provision holds all of ai, research, areas and projects: the correction still finds research.
    const outcome = en.search('which AI reserch areas will get projects');
    expect(outcome.suggestion).toBe('which ai research areas will get projects');
    expect(outcome.absent).toEqual([]);
    // A word the plan does not mention is said so, never "corrected" into another word.
    expect(en.search('housing for talent').suggestion).toBeUndefined();
    expect(en.search('housing for talent').absent).toEqual(['housing']);
  });

  it('correct a short English word only within a glossary name of two words or more', () => {
    // "deta" alone is too short to correct (many words are one slip from it); "big deta" is one
    // slip from the glossary's "big data".
    for (const q of ['big deta', 'bigg data']) {
      const outcome = en.search(q);
      expect(outcome.suggestion, q).toBe('big data');
      // the big-data provisions: task 10 (its projects) and task 11 (the city brain)
      expect(['task-10', 'task-11'], q).toContain(outcome.results[0]?.doc.id);
    }
    expect(en.search('deta').suggestion).toBeUndefined();
    // A name typed right is left alone, and so is a query whose words the plan all holds.
    expect(en.search('city brand').suggestion).toBeUndefined();
    expect(en.search('big data').suggestion).toBeUndefined();
  });

  it('English: the glossary’s terms come with the common words, not with the data', () => {
    const data = dataOf('en');
    const asSent = new SearchEngine(JSON.parse(JSON.stringify(packed(data))) as typeof data);
    expect(asSent.search('city brnd').suggestion).toBeUndefined();
    expect(asSent.search('city brnd', { terms: data.lexicon }).suggestion).toBe('city brand');
  });

  it('measure edit distance with transpositions, capped', () => {
    expect(editDistance('robtics', 'robotics')).toBe(1);
    expect(editDistance('rboot', 'robot')).toBe(1);
    expect(editDistance('创新卷', '创新券')).toBe(1);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('Traditional and Taiwan wording', () => {
  it('find the plan’s provisions, and leave the plan’s own terms alone', () => {
    expect(ids(zh, '機器人')).toEqual(ids(zh, '机器人'));
    expect(ids(zh, '城市大腦')[0]).toBe('task-11');
    expect(ids(zh, '智慧城市')[0]).toBe('task-11');
    expect(['task-2', 'task-7', 'task-8', 'task-9', 'task-12']).toContain(ids(zh, '智慧醫療')[0]);
    expect(['task-1', 'task-3', 'task-5', 'task-6', 'task-12']).toContain(ids(zh, '晶片')[0]);
  });
});

describe('hostile input', () => {
  it('takes markup, control characters, huge and odd queries as text, in bounded time', () => {
    const queries = [
      '<img src=x onerror=alert(1)>',
      '\u0000\u0007\u202e',
      '()[]{}.*+?^$|\\',
      '%E4%B8%AD',
      '🤖🤖🤖',
      'a'.repeat(10_000),
      '机'.repeat(10_000),
      '  ',
      '…',
      '"\'"',
    ];
    // Only a pathological slowdown (a query of 10,000 characters searched whole) fails the bound:
    // the cut to 200 characters keeps all of these well under it, even on a busy machine.
    const started = performance.now();
    for (const engine of [zh, en]) {
      for (const q of queries) {
        const outcome = engine.search(q, { fold });
        expect(outcome.query.text.length).toBeLessThanOrEqual(200);
        for (const r of outcome.results)
          for (const s of r.snippet.segments) expect(typeof s.text).toBe('string');
      }
    }
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
