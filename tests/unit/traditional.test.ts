/**
 * The Traditional Chinese edition, generated from the Simplified text: its text holds no
 * Simplified-only character (checked against OpenCC itself), the reviewed overrides are checked
 * and used, and its search finds Traditional and Simplified queries on their provisions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  CONVERSION_FILE,
  checkOverrides,
  conversionSchema,
  foldToSource,
  makeDerive,
  overridesOf,
  punctuate,
  widen,
  withOverrides,
} from '../../src/lib/convert/derive.ts';
import { parseYaml, selectItems, validate } from '../../src/lib/node/yaml-loader.ts';
import { markersOf, namingSentences } from '../../src/lib/model/graph.ts';
import {
  DERIVED_LOCALES,
  SOURCE_LOCALE,
  edition,
  otherLocales,
  switchTargets,
} from '../../src/lib/editions.ts';
import { resources, useTranslations } from '../../src/lib/i18n.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { planExport } from '../../src/lib/share/export.ts';
import { mapStrings } from '../../src/lib/model/localize.ts';
import { loadDerive, loadModel, planSearchData, ROOT } from '../support/load-content.ts';
import { latinMarksByChinese } from '../support/chinese-typography.ts';

const model = loadModel();
const HANT = 'zh-hant' as const;
const conversion = readFileSync(join(ROOT, CONVERSION_FILE), 'utf-8');

/** The overrides of a conversion file's text, read as the build reads it: the YAML loader's item, the collection's schema, the checks. */
function readOverrides(text: string) {
  const [item] = selectItems(parseYaml(text, CONVERSION_FILE), CONVERSION_FILE);
  return overridesOf(validate(conversionSchema, item, CONVERSION_FILE, ''));
}

/** Every string of the edition: the plan's titles and paragraphs, the glossary's names, the document, the UI strings. */
function allText(locale: typeof HANT | typeof SOURCE_LOCALE): string {
  const strings: string[] = [];
  mapStrings(
    [
      model.provisions.map((p) => [p.title[locale], p.paragraphs[locale], p.sentences[locale]]),
      Object.values(model.texts).map((t) => [t.title?.[locale] ?? '', t.paragraphs[locale]]),
      [...model.bodies, ...model.places, ...model.topics].map((x) => x.name[locale]),
      model.bodies.map((b) => [b.fullName?.[locale] ?? '', b.kind[locale]]),
      model.terms.map((x) => x[locale]),
      model.parts.map((x) => x.title[locale]),
      model.groups.map((x) => x.title[locale]),
      model.sections.map((x) => x.title[locale]),
      [
        model.document.title[locale],
        model.document.number[locale],
        model.document.issuer[locale],
        model.document.parent.title[locale],
      ],
      // The translator's notes and the targets' labels: the project's own Chinese, converted like the rest.
      model.notes.map((n) => n[locale]),
      model.targets.map((x) => x.label[locale]),
      resources[locale],
    ],
    (s) => (strings.push(s), s),
  );
  return strings.join('\n');
}

