/**
 * Query understanding by design (content/search.yaml `questions` and synonyms, fold.ts): question
 * forms in both Chinese scripts and English are never required words, numeric-target questions
 * are answered by the targets ledger, Taiwan/Hong Kong wording folds to the plan's, and the
 * plan's own Simplified characters are never folded.
 */
import { describe, expect, it } from 'vitest';
import { readersWordsOf } from '../../src/lib/search/build-data.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { buildFoldTable, buildFullFoldTable } from '../../src/lib/search/fold.ts';
import { planVocabulary } from '../../src/lib/search/page.ts';
import { readersWordsFrom } from '../../src/lib/search/readers.ts';
import { cutChinese, numberForms } from '../../src/lib/search/query.ts';
import { foldQuery } from '../../src/lib/search/text.ts';
import { loadModel, planSearchData, readSearchVocabulary } from '../support/load-content.ts';

const model = loadModel();
const vocabulary = readSearchVocabulary();
const enData = planSearchData('en');
const engines = {
  zh: new SearchEngine(planSearchData('zh')),
  'zh-hant': new SearchEngine(planSearchData('zh-hant')),
  en: new SearchEngine(enData),
};
const plan = planVocabulary(model);
const fold = buildFullFoldTable(plan, plan + JSON.stringify(vocabulary));
const search = (locale: keyof typeof engines, q: string) => engines[locale].search(q, { fold });
const words = (locale: keyof typeof engines, q: string) =>
  engines[locale]
    .parse(q, fold)
    .groups.filter((g) => !g.weak)
    .map((g) => g.text);

describe('question words are never required', () => {
  it.each([
    ['zh', '企业有什么支持政策', '什么'],
    ['zh', '孵化器有哪些补贴', '哪些'],
    ['zh', '怎么申请专利奖励', '怎么'],
    ['zh-hant', '企業有甚麼支持政策', '甚么'],
    ['zh-hant', '有什麼融資服務', '什么'],
    ['en', 'which body is in charge of drones', 'which'],
    ['en', 'how big will the AI industry be by 2020', 'big'],
  ] as const)('%s “%s” does not ask for “%s”', (locale, q, word) => {
    expect(words(locale, q)).not.toContain(word);
    const outcome = search(locale, q);
    expect([...outcome.leftOut, ...outcome.absent]).not.toContain(word);
    for (const r of outcome.results) expect(r.missing).not.toContain(word);
  });

  it('a run of the plan’s text stops before a question word (企业 | 有什么)', () => {
    expect(words('zh', '企业有什么支持政策')).toEqual(['企业', '支持政策']);
    // Where the text runs on into the question word for longer than a shift of two characters mends.
    const cut = (questions: string[]) =>
      cutChinese(
        '公共服务平台什么时候建',
        '公共服务平台什么时',
        new Map(),
        new Set(['什么时候']),
        questions,
      )
        .map((p) => (p.stop ? `(${p.text})` : p.text))
        .join('|');
    expect(cut([])).toBe('公共服务平台什么时|候建');
    expect(cut(['什么时候'])).toBe('公共服务平台|(什么时候)|建');
  });
});

describe('a query that only asks', () => {
  it.each([
    ['zh', '什么'],
    ['zh', '有什么'],
    ['zh-hant', '甚麼'],
    ['en', 'what'],
    ['en', 'what is'],
    ['zh', '这个是什么'],
  ] as const)('%s “%s” searches no word', (locale, q) => {
    const outcome = search(locale, q);
    expect(outcome.query.groups).toEqual([]);
    expect(outcome.results).toEqual([]);
    expect(outcome.absent).toEqual([]);
  });

  it('a query of other stop words only is still searched (任务, plan)', () => {
    expect(search('zh', '任务').results.length).toBeGreaterThan(0);
    expect(search('en', 'plan').query.groups.map((g) => g.text)).toEqual(['plan']);
  });

  it('support policies asked for alone are the plan’s policies (有哪些扶持政策)', () => {
    for (const [locale, q] of [
      ['zh', '有哪些扶持政策'],
      ['zh', '有什么优惠政策'],
      ['zh-hant', '有什麼優惠政策'],
    ] as const)
      expect(search(locale, q).results[0]?.doc.id, q).toBe('measure-1');
  });
});

