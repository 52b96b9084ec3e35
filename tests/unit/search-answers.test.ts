/** answers.ts: the bodies, places, topics and the targets ledger a query names. */
import { describe, expect, it } from 'vitest';
import { answers, statedIn, type AnswerSources } from '../../src/lib/search/answers.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { prepare } from '../../src/lib/search/prepare.ts';
import { EN_FIXTURE, ZH_FIXTURE, ZH_HANT_FIXTURE } from '../support/search-fixture.ts';
import { planSearchData } from '../support/load-content.ts';

const sources = (data: typeof EN_FIXTURE): AnswerSources => {
  const index = prepare(data);
  return {
    script: index.script,
    entities: index.entities,
    entityPaths: data.entityPaths,
    targetNames: index.targetNames,
    targets: data.targets,
    docs: index.docs,
  };
};
const en = new SearchEngine(EN_FIXTURE);
const zh = new SearchEngine(ZH_FIXTURE);
const ask = (engine: SearchEngine, data: typeof EN_FIXTURE, q: string) =>
  answers(engine.parse(q), sources(data)).map((a) => `${a.kind}:${a.id}:${a.count}`);

describe('answers', () => {
  it('name the body a query names, by its name or its alias, with its count', () => {
    expect(ask(en, EN_FIXTURE, 'Science Bureau')).toEqual(['body:science-bureau:3']);
    expect(ask(en, EN_FIXTURE, 'Intellectual Property Office')).toEqual(['body:science-bureau:3']);
    expect(ask(zh, ZH_FIXTURE, '知识产权局')).toEqual(['body:science-bureau:3']);
    const hant = new SearchEngine(ZH_HANT_FIXTURE);
    expect(ask(hant, ZH_HANT_FIXTURE, '知識產權局')).toEqual(['body:science-bureau:3']);
  });

  it('never for a synonym: “patents” is not the Intellectual Property Office', () => {
    expect(ask(en, EN_FIXTURE, 'patents')).toEqual([]);
    expect(ask(zh, ZH_FIXTURE, '专利')).toEqual([]);
  });

  it('a topic whose name holds the query; the closest name first', () => {
    expect(ask(en, EN_FIXTURE, 'chips')).toEqual(['topic:chips:2']);
  });

  it('the targets ledger for a word for targets, or an amount a target states', () => {
    expect(ask(en, EN_FIXTURE, 'targets')).toEqual(['targets:targets:3']);
    // The words for targets are data (questions.goals): a word beginning with one, KPIs too.
    expect(ask(en, EN_FIXTURE, 'KPIs')).toEqual(['targets:targets:3']);
    expect(ask(en, EN_FIXTURE, 'targeted')).toEqual(['targets:targets:3']);
    expect(ask(en, EN_FIXTURE, 'milestones')).toEqual([]);
    expect(ask(en, EN_FIXTURE, 'output value 10 billion')).toEqual(['targets:targets:3']);
    expect(ask(en, EN_FIXTURE, 'output value')).toEqual([]);
    expect(ask(zh, ZH_FIXTURE, '产值100亿')).toEqual(['targets:targets:3']);
  });

  it('the provision stating the amount asked: the source of the target naming most of the query', () => {
    const index = prepare(EN_FIXTURE);
    const stated = (q: string) =>
      statedIn(en.parse(q), index.targetNames, index.targetSources, index.script);
    expect(stated('how much intelligent chips talent')).toBe('task-2');
    expect(stated('intelligent chips target')).toBe('task-2');
    expect(stated('output value')).toBe('targets');
    // No target names two of the words; two targets of two sources name as many.
    expect(stated('robots')).toBeUndefined();
    expect(stated('chips target')).toBeUndefined();
    expect(stated('chips talent output value')).toBeUndefined();
    // Two words of many are chance: the target names less than half the query.
    expect(stated('intelligent chips for robots drones phones')).toBeUndefined();
    // In the results: a question about the target puts its provision first, a plain query does not.
    expect(en.search('intelligent chips').results[0]?.doc.id).toBe('task-1');
    const asked = en.search('intelligent chips target');
    expect(asked.answers.map((a) => a.kind)).toContain('targets');
    expect(asked.results.map((r) => r.doc.id).slice(0, 2)).toEqual(['task-2', 'task-1']);
  });

  it('nothing for an empty query, markup, or 10,000 characters', () => {
    for (const q of ['', '<b></b>', 'x'.repeat(10_000), '\uD800'])
      expect(ask(en, EN_FIXTURE, q), JSON.stringify(q.slice(0, 9))).toEqual([]);
  });
});

describe('answers on the plan', () => {
  const engineOf = (locale: 'zh' | 'en') => new SearchEngine(planSearchData(locale));
  const answered = (engine: SearchEngine, q: string) =>
    engine.search(q).answers.map((a) => `${a.kind}:${a.id}`);

  it('no place or topic for a word most provisions hold (AI, 人工智能), as a who-question asks it', () => {
    const en = engineOf('en');
    const zh = engineOf('zh');
    for (const q of ['who is responsible for the AI plan', 'AI', 'who is in charge of AI'])
      expect(answered(en, q), q).toEqual([]);
    for (const q of ['谁负责人工智能', '人工智能']) expect(answered(zh, q), q).toEqual([]);
    // A rarer word still names what holds it, and a name typed whole is still named.
    expect(answered(en, 'robot')).toContain('place:siasun-robot-industrial-park');
    expect(answered(zh, '机器人')).toContain('place:siasun-robot-industrial-park');
    expect(answered(en, 'AI innovation core zone')).toContain('place:ai-innovation-core-zone');
  });
});
