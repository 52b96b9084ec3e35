import { describe, expect, it } from 'vitest';
import { resources } from '../../src/lib/i18n.ts';
import { LOCALES } from '../../src/lib/editions.ts';
import { findNumbered, hanNumber, numberWords } from '../../src/lib/search/numbered.ts';
import { mayAskByNumber } from '../../src/lib/search/numerals.ts';
import { editDistance } from '../../src/lib/search/distance.ts';

const words = numberWords(LOCALES.map((l) => resources[l].kind));
/** The provision a query asks for by number; whenever there is one, the browser's quick test (mayAskByNumber) must have let it through. */
const ask = (q: string) => {
  const r = findNumbered(q, words);
  if (r) expect(mayAskByNumber(q, words), `mayAskByNumber(${q})`).toBe(true);
  return r && `${r.kind}-${r.number}${r.paragraph ? ` p${r.paragraph}` : ''}`;
};

describe('numberWords', () => {
  it('reads each kind’s words from the UI labels of every edition', () => {
    const of = (kind: string) => words.kinds.find((k) => k.kind === kind)!.words;
    expect(of('task')).toEqual(
      expect.arrayContaining(['重点任务', '任务', '重點任務', '任務', 'task', 'key task']),
    );
    expect(of('measure')).toEqual(expect.arrayContaining(['工作措施', '措施', 'measure']));
    expect(of('implementation')).toEqual(
      expect.arrayContaining(['组织实施', 'implementation item', 'implementation']),
    );
    expect(words.letters).toMatchObject({
      t: 'task',
      m: 'measure',
      p: 'principle',
      i: 'implementation',
    });
    // A filler word of a kind's English name names no kind.
    for (const k of words.kinds) expect(k.words).not.toContain('and');
  });
});

describe('findNumbered', () => {
  it('finds the forms readers use, in every script', () => {
    const cases: Record<string, string> = {
      'task 7': 'task-7',
      'Task 11': 'task-11',
      'task 12': 'task-12',
      'measure 1': 'measure-1',
      'principle 2': 'principle-2',
      'implementation item 3': 'implementation-3',
      T7: 'task-7',
      't 7': 'task-7',
      M1: 'measure-1',
      'P-2': 'principle-2',
      任务7: 'task-7',
      任务十二: 'task-12',
      重点任务7: 'task-7',
      第三项任务: 'task-3',
      措施三: 'measure-3',
      '工作措施（一）': 'measure-1',
      '工作措施(一)': 'measure-1',
      任務7: 'task-7',
      重點任務十一: 'task-11',
      第十一項重點任務: 'task-11',
      重点任务第7项: 'task-7',
      任务７: 'task-7',
      'the third task': 'task-3',
      '7th task': 'task-7',
      'key task seven': 'task-7',
      'Task no. 4': 'task-4',
      'task #9': 'task-9',
      'tasks 2': 'task-2',
      'what does task 7 say': 'task-7',
      任务7是什么: 'task-7',
      基本原则二: 'principle-2',
      '组织实施（四）': 'implementation-4',
      'organization and implementation 2': 'implementation-2',
    };
    for (const [q, want] of Object.entries(cases)) expect(ask(q), q).toBe(want);
  });

  it('finds the forms of ids, addresses, Roman numerals, other word orders and typing slips', () => {
    const cases: Record<string, string> = {
      'task-7': 'task-7',
      'tasks/7': 'task-7',
      measure_2: 'measure-2',
      'task VII': 'task-7',
      'measure III': 'measure-3',
      'Principle II.': 'principle-2',
      'task v': 'task-5',
      'no. 7 task': 'task-7',
      '#11 key task': 'task-11',
      'the third safeguard measure': 'measure-3',
      'second basic principle': 'principle-2',
      'implementation step 3': 'implementation-3',
      'item 3 of the implementation': 'implementation-3',
      重点任务之七: 'task-7',
      '任务-7': 'task-7',
      'taks 7': 'task-7',
      'tsak 11': 'task-11',
      'meausre 2': 'measure-2',
      'princple 2': 'principle-2',
      'implmentation item 3': 'implementation-3',
      'the 3rd meaure': 'measure-3',
    };
    for (const [q, want] of Object.entries(cases)) expect(ask(q), q).toBe(want);
    for (const q of [
      'task i want',
      'treasure 3',
      'time 7',
      'test 7',
      'taks',
      'mission 7',
      'vitamin v',
      'task vie',
      'measures 2020',
    ])
      expect(ask(q), q).toBeUndefined();
  });

  it('measures typing slips with transpositions (the search’s editDistance, uncapped here)', () => {
    expect(editDistance('taks', 'task', 4)).toBe(1);
    expect(editDistance('princple', 'principle', 4)).toBe(1);
    expect(editDistance('time', 'task', 4)).toBe(3);
    expect(editDistance('', 'task', 4)).toBe(4);
    expect(editDistance('task', 'task', 4)).toBe(0);
  });

  it('reads a paragraph asked for', () => {
    expect(ask('task 7 paragraph 2')).toBe('task-7 p2');
    expect(ask('task 7, para. 3')).toBe('task-7 p3');
    expect(ask('T7 p2')).toBe('task-7 p2');
    expect(ask('任务7第2段')).toBe('task-7 p2');
    expect(ask('任务七第二段')).toBe('task-7 p2');
  });

  it('gives the rest of the query to search', () => {
    expect(findNumbered('task 7 robots', words)?.rest).toBe('robots');
    expect(findNumbered('机器人 任务7', words)?.rest).toBe('机器人');
    expect(findNumbered('task 7', words)?.rest).toBe('');
  });

  it('does not take amounts, years or other words for a provision number', () => {
    for (const q of [
      '5G',
      'task force',
      'measure two billion yuan',
      '实施一批重大项目',
      '任务2020年',
      '措施3亿元',
      'implementation 5 years',
      '重点任务',
      'tasks',
      'first',
      'the measures of 2020',
      'item 3',
      '（一）',
      'task 0',
      'task 100',
      'i',
      'time 7',
      'multitask 7',
      'P2P lending',
    ])
      expect(ask(q), q).toBeUndefined();
  });

  it('survives hostile input', () => {
    for (const q of [
      '',
      '   ',
      'x'.repeat(10_000),
      '任务'.repeat(5_000),
      '<script>alert(1)</script> task 7',
      '\uD800task 7',
      '.*+?^${}()|[]\\ task 3',
      'task (((((((((7',
    ]) {
      expect(() => findNumbered(q, words)).not.toThrow();
    }
    expect(ask('<b>task 7</b>')).toBe('task-7');
  });
});