describe('the Traditional edition', () => {
  const hant = allText(HANT);

  it('is declared as generated from the Simplified edition, with OpenCC and the reviewed overrides', () => {
    expect(DERIVED_LOCALES).toEqual([HANT]);
    expect(edition(HANT).derivedFrom?.edition).toBe(SOURCE_LOCALE);
    expect(edition(HANT).htmlLang).toBe('zh-Hant');
  });

  it('leaves no Simplified-only character: OpenCC, asked again, changes nothing in its text', () => {
    // A Simplified character left in the text would be converted again; the reviewed overrides'
    // Traditional forms (平台, 瀋) are kept as they are.
    const derive = loadDerive();
    const lines = hant.split('\n');
    const changed = lines.filter((line) => derive(HANT, line) !== line);
    expect(changed).toEqual([]);
    // And the text is really converted: no line the conversion changes is left in Simplified.
    const simplified = allText(SOURCE_LOCALE).split('\n');
    expect(lines).toHaveLength(simplified.length);
    expect(
      simplified.filter((line, i) => derive(HANT, line) !== line && lines[i] === line),
    ).toEqual([]);
    expect(hant).toContain('瀋陽市新一代人工智能發展規劃三年行動計劃');
    expect(hant).toContain('機器人');
  });

  it('uses each reviewed override, and each is one the conversion needs', () => {
    const overrides = readOverrides(conversion)[HANT];
    expect(overrides.length).toBeGreaterThan(0);
    const source = allText(SOURCE_LOCALE);
    for (const o of overrides) {
      expect(source, `${o.from} is in the Simplified text`).toContain(o.from);
      expect(hant, `${o.to} is in the Traditional text`).toContain(o.to);
    }
    expect(model.document.number[HANT]).toBe('瀋政辦發〔2018〕144號');
    expect(hant).not.toContain('平臺');
    expect(hant).not.toContain('項鍊');
  });

  it('marks a place where its text names it, in its own characters', () => {
    const park = model.places.find((p) => p.id === 'siasun-robot-industrial-park')!;
    expect(markersOf(park, HANT)).toEqual(park.forms.map((f) => loadDerive()(HANT, f)));
    const task = model.provisions.find((p) => p.places.includes(park.id))!;
    const marked = namingSentences(task.paragraphs[HANT], markersOf(park, HANT), HANT)
      .flat()
      .filter((s) => s.mark);
    expect(marked.map((s) => s.text)).toContain('新松機器人產業園');
    expect(markersOf(park, 'en')).toEqual([park.name.en]);
  });

  it('keeps an apostrophe between Latin letters, converts quotation marks', () => {
    expect(
      punctuate('“人民政府” People’s ‘x’', { '“': '「', '”': '」', '‘': '『', '’': '』' }),
    ).toBe('「人民政府」 People’s 『x』');
  });

  it('writes the Latin , ; : ( ) ? ! full width next to Chinese text, as Taiwan and Hong Kong do', () => {
    const lines = hant.split('\n');
    const found = lines.flatMap((line) =>
      latinMarksByChinese(line).map((h) => `«${h.mark}» in «${h.context}»`),
    );
    expect(found).toEqual([]);
    expect(model.document.title[HANT]).toBe(
      '瀋陽市新一代人工智能發展規劃三年行動計劃\uff082018-2020年\uff09',
    );
    // The Simplified edition keeps the source's marks.
    expect(model.document.title[SOURCE_LOCALE]).toBe(
      '沈阳市新一代人工智能发展规划三年行动计划(2018-2020年)',
    );
  });

  it('keeps every text its length, sentence by sentence (anchors and search positions stay put)', () => {
    for (const p of model.provisions) {
      expect(p.paragraphs[HANT].map((x) => x.length)).toEqual(
        p.paragraphs[SOURCE_LOCALE].map((x) => x.length),
      );
      expect(p.sentences[HANT].map((s) => s.map((x) => x.length))).toEqual(
        p.sentences[SOURCE_LOCALE].map((s) => s.map((x) => x.length)),
      );
    }
    // A bracket is converted whole: its separators too (经济和信息化委,各区 → …委，各區).
    const task1 = model.provisions.find((p) => p.id === 'task-1')!;
    expect(task1.bracket?.[HANT].map((x) => x.text).join('')).toBe(
      '市科技局、經濟和信息化委\uff0c各區、縣\uff08市\uff09政府',
    );
  });

  it('writes quotation marks as Taiwan and Hong Kong do', () => {
    expect(hant).not.toMatch(/[“”‘’]/);
    expect(
      useTranslations(HANT)('heading.numbered', { n: 7, cn: '七', roman: 'VII', title: '實施' }),
    ).not.toMatch(/[“”]/);
  });

  it('is in plan.json under the key "zh-Hant", beside zh and en', () => {
    const data = planExport(model);
    const task7 = data.provisions.find((p) => p.id === 'task-7')!;
    expect(Object.keys(task7.title)).toEqual(['zh', 'zh-Hant', 'en']);
    expect(task7.text['zh-Hant']).toBe(
      model.provisions.find((p) => p.id === 'task-7')!.paragraphs[HANT].join('\n'),
    );
    expect(task7.url['zh-Hant']).toBe('/zh-hant/tasks/7/');
    expect(data.document.number).toBe('沈政办发〔2018〕144号');
  });

  it('is offered by the language switch of every edition, keeping the page and its anchor', () => {
    expect(otherLocales(SOURCE_LOCALE)).toContain(HANT);
    expect(switchTargets('/en/tasks/7/', 'en').map((a) => [a.hreflang, a.path])).toEqual([
      ['zh-CN', '/zh/tasks/7/'],
      ['zh-Hant', '/zh-hant/tasks/7/'],
    ]);
  });
});