describe('a word the plan does not write, beside one nearly every provision holds', () => {
  it('says which word is absent and lists the closest provisions, none as a full match', () => {
    const outcome = search('zh', '人工智能住房');
    expect(outcome.absent).toEqual(['住房']);
    expect(outcome.results.length).toBeGreaterThan(0);
    expect(outcome.results.some((r) => r.full)).toBe(false);
  });
});

describe('questions about the numeric targets', () => {
  it.each([
    ['zh', '2020年产业规模多大'],
    ['zh', '人工智能产业产值目标是多少'],
    ['zh-hant', '2020年產業規模多大'],
    // the plan's end year in words: the end of the three-year plan
    ['zh', '三年后规模多大'],
    ['zh-hant', '三年後規模有多大'],
    ['en', 'how big will the AI industry be by 2020'],
    ['en', 'how much revenue should AI bring in'],
    // to what level, what it will be worth: an amount too
    ['zh', '三年后人工智能发展到什么水平'],
    ['en', 'what will the core AI industries be worth'],
    // words for the targets themselves: projections, 预计
    ['en', 'AI output projections'],
    ['en', 'numbers in the plan'],
    ['en', 'what figures does the plan commit to'],
    // a question form asking for them ("what number" of `targets`), and aims
    ['en', 'what numbers does the plan set'],
    ['en', 'the plan’s aims'],
    // what the city is to become: the targets' deadline names it (among China's key cities)
    ['en', 'what does Shenyang want to become in AI'],
    // an amount word inside a synonym's words (market size → output value)
    ['en', 'market size for machine intelligence'],
    ['zh', '预计产值'],
  ] as const)('%s “%s” is answered by the targets ledger', (locale, q) => {
    expect(search(locale, q).answers[0]?.kind).toBe('targets');
  });

  it('a number a target states is answered by it; the digit of a name (5G) is no number', () => {
    const kinds = (q: string) => search('en', q).answers.map((a) => a.kind);
    expect(kinds('100 projects a year')).toContain('targets');
    expect(kinds('5G demonstration network')).not.toContain('targets');
    expect(search('zh', '5G创新示范网').answers.map((a) => a.kind)).not.toContain('targets');
  });

  it.each([
    ['en', 'when does the plan end'],
    ['en', 'how long does the plan last'],
    ['en', 'until when does it run'],
    ['en', 'what is the timeframe'],
    ['zh', '计划什么时候结束'],
    ['zh-hant', '計劃什麼時候結束'],
    ['zh', '行动计划的期限'],
    // 到期 whole, not the stop word 到 and 期 (which found nothing)
    ['zh', '这个计划什么时候到期'],
    ['zh-hant', '這個計劃什麼時候到期'],
    // the plan named in full is no word a target names, nor something else ending
    ['en', 'how long does the Shenyang AI action plan run'],
  ] as const)('%s “%s”: when the plan ends is the targets’ deadline', (locale, q) => {
    expect(search(locale, q).answers.map((a) => a.kind)).toContain('targets');
  });

  it('when something else happens is not (“when will robots be built”, 机器人什么时候建成)', () => {
    for (const [locale, q] of [
      ['en', 'when will robots be built'],
      ['en', 'end-to-end solutions'],
      ['en', 'when'],
      ['zh', '机器人什么时候建成'],
      ['zh', '什么时候'],
    ] as const)
      expect(
        search(locale, q).answers.map((a) => a.kind),
        q,
      ).not.toContain('targets');
  });

  it('an amount asked of something no target names is not', () => {
    expect(search('en', 'how much money for training').answers.map((a) => a.kind)).not.toContain(
      'targets',
    );
    expect(search('zh', '人工智能人才有多少').answers.map((a) => a.kind)).not.toContain('targets');
  });
});

