import { describe, expect, it } from 'vitest';
import { buildModel, type RawContent } from '../../src/lib/model/model.ts';
import { provisionsOfBody } from '../../src/lib/model/graph.ts';
import {
  homeAnchorOf,
  neighbours,
  partOf,
  partOfKind,
  partOfText,
  provisionById,
  provisionsOfGroup,
  provisionsOfPart,
} from '../../src/lib/model/queries.ts';
import { loadDerive, loadModel, readRawContent } from '../support/load-content.ts';

const clone = (): RawContent => structuredClone(readRawContent());

describe('the plan model built from content/', () => {
  const model = loadModel();

  it('has the provisions of the spec, in reading order', () => {
    const ids = model.provisions.map((p) => p.id);
    expect(ids).toEqual([
      ...[1, 2, 3, 4].map((n) => `principle-${n}`),
      ...Array.from({ length: 12 }, (_, i) => `task-${i + 1}`),
      ...[1, 2, 3, 4, 5].map((n) => `measure-${n}`),
      ...[1, 2, 3, 4].map((n) => `implementation-${n}`),
    ]);
  });

  it('puts the twelve tasks in five groups', () => {
    expect([1, 2, 3, 4, 5].map((g) => provisionsOfGroup(model, g).map((p) => p.number))).toEqual([
      [1, 2, 3, 4],
      [5, 6],
      [7, 8, 9],
      [10, 11],
      [12],
    ]);
    expect(
      model.provisions.filter((p) => p.kind !== 'task').every((p) => p.group === undefined),
    ).toBe(true);
  });

  it('answers navigation questions', () => {
    expect(neighbours(model, 'principle-1').prev).toBeUndefined();
    expect(neighbours(model, 'task-12').next?.id).toBe('measure-1');
    expect(partOf(model, provisionById(model, 'principle-2')).number).toBe(1);
    expect(partOf(model, provisionById(model, 'measure-2')).number).toBe(3);
    expect(provisionsOfBody(model, 'big-data-bureau').map((p) => p.id)).toEqual([
      'task-2',
      'task-10',
      'task-11',
    ]);
  });

  it('places every kind of provision in one part, by one rule read from content/structure.yaml', () => {
    expect(
      ['principle', 'task', 'measure', 'implementation'].map(
        (k) => partOfKind(model, k as 'task').number,
      ),
    ).toEqual([1, 2, 3, 4]);
    expect(
      ['principle', 'task', 'measure', 'implementation'].map((k) =>
        homeAnchorOf(model, k as 'task'),
      ),
    ).toEqual(['principles', 'tasks', 'measures', 'implementation']);
    // Every provision is in exactly one part, and the parts together hold them all, in reading order.
    const held = model.parts.flatMap((part) => provisionsOfPart(model, part).map((p) => p.id));
    expect(held).toEqual(model.provisions.map((p) => p.id));
    expect(provisionsOfPart(model, model.parts[0]!).every((p) => p.kind === 'principle')).toBe(
      true,
    );
    // The texts outside the provisions: an introduction opens its part; the rest stand with part one.
    expect(partOfText(model, 'measures-intro').number).toBe(3);
    expect(partOfText(model, 'implementation-intro').number).toBe(4);
    expect(partOfText(model, 'targets').number).toBe(1);
    expect(() => partOfText(model, 'nowhere-intro')).toThrow(/nowhere-intro/);
    // A structure that gives a kind no part is an error, said plainly.
    expect(() =>
      partOfKind(
        { outline: model.outline.filter((n) => n.type !== 'part' || n.part.kind !== 'measure') },
        'measure',
      ),
    ).toThrow(/measure/);
  });
});

describe('bad content fails with the file and the field', () => {
  it('a provision without its English twin', () => {
    const raw = clone();
    raw.texts = raw.texts.filter((t) => !(t.locale === 'en' && t.id === 'task-3'));
    expect(() => buildModel(raw, loadDerive())).toThrow(
      'content/plan/en/task-3.mdx: (file): is missing: task-3 needs its English text',
    );
  });

  it('a paragraph beyond a sane size (a pasted file, lost line breaks)', () => {
    const raw = clone();
    const text = raw.texts.find((t) => t.locale === 'en' && t.id === 'task-5')!;
    text.body = `${text.body.trim()} ${'word '.repeat(1200)}`;
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /content\/plan\/en\/task-5\.mdx: paragraph \d+: has 6,\d{3} characters; a paragraph may have at most 5,000/,
    );
  });

  it('a bracket naming no body of the glossary', () => {
    const raw = clone();
    raw.provisions[5]!.bracket = '市科技局、魔法部';
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /content\/provisions\.yaml: task-2\.bracket: "魔法部" \(市魔法部\) is no form of a body of content\/glossary\.yaml/,
    );
  });

  it('a missing number', () => {
    const raw = clone();
    raw.provisions = raw.provisions.filter((p) => p.id !== 'measure-4');
    raw.texts = raw.texts.filter((t) => t.id !== 'measure-4');
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /content\/provisions\.yaml: measure-4: is missing: the plan has 5 measure provisions/,
    );
  });

  it('a duplicate or extra number', () => {
    const raw = clone();
    raw.provisions.push({ ...raw.provisions.find((p) => p.id === 'task-12')!, id: 'task-13' });
    raw.texts.push(
      ...raw.texts.filter((t) => t.id === 'task-12').map((t) => ({ ...t, id: 'task-13' })),
    );
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /task-13: is beyond the 12 task provisions/,
    );
  });

  it('a missing title', () => {
    const raw = clone();
    const text = raw.texts.find((t) => t.locale === 'zh' && t.id === 'task-1')!;
    text.title = undefined;
    expect(() => buildModel(raw, loadDerive())).toThrow(
      'content/plan/zh/task-1.mdx: title: is required for a provision',
    );
  });

  it('a translation with a different number of paragraphs', () => {
    const raw = clone();
    const text = raw.texts.find((t) => t.locale === 'en' && t.id === 'notice')!;
    text.body = 'Only one paragraph.';
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /content\/plan\/en\/notice\.mdx: \(body\): has 1 paragraphs but its Chinese twin has 5/,
    );
  });

  it('a text file that is no provision', () => {
    const raw = clone();
    raw.texts.push({
      locale: 'zh',
      id: 'task-99',
      title: 'x',
      body: 'x',
      file: 'content/plan/zh/task-99.mdx',
    });
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /content\/plan\/zh\/task-99\.mdx: \(file name\)/,
    );
  });

  it('a group on a provision whose part has no groups, or none where it has', () => {
    const raw = clone();
    raw.provisions[0]!.group = 1;
    expect(() => buildModel(raw, loadDerive())).toThrow(
      /principle-1\.group: is only for provisions of a part with groups \(principles has none\)/,
    );
    const raw2 = clone();
    delete raw2.provisions[4]!.group;
    expect(() => buildModel(raw2, loadDerive())).toThrow(
      /task-1\.group: is required: tasks groups its provisions/,
    );
  });
});
