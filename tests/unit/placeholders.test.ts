/** Unrendered placeholders in the built site (src/lib/node/placeholders.ts): what counts, where it is reported. */
import { describe, expect, it } from 'vitest';
import {
  filesWithPlaceholders,
  findPlaceholder,
  isText,
  placeholderReport,
} from '../../src/lib/node/placeholders.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('an unrendered placeholder', () => {
  it('is found in text, with its line, column, context and count', () => {
    const html = '<p>\n  <a href="/zh/measures/5/">措施（{{cn}}）</a> <a>措施（{{cn}}）</a>\n</p>';
    const found = findPlaceholder(html, 10);
    expect(found).toEqual({
      line: 2,
      column: 32,
      context: '…es/5/">措施（{{cn}}）</a> …',
      count: 2,
    });
  });

  it('is found in an attribute, and when HTML or JSON encodes its braces', () => {
    expect(findPlaceholder('<a aria-label="实施（{{cn}}）：组织">')?.column).toBe(19);
    expect(findPlaceholder('<a title="&#123;&#123;n}}">')?.count).toBe(1);
    expect(findPlaceholder('<a title="&#x7B;&#x7b;n}}">')?.count).toBe(1);
    expect(findPlaceholder('<a title="&lbrace;&lcub;n}}">')?.count).toBe(1);
    expect(findPlaceholder('{"none":"\\u007b\\u007Bq}}"}')?.count).toBe(1);
    expect(findPlaceholder('<a title="{&#123;n}}">')?.count).toBe(1);
  });

  it('is found when its name runs onto the next line, or the file begins or ends with it', () => {
    const found = findPlaceholder('one\ntwo {{\n  cn\n}} three', 5);
    expect(found).toMatchObject({
      line: 2,
      column: 5,
      context: '…\u23CEtwo {{\u23CE  cn…',
      count: 1,
    });
    expect(findPlaceholder('{{n}}')).toMatchObject({ line: 1, column: 1, context: '{{n}}' });
    expect(findPlaceholder('text {{')).toMatchObject({ line: 1, column: 6, context: 'text {{' });
    expect(findPlaceholder('a\r\n{{x}}')?.context).toBe('a\u23CE{{x}}');
  });

  it('is not a brace alone: CSS, JSON, a client template, braces a line apart', () => {
    expect(findPlaceholder('a{color:red}@media(min-width:40rem){b{color:blue}}')).toBeUndefined();
    expect(findPlaceholder('{"a":{"b":[1,{"c":2}]}}')).toBeUndefined();
    expect(findPlaceholder('<p data-count-template="{shown} of 83">')).toBeUndefined();
    expect(findPlaceholder('if (a) {\n{ b(); }\n}')).toBeUndefined();
    expect(findPlaceholder('{ {')).toBeUndefined();
    expect(findPlaceholder('')).toBeUndefined();
  });
});

describe('the built files', () => {
  it('are read as text only when they are UTF-8 without a NUL byte', () => {
    expect(isText(bytes('措施（五）'))).toBe(true);
    expect(isText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe(
      false,
    );
    expect(isText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xe2, 0xe3, 0xcf, 0xd3]))).toBe(false);
    expect(isText(new Uint8Array([0x7b, 0x7b, 0xff]))).toBe(false);
  });

  it('are each reported with their first placeholder, in path order, binary files skipped', () => {
    const found = filesWithPlaceholders([
      ['/zh/search/index.html', bytes('<script type="application/json">{"none":"{{q}}"}</script>')],
      ['/cards/zh/site.png', new Uint8Array([0x00, 0x7b, 0x7b])],
      ['/data/glossary.csv', bytes('id,name\nbody,{{name}}\nplace,{{name}}\n')],
      ['/_astro/client.js', bytes('function f(){return{a:1}}')],
    ]);
    expect(found.map((f) => [f.file, f.line, f.count])).toEqual([
      ['/data/glossary.csv', 2, 2],
      ['/zh/search/index.html', 1, 1],
    ]);
    const report = placeholderReport(found);
    expect(report).toMatch(/^2 built file\(s\) hold an unrendered placeholder "\{\{"/);
    expect(report).toContain(
      '  /data/glossary.csv:2:6: id,name\u23CEbody,{{name}}\u23CEplace,{{name}}\u23CE (2 in this file)',
    );
    expect(report).toContain('  /zh/search/index.html:1:42: ');
  });

  it('are listed up to a limit, the rest counted', () => {
    const many = Array.from(
      { length: 5 },
      (_, i) => [`/f${i}.txt`, bytes('{{x}}')] as [string, Uint8Array],
    );
    const report = placeholderReport(filesWithPlaceholders(many), 2);
    expect(report.split('\n')).toHaveLength(4);
    expect(report).toContain('… and 3 more file(s)');
  });
});