describe('which body is in charge', () => {
  it.each([
    ['zh', '哪个部门管人工智能'],
    ['zh', '人工智能归哪个部门管'],
    ['zh-hant', '哪個部門管人工智能'],
  ] as const)(
    '%s “%s”, of the plan’s whole subject, finds the office that coordinates it first',
    (locale, q) => {
      // implementation-1: 领导小组办公室负责统筹协调全市人工智能发展工作.
      const outcome = search(locale, q);
      expect(outcome.results[0]?.doc.id).toBe('implementation-1');
      // The words for being in charge are never required: every provision still matches in full.
      expect(outcome.results.filter((r) => r.full).length).toBeGreaterThan(1);
      expect(outcome.leftOut).toEqual([]);
    },
  );

  it.each([
    ['zh', '谁牵头推进人工智能', '人工智能'],
    ['zh-hant', '誰牽頭推進人工智能', '人工智能'],
    ['zh', '哪个部门主管人工智能', '人工智能'],
    // The word left alone weighs as a query of one word does, not as the head among others.
    ['en', 'who is in charge of running the AI plan in Shenyang', 'ai'],
  ] as const)(
    '%s “%s”: the verbs of leading (推进, 主管, running) ask about the body, and are left out',
    (locale, q, left) => {
      expect(words(locale, q).map((w) => w.toLowerCase())).toEqual([left]);
      expect(search(locale, q).results[0]?.doc.id).toBe('implementation-1');
    },
  );

  it.each(['which office oversees the AI programme', 'who runs the whole programme'])(
    'en “%s”: the programme as a whole names no provision, so the question asks who runs the plan',
    (q) => {
      expect(words('en', q)).toEqual(['responsible']);
      expect(search('en', q).results[0]?.doc.id).toBe('implementation-1');
    },
  );

  it('outside a who-question a verb of leading is the reader’s word', () => {
    // principle-1: 推进人工智能的商业模式创新.
    expect(words('zh', '推进人工智能')).toEqual(['推进人工智能']);
  });

  it.each([
    ['en', 'who is in charge'],
    ['en', 'who runs the whole thing'],
    ['zh', '这个计划哪个部门牵头负责'],
    ['zh-hant', '這個計劃哪個部門牽頭負責'],
  ] as const)(
    '%s “%s”, naming nothing, asks who runs the plan: the office that coordinates it',
    (locale, q) => {
      expect(search(locale, q).results[0]?.doc.id).toBe('implementation-1');
    },
  );

  it('a who-question naming something finds that thing, not the coordinating office', () => {
    expect(search('zh', '谁负责城市大脑').results[0]?.doc.id).toBe('task-11');
    expect(search('zh', '哪个部门负责知识产权').results[0]?.doc.id).toBe('measure-4');
  });

  it.each([
    ['en', 'Which government office handles AI patents?', ['ai', 'patents'], 'measure-4'],
    ['en', 'which city bureau is in charge of chips', ['chips'], 'task-5'],
    ['en', 'which local authority deals with talent', ['talent'], 'task-3'],
    ['en', 'what municipal agencies oversee smart cities', ['smart', 'cities'], 'task-11'],
    ['zh', '哪个政府部门负责机器人', ['机器人'], 'task-7'],
    ['zh', '哪个市级单位负责人才引进', ['人才引进'], 'measure-2'],
    ['zh-hant', '哪個政府機構管晶片', ['芯片'], 'task-5'],
    // Both big-data provisions (task 10's projects, task 11's city brain) are the Big Data Bureau's.
    ['zh', '哪个委员会负责大数据', ['大数据'], ['task-10', 'task-11']],
  ] as const)(
    '%s “%s”: a body’s kind with words before it (government, 市级) is the who-form, not words to find',
    (locale, q, asked, first) => {
      expect(words(locale, q).map((w) => w.toLowerCase())).toEqual(asked);
      expect([first].flat()).toContain(search(locale, q).results[0]?.doc.id);
    },
  );

  it('a body’s kind or its words outside a who-question are the reader’s words', () => {
    expect(words('en', 'city government office')).toEqual(['city', 'government', 'office']);
    expect(words('en', 'which city has robots')).toEqual(['city', 'robots']);
    expect(engines.zh.parse('哪个区有机器人产业园', fold).groups.map((g) => g.text)).toContain(
      '区',
    );
    // Hostile input: a question word repeated, kinds without end, and regular-expression characters.
    expect(() => words('en', `${'which government '.repeat(500)}office`)).not.toThrow();
    expect(() => words('zh', '哪个'.repeat(500) + '(.*)局')).not.toThrow();
  });
});