describe('overrides', () => {
  const opencc = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const o = (from: string, to: string) => ({ from, to, why: 'test' });

  it('replace what they name, longest first, and convert the rest', () => {
    const convert = withOverrides(opencc, [
      o('平台', '平台'),
      o('数据平台', '數據平台'),
      o('沈政办发', '瀋政辦發'),
    ]);
    expect(convert('云平台和数据平台')).toBe('雲平台和數據平台');
    expect(convert('沈政办发〔2018〕144号')).toBe('瀋政辦發〔2018〕144號');
    expect(convert('')).toBe('');
    expect(convert('平台')).toBe('平台');
    // Regular-expression characters in an override are text.
    expect(withOverrides(opencc, [o('a.b(', 'a.b(')])('xa.b(y axb(')).toBe('xa.b(y axb(');
  });

  it('are refused when they change the number of characters, change nothing, or change the words', () => {
    expect(() => checkOverrides(HANT, [o('平台', '平臺台')])).toThrow(
      /content\/conversion\.yaml: zh-hant\[0\] \(平台\)\.to: .*characters/,
    );
    expect(() => checkOverrides(HANT, [o('发展', '發展')])).toThrow(/what OpenCC writes already/);
    expect(() => checkOverrides(HANT, [o('信息', '資訊')])).toThrow(/converts back to/);
    expect(() => checkOverrides(HANT, [o('平台', '平台'), o('平台', '平台')])).toThrow(
      /overridden twice/,
    );
    expect(() => readOverrides('zh-hant:\n  - from: 平台\n    to: 平台\n')).toThrow(
      /content\/conversion\.yaml: zh-hant\.0\.why/,
    );
    expect(() => readOverrides('fr:\n  - { from: a, to: b, why: c }\n')).toThrow(
      /fr: is not a generated edition/,
    );
    expect(() => readOverrides('zh-hant: [')).toThrow(/content\/conversion\.yaml: \(syntax\)/);
  });

  it('make a converter that caches and applies the punctuation of the edition', () => {
    const derive = makeDerive({ [HANT]: [] });
    expect(derive(HANT, '“机器人”')).toBe('「機器人」');
    expect(derive(HANT, '“机器人”')).toBe('「機器人」');
  });
});

describe('full-width punctuation by Chinese text (editions.ts fullWidth, derive.ts widen)', () => {
  const table = edition(HANT).derivedFrom!.fullWidth!;
  const w = (text: string) => widen(text, table);
  // Written out here, not taken from the table: ，；：（）？！
  const [comma, semi, colon, open, close, question, bang] = [
    '\uff0c',
    '\uff1b',
    '\uff1a',
    '\uff08',
    '\uff09',
    '\uff1f',
    '\uff01',
  ];

  it('is declared by the edition for , ; : ( ) ? !', () => {
    expect(table).toEqual({
      ',': comma,
      ';': semi,
      ':': colon,
      '(': open,
      ')': close,
      '?': question,
      '!': bang,
    });
  });

  it('writes a mark full width when a neighbour is Chinese, across white space', () => {
    expect(w('各区,县;市:是?否!')).toBe(`各区${comma}县${semi}市${colon}是${question}否${bang}`);
    expect(w('5G,人工智能')).toBe(`5G${comma}人工智能`);
    expect(w('责任部门 : 市科技局')).toBe(`责任部门 ${colon} 市科技局`);
    expect(w('“数据”,')).toBe('“数据”,'); // “” are not the edition's: 」 is, once converted
    expect(w('「數據」,下')).toBe(`「數據」${comma}下`);
  });

  it('keeps a mark between Latin letters and digits, and text that is all Latin', () => {
    expect(w('')).toBe('');
    expect(w('5G, AI; 10:30 (2018-2020) https://example.org/?q=1!')).toBe(
      '5G, AI; 10:30 (2018-2020) https://example.org/?q=1!',
    );
    expect(w('Shenyang (2018–2020), ok')).toBe('Shenyang (2018–2020), ok');
  });

  it('writes a pair of parentheses as a pair: Chinese inside or beside either half', () => {
    expect(w('计划(2018-2020年)')).toBe(`计划${open}2018-2020年${close}`);
    expect(w('计划(2018-2020)')).toBe(`计划${open}2018-2020${close}`);
    expect(w('(2018-2020)计划')).toBe(`${open}2018-2020${close}计划`);
    expect(w('(Ctrl+F 或 ⌘F)')).toBe(`${open}Ctrl+F 或 ⌘F${close}`);
    // A pair spanning Latin and Chinese text: both halves, whatever stands beside them.
    expect(w('see (the 沈阳 plan) here')).toBe(`see ${open}the 沈阳 plan${close} here`);
    expect(w('数据(JSON)')).toBe(`数据${open}JSON${close}`);
  });

  it('matches nested parentheses, outer pairs first', () => {
    expect(w('中(a(b)c)')).toBe(`中${open}a(b)c${close}`);
    expect(w('中((b))')).toBe(`中${open}${open}b${close}${close}`);
    expect(w('(a(中)b)')).toBe(`${open}a${open}中${close}b${close}`);
    expect(w('(a(b)c)')).toBe('(a(b)c)');
  });

  it('treats a parenthesis without its pair as a single mark', () => {
    expect(w('中)')).toBe(`中${close}`);
    expect(w('(中')).toBe(`${open}中`);
    expect(w('a) b(')).toBe('a) b(');
    expect(w('1) 第一')).toBe(`1${close} 第一`);
  });

  it('keeps the number of characters and changes nothing when applied again', () => {
    for (const text of [
      '',
      'all Latin, (really)!',
      '各区、县(市)人民政府,市政府有关部门:',
      '中((b)),a,,中',
      'a,,中',
      '(a(b)c)中',
      '😀(中)😀,',
    ]) {
      const once = w(text);
      expect([...once].length, text).toBe([...text].length);
      expect(once.length, text).toBe(text.length);
      expect(w(once), text).toBe(once);
    }
  });

  it('is part of the edition’s conversion: the plan’s text, titles, names and UI strings', () => {
    const derive = loadDerive();
    expect(derive(HANT, '各区、县(市)人民政府,市政府有关部门、有关直属单位:')).toBe(
      `各區、縣${open}市${close}人民政府${comma}市政府有關部門、有關直屬單位${colon}`,
    );
    expect(derive(HANT, '“自由港”;')).toBe(`「自由港」${semi}`);
    expect(derive(HANT, 'People’s (AI)')).toBe('People’s (AI)');
  });
});

