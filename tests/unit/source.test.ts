/**
 * The content against the source document in seeds/: the Chinese text is the source word for
 * word (typographic punctuation folded), and every responsibility bracket is modelled exactly.
 */
import { describe, expect, it } from 'vitest';
import { findBodyByName } from '../../src/lib/model/glossary.ts';
import {
  chineseTextOf,
  compareWithSource,
  isResidue,
  sourcePieces,
  sourceProvisions,
  splitBracket,
} from '../../src/lib/model/source.ts';
import { foldPunctuation } from '../../src/lib/model/text.ts';
import { loadModel, readSource } from '../support/load-content.ts';

const source = readSource();
const model = loadModel();

describe('the source document', () => {
  it('is found with all its provisions and brackets', () => {
    const provisions = sourceProvisions(source);
    expect(provisions.map((p) => p.id)).toEqual(model.provisions.map((p) => p.id));
    expect(provisions.filter((p) => p.bracket).length).toBe(21);
  });

  it('has web-page residue at the end, which the plan leaves out', () => {
    const residue = source.split('\n').filter(isResidue);
    expect(residue.length).toBe(4);
    const all = JSON.stringify(model);
    expect(all).not.toContain('扫描二维码');
    expect(all).not.toContain('本文链接');
    expect(all).not.toContain('0798ci');
  });
});

describe('responsibility brackets', () => {
  it('splits shared prefixes, the district governments and second titles as the spec says', () => {
    expect(splitBracket('市科技局、经济和信息化委,各区、县(市)政府')).toEqual([
      '市科技局',
      '市经济和信息化委',
      '各区、县(市)政府',
    ]);
    expect(splitBracket('市委组织部(市人才办),市发展改革委、人力资源社会保障局')).toEqual([
      '市委组织部(市人才办)',
      '市发展改革委',
      '市人力资源社会保障局',
    ]);
    expect(splitBracket('沈阳广播电视台、沈阳日报社')).toEqual(['沈阳广播电视台', '沈阳日报社']);
    expect(splitBracket('市大数据局、经济和信息化委,信息中心')).toEqual([
      '市大数据局',
      '市经济和信息化委',
      '信息中心',
    ]);
  });

  it('every provision names exactly the bodies of its source bracket, in order', () => {
    for (const sp of sourceProvisions(source)) {
      const provision = model.provisions.find((p) => p.id === sp.id)!;
      const expected = sp.bracket
        ? splitBracket(sp.bracket).map((name) => {
            const body = findBodyByName(model, name);
            expect(body, `${sp.id}: "${name}" is in no glossary body's forms`).toBeDefined();
            return body!.id;
          })
        : [];
      expect(provision.bodies, sp.id).toEqual(expected);
    }
  });

  it('models a second title in parentheses as the same office', () => {
    expect(findBodyByName(model, '市科技局(市知识产权局)')?.id).toBe('science-technology-bureau');
    expect(findBodyByName(model, '科技局')?.id).toBe('science-technology-bureau');
    expect(findBodyByName(model, '市委组织部(市人才办)')?.houses?.zh).toBe('市人才办');
  });
});

describe('the Chinese text is the source, word for word', () => {
  const text = chineseTextOf(model);

  it('each provision is its source line without number, title and bracket, and every source sentence is in the content', () => {
    expect(sourcePieces(source, foldPunctuation).length).toBeGreaterThan(100);
    expect(compareWithSource(text, source, foldPunctuation)).toEqual([]);
  });

  it('names the file and the sentence when one character differs', () => {
    const task7 = text.provisions.find((p) => p.id === 'task-7')!;
    const changed = task7.paragraphs.map((p, i) => (i === 0 ? p.replace('机器人', '机械人') : p));
    expect(changed).not.toEqual(task7.paragraphs);
    const differences = compareWithSource(
      {
        ...text,
        provisions: text.provisions.map((p) => (p === task7 ? { ...p, paragraphs: changed } : p)),
      },
      source,
      foldPunctuation,
    );
    expect(differences[0]).toMatchObject({ file: 'content/plan/zh/task-7.mdx', field: '(body)' });
    expect(differences[0]?.problem).toMatch(
      /the source reads "[^"]*机器人[^"]*" where the content reads "[^"]*机械人[^"]*"/,
    );
  });

  it('names a provision the content lacks', () => {
    const differences = compareWithSource(
      { ...text, provisions: text.provisions.filter((p) => p.id !== 'measure-3') },
      source,
      foldPunctuation,
    );
    expect(differences.map((d) => [d.file, d.problem])).toContainEqual([
      'content/plan/zh/measure-3.mdx',
      'is missing: the source has measure-3',
    ]);
  });
});