describe('the second stage (Pagefind) is asked in the edition’s own characters', () => {
  it('a Simplified query is written as the Traditional edition writes it', () => {
    expect(engines['zh-hant'].asWritten('机器人产业园')).toBe('機器人產業園');
    expect(engines['zh-hant'].asWritten('城市大脑')).toBe('城市大腦');
    // The edition writes 平台 (content/conversion.yaml), so 台 stays as it is.
    expect(engines['zh-hant'].asWritten('云平台')).toBe('雲平台');
  });

  it('other editions are asked as typed', () => {
    expect(engines.zh.asWritten('机器人产业园')).toBe('机器人产业园');
    expect(engines.en.asWritten('robots')).toBe('robots');
  });
});

describe('everyday question forms and one-character words', () => {
  it.each([
    // measure-1: 政府财政资金出资设立人工智能发展专项基金.
    ['zh', '钱从哪来', ['钱'], ['measure-1']],
    ['zh-hant', '錢從哪來', ['钱'], ['measure-1']],
    // The two provisions of the station and the newspaper (沈阳广播电视台、沈阳日报社).
    ['zh', '广播电视台负责哪些工作', ['广播电视台'], ['measure-5', 'implementation-3']],
    ['zh', '创新券是干啥的', ['创新券'], ['measure-1']],
  ] as const)('%s “%s” asks for %j: one of %j first', (locale, q, asked, ids) => {
    expect(words(locale, q)).toEqual(asked);
    expect(ids).toContain(search(locale, q).results[0]?.doc.id);
  });
});

describe('English question words typed into a Chinese edition', () => {
  it.each([
    ['zh', 'what is 城市大脑'],
    ['zh-hant', 'what is 城市大腦'],
  ] as const)('%s “%s” asks for 城市大脑 alone', (locale, q) => {
    expect(words(locale, q)).toEqual(['城市大脑']);
    const outcome = search(locale, q);
    expect([...outcome.leftOut, ...outcome.absent]).toEqual([]);
    expect(outcome.results[0]?.doc.id).toBe('task-11');
  });
});

describe('readers’ words and Traditional vocabulary', () => {
  it.each([
    ['en', 'tax breaks for AI startups', 'measure-1'],
    ['en', 'smart factories', 'task-9'],
    ['en', 'trade fairs', 'measure-5'],
    ['en', 'press coverage', 'implementation-3'],
    ['en', 'grants', 'measure-1'],
    ['en', 'how much money', 'measure-1'],
    ['en', 'who sets AI industry standards', 'measure-4'],
    ['zh', '智能工厂', 'task-9'],
    ['zh-hant', '資料中心', 'task-10'],
    ['zh-hant', '網際網路媒體', 'implementation-3'],
    // A one-word query the plan writes: the provision holding it as typed before those with its synonyms.
    ['zh', '初创企业', 'measure-1'],
    // Partial matches, by the rarer word held: 中德 (measure-2) before 合作 (many), 远程医疗 before 服务.
    ['zh', '跟德国合作', 'measure-2'],
    ['zh-hant', '遠距醫療服務', 'task-10'],
    ['zh', '计划会改吗', 'implementation-2'],
    ['zh-hant', '塞車', 'task-11'],
    ['zh', '下岗职工', 'implementation-4'],
  ] as const)('%s “%s” finds %s first', (locale, q, id) => {
    expect(search(locale, q).results[0]?.doc.id).toBe(id);
  });

  it('“patents” and 专利 put the IP measure first, and no provision only for naming the bureau whose second title is the IP office', () => {
    for (const [locale, q] of [
      ['en', 'patents'],
      ['zh', '专利'],
    ] as const) {
      const results = search(locale, q).results;
      expect(results[0]?.doc.id, q).toBe('measure-4');
      expect(
        results.map((r) => r.doc.id),
        q,
      ).toEqual(['measure-4']);
    }
  });

  it('an English word the plan does not write finds its family the stemmer leaves apart', () => {
    const parsed = engines.en.parse('entrepreneurial');
    expect(parsed.groups[0]!.alternatives.map((a) => a.text)).toContain('entrepreneurship');
    expect(search('en', 'entrepreneurial').results.length).toBeGreaterThan(0);
  });

  it('English synonym phrases match on stems (tax break, tax breaks)', () => {
    const parsed = engines.en.parse('tax break');
    expect(parsed.groups).toHaveLength(1);
    expect(parsed.groups[0]!.alternatives.map((a) => a.text)).toContain('fiscal');
  });
});