describe('search in the Traditional edition', () => {
  const data = planSearchData(HANT);
  const engine = new SearchEngine(data);
  const top = (q: string) => engine.search(q).results[0];
  const holds = (id: string, simplified: string) => {
    const p = model.provisions.find((x) => x.id === id);
    const text = p ? p.title[SOURCE_LOCALE] + p.paragraphs[SOURCE_LOCALE].join('') : '';
    return (
      text.includes(simplified) ||
      model.places.some((pl) => pl.forms.includes(simplified) && p?.places.includes(pl.id))
    );
  };

  it('folds its text to the Simplified one character for one', () => {
    expect(data.chars?.['機']).toBe('机');
    expect(data.chars?.['瀋']).toBe('沈');
    expect(Object.entries(data.chars ?? {}).every(([t, s]) => t.length === s.length)).toBe(true);
    expect(foldToSource(HANT, 'abc')).toEqual({});
  });

  it('gives the reader’s words back as typed: the query, the words a result lacks, a correction', () => {
    expect(engine.search('機器人').query.text).toBe('機器人');
    const typo = engine.search('創新卷');
    expect(typo.suggestion).toBe('創新券');
    expect(typo.query.text).toBe('創新卷');
    const partial = engine.search('機器人 火星基地');
    const lacking = [...partial.leftOut, ...partial.results.flatMap((r) => r.missing)].join('');
    expect(lacking).toContain('機器人');
    expect(lacking).not.toContain('机');
    // The Simplified edition is unchanged: its query is searched and shown as folded.
    const zh = new SearchEngine(planSearchData(SOURCE_LOCALE));
    expect(zh.search('创新卷').suggestion).toBe('创新券');
  });

  it.each([
    ['機器人', '机器人'],
    ['城市大腦', '城市大脑'],
    // Taiwan's 智慧 for the plan's 智能 (the plan writes 智能医疗).
    ['智慧醫療', '智能医疗'],
    ['机器人', '机器人'],
    ['人工智慧', '人工智能'],
  ])('finds %s on a provision that holds it, quoting the Traditional text', (query, simplified) => {
    const result = top(query);
    expect(result, query).toBeDefined();
    expect(holds(result!.doc.id, simplified), `${query} → ${result!.doc.id}`).toBe(true);
    expect(result!.doc.path).toMatch(/^\/zh-hant\//);
    const quoted = result!.snippet.segments.map((s) => s.text).join('');
    expect(quoted).toBe(mapStrings(quoted, (s) => loadDerive()(HANT, s)));
  });
});