describe('mayAskByNumber', () => {
  it('lets through every query holding a number (the cases above), and keeps out queries of words', () => {
    for (const q of [
      '任务7',
      '措施三',
      '第三项任务',
      '重點任務十一',
      'T7',
      'the third task',
      'task VII',
      'task v',
    ])
      expect(mayAskByNumber(q, words), q).toBe(true);
    for (const q of [
      '人工智能',
      '机器人产业',
      '统一标准',
      '进一步',
      '重点任务',
      '任务',
      'robots',
      'what can i do for my company',
      'tasks about chips',
      'vitamin',
      'innovation centres',
      '',
    ])
      expect(mayAskByNumber(q, words), q).toBe(false);
  });

  it('lets through every query findNumbered answers, among random ones', () => {
    const pieces = [
      'task',
      '任务',
      '措施',
      '第',
      '三',
      '7',
      ' ',
      'i',
      'v',
      'seventh',
      'taks',
      '項',
      'x',
      '.',
      'one',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    let answered = 0;
    for (let n = 0; n < 3_000; n++) {
      const q = Array.from({ length: 1 + (next() % 5) }, () => pieces[next() % pieces.length]).join(
        '',
      );
      if (findNumbered(q, words)) {
        answered++;
        expect(mayAskByNumber(q, words), q).toBe(true);
      }
    }
    expect(answered).toBeGreaterThan(100);
  });
});

describe('hanNumber', () => {
  it('reads 1–99', () => {
    expect([...'一二三四五六七八九'].map(hanNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(['十', '十一', '十二', '二十', '二十一', '九十九', '两'].map(hanNumber)).toEqual([
      10, 11, 12, 20, 21, 99, 2,
    ]);
    for (const bad of ['', '十十', '一二', '零十', '百', '一十二三', '〇']) {
      const n = hanNumber(bad);
      expect(n === undefined || n === 0, bad).toBe(true);
    }
  });
});
