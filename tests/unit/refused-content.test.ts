/**
 * Bad content is refused with the file and the field that are wrong, by the checks the build
 * runs (src/lib/checked-model.ts, which astro/plan.ts calls on the content collections), here on
 * the files' text without Astro: each case changes one file of a copy of content/ in memory and
 * expects the check to fail naming it. That the build stops on these errors, and leaves the last
 * good site in place, is tests/build/failures.test.ts's (two real builds).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedContentOf, type ContentFiles } from '../../src/lib/checked-model.ts';
import { SOURCE_PATH } from '../../src/lib/model/source.ts';
import { loadDerive, readContentFiles } from '../support/load-content.ts';

const FILES = readContentFiles();
const FIXTURES = join(import.meta.dirname, 'fixtures');

/** The content with one file changed by `edit` (which must change it). */
function withFile(file: string, edit: (text: string) => string): ContentFiles {
  const text = FILES[file];
  expect(text, `${file} is one of the content files`).toBeDefined();
  const changed = edit(text!);
  expect(changed, `the edit changes ${file}`).not.toBe(text);
  return { ...FILES, [file]: changed };
}

/** The message the checks refuse `files` with (the converter is the one of the unchanged conversion.yaml). */
function refusal(files: ContentFiles): string {
  try {
    checkedContentOf(files, loadDerive());
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the content was accepted');
}

describe('the content as it is', () => {
  it('passes every check, with and without a converter given', () => {
    expect(checkedContentOf(FILES, loadDerive()).model.provisions.length).toBeGreaterThan(20);
    expect(checkedContentOf(FILES).glossary.length).toBeGreaterThan(50);
  });
});

describe('bad content is refused, naming the file and the field', () => {
  it('a YAML file that does not parse', () => {
    const files = withFile('content/glossary.yaml', (t) =>
      t.replace('  - id: big-data-bureau\n', '  - id: big-data-bureau\n  name: [unclosed\n'),
    );
    expect(refusal(files)).toMatch(/^content\/glossary\.yaml: \(syntax\): /);
  });

  it('a key written twice in one mapping', () => {
    const files = withFile('content/provisions.yaml', (t) =>
      t.replace('- id: task-4\n  group: 1\n', '- id: task-4\n  group: 1\n  group: 2\n'),
    );
    expect(refusal(files)).toMatch(
      /^content\/provisions\.yaml: \(syntax\): Map keys must be unique at line \d+/,
    );
  });

  it('a required field missing', () => {
    const files = withFile('content/glossary.yaml', (t) =>
      t.replace('    name: { zh: 市科技局, en: Municipal Science and Technology Bureau }\n', ''),
    );
    expect(refusal(files)).toMatch(/^content\/glossary\.yaml: bodies\[0\]\.name: /);
  });

  it('a field of the wrong type', () => {
    const files = withFile('content/provisions.yaml', (t) =>
      t.replace('- id: task-4\n  group: 1\n', '- id: task-4\n  group: one\n'),
    );
    expect(refusal(files)).toMatch(/^content\/provisions\.yaml: \[7\]\.group: /);
  });

  it('a field no schema knows (a misspelt name)', () => {
    const files = withFile('content/provisions.yaml', (t) =>
      t.replace('- id: task-4\n  group: 1\n', '- id: task-4\n  group: 1\n  grup: 1\n'),
    );
    expect(refusal(files)).toMatch(/^content\/provisions\.yaml: \[7\]: .*grup/);
  });

  it('an item without its id', () => {
    const files = withFile('content/targets.yaml', (t) =>
      t.replace('- id: related-industry-output\n  source:', '- source:'),
    );
    expect(refusal(files)).toBe('content/targets.yaml: (root)[1].id: is missing');
  });

  it('the same id twice', () => {
    const files = withFile('content/glossary.yaml', (t) =>
      t.replace(
        '  - id: economy-information-technology-commission\n',
        '  - id: science-technology-bureau\n',
      ),
    );
    expect(refusal(files)).toBe(
      'content/glossary.yaml: bodies[1].id: "science-technology-bureau" appears twice',
    );
  });

  it('a bracket naming no body of the glossary', () => {
    const files = withFile('content/provisions.yaml', (t) =>
      t.replace('"市科技局、经济和信息化委、人力资源社会保障局"', '"市科技局、魔法部"'),
    );
    expect(refusal(files)).toMatch(
      /^content\/provisions\.yaml: task-4\.bracket: "魔法部" \(市魔法部\) is no form of a body of content\/glossary\.yaml/,
    );
  });

  it('a target whose source is no provision or section', () => {
    const files = withFile('content/targets.yaml', (t) =>
      t.replace(
        '- id: big-data-projects\n  source: task-10\n',
        '- id: big-data-projects\n  source: task-99\n',
      ),
    );
    expect(refusal(files)).toBe(
      'content/targets.yaml: [2] (big-data-projects).source: "task-99" is neither a provision nor a section',
    );
  });

  it('a missing file', () => {
    const files: Record<string, string> = { ...FILES };
    delete files['content/structure.yaml'];
    expect(refusal(files)).toBe('content/structure.yaml: (file): is missing');
  });

  it('a text without its front matter', () => {
    const files = withFile('content/plan/en/task-2.mdx', (t) => t.replace(/^---[\s\S]*?---\n/, ''));
    expect(refusal(files)).toMatch(/^content\/plan\/en\/task-2\.mdx: \(front matter\): is missing/);
  });

  it('a malformed text in place of a translation', () => {
    const files = withFile('content/plan/en/measure-2.mdx', () =>
      readFileSync(join(FIXTURES, 'malformed.mdx'), 'utf-8'),
    );
    expect(refusal(files)).toMatch(/^content\/plan\/en\/measure-2\.mdx: /);
  });

  it('one character of the Chinese text changed: checked against seeds/', () => {
    const files = withFile('content/plan/zh/task-7.mdx', (t) => t.replace('机器人', '机械人'));
    expect(refusal(files)).toMatch(
      /^content\/plan\/zh\/task-7\.mdx: \(body\): differs from seeds\/[^:]+: the source reads "[^"]*机器人[^"]*" where the content reads "[^"]*机械人/,
    );
  });

  it('a changed source document is the content’s problem to name, not a crash', () => {
    const files = withFile(SOURCE_PATH, (t) => t.replace('机器人', '机械人'));
    expect(refusal(files)).toMatch(
      /^content\/plan\/zh\/([\w-]+\.mdx)?: \((body|text)\): .*seeds\/000_1b4b1833641e6e95\.txt/,
    );
  });

  it('a 5 MB paragraph, with its file and size', () => {
    const files = withFile(
      'content/plan/en/task-4.mdx',
      (t) => `${t.trimEnd()} ${'flood '.repeat(850_000)}\n`,
    );
    const started = performance.now();
    expect(refusal(files)).toMatch(
      /^content\/plan\/en\/task-4\.mdx: paragraph \d+: has 5,\d{3},\d{3} characters; a paragraph may have at most 5,000/,
    );
    // Refused before any costly work on it (a build took 4 s to the same message, most of it start-up).
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('a stale pinyin correction: one that changes nothing the library writes', () => {
    // pinyin-pro, with its word list, reads 载体 zàitǐ itself (G-1): the entry is not needed.
    const files = withFile('content/pinyin.yaml', (t) =>
      t.replace(
        '\nproperNames:',
        '  - zh: 载体\n    pinyin: zàitǐ\n    why: The reading of 载 in 载体 is zài.\n\nproperNames:',
      ),
    );
    expect(refusal(files)).toMatch(
      /^content\/pinyin\.yaml: corrections\[\d+\] \(载体\): changes nothing: without it, 载体 is written "zàitǐ" already; the entry is stale/,
    );
  });

  it('a note on a paragraph its text does not have', () => {
    const files = withFile('content/notes.yaml', (t) =>
      t.replace(/(\n {4}paragraph: )\d+/, '$199'),
    );
    expect(refusal(files)).toMatch(
      /^content\/notes\.yaml: notes\[0\] \([\w-]+\)\.paragraph: .* not 99$/,
    );
  });
});