describe('folding Traditional characters', () => {
  it('never folds a mainland character (什么 stays 什么), even in the whole of OpenCC’s table', () => {
    for (const table of [fold, buildFullFoldTable()]) {
      expect(foldQuery('什么', table)).toBe('什么');
      expect(foldQuery('甚麼', table)).toBe('甚么');
    }
  }, 60_000);

  it('folds Taiwan wording to the plan’s, in the table sent with the page too', () => {
    const small = buildFoldTable(plan, []);
    for (const [tw, cn] of [
      ['軟體', '软件'],
      ['資訊', '信息'],
      ['晶片', '芯片'],
      ['網路', '网络'],
    ] as const)
      expect(foldQuery(tw, small)).toBe(cn);
  }, 60_000);

  it('keeps only what folds to the plan’s or the vocabulary’s characters', () => {
    expect(
      Object.values(fold.chars).every((c) => (plan + JSON.stringify(vocabulary)).includes(c)),
    ).toBe(true);
  });
});

describe('the synonym table, word for word', () => {
  const alternatives = (q: string) =>
    engines.en.parse(q, fold).groups.map((g) => g.alternatives.map((a) => a.text));

  it('a word the plan writes stands for itself, not for an entry of another word of its stem', () => {
    // The stemmer makes development and developers one; the table lists developers (talent).
    expect(alternatives('developers')[0]).toContain('talent');
    expect(alternatives('development')).toEqual([['development']]);
    expect(alternatives('research')).toEqual([['research']]);
    // marketing → the city's brand; the plan's own "market" is a market.
    expect(alternatives('marketing')[0]).toContain('brand');
    expect(alternatives('market')).toEqual([['market']]);
    // A form the plan writes that the entry lists (fund) keeps the entry.
    expect(alternatives('fund')[0]).toEqual(expect.arrayContaining(['financing', 'financial']));
  });

  it('“artificial intelligence” and “machine intelligence”, typed out, are AI', () => {
    expect(alternatives('artificial intelligence')).toEqual([['artificial intelligence', 'ai']]);
    expect(alternatives('machine intelligence chips')[0]).toContain('ai');
    // … and a question of the worth of AI asks for the targets
    expect(
      search('en', 'what will the artificial intelligence business be worth').answers[0]?.kind,
    ).toBe('targets');
  });
});

describe('numbers written either way', () => {
  it.each([
    ['5', 'latin', ['five']],
    ['five', 'latin', ['5']],
    ['2020', 'latin', []],
    ['五个', 'han', ['5个']],
    ['4大', 'han', ['四大']],
    ['两个', 'han', ['2个', '二个']],
  ] as const)('%s → %j', (word, script, forms) => {
    expect(numberForms(word, script)).toEqual(forms);
  });

  it('find the provision that counts them', () => {
    expect(search('en', '4 core industries').results[0]?.doc.id).toBe('task-6');
    expect(search('en', '6 related industries').results[0]?.doc.id).toBe('task-7');
    expect(search('zh', '4大核心产业').results[0]?.doc.id).toBe('task-6');
    expect(search('zh', '打造五个产业集群').results[0]?.doc.id).toBe('task-8');
  });
});

describe('a question about the plan’s purpose', () => {
  it('finds the preamble, which states it, in every edition', () => {
    // 目的 is one word, not 目 + the stop word 的 (which found nothing).
    expect(words('zh', '这个计划的目的是什么')).toEqual(['目的']);
    expect(search('zh', '这个计划的目的是什么').results[0]?.doc.id).toBe('preamble');
    expect(search('zh-hant', '這個計劃的目的是什麼').results[0]?.doc.id).toBe('preamble');
    expect(search('zh', '出台这个计划的原因').results[0]?.doc.id).toBe('preamble');
    // English, through the preamble's readers' words, as the page asks for them.
    const en = engines.en;
    const readers = readersWordsFrom(
      JSON.parse(JSON.stringify(readersWordsOf(enData, vocabulary))),
    );
    const q = 'why did the city write this plan';
    const first = en.search(q, { fold });
    expect(en.wantsReadersWords(first, { fold })).toBe(true);
    expect(en.search(q, { fold, readers }).results[0]?.doc.id).toBe('preamble');
  });
});
