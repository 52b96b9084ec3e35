/** The 404 page's "did you mean" (src/lib/route-data/near-miss.ts) over the site's real pages (not-found.ts). */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/editions.ts';
import {
  editDistance,
  editionOfSegment,
  suggestPaths,
} from '../../../src/lib/route-data/near-miss.ts';
import { sitePages } from '../../../src/lib/route-data/not-found.ts';
import { loadModel } from '../../support/load-content.ts';

const model = loadModel();
const pages = sitePages(model);
const suggest = (path: string) => suggestPaths(path, pages, LOCALES);

describe('the pages of an edition', () => {
  it('are every kind of page, each once, without the edition', () => {
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toEqual(
      expect.arrayContaining(['', 'plan/', 'tasks/', 'tasks/7/', 'glossary/', 'search/']),
    );
    expect(
      pages.filter((p) => /^(tasks|measures|principles|implementation)\/\d+\/$/.test(p)),
    ).toHaveLength(model.provisions.length);
    expect(pages.filter((p) => p.startsWith('departments/')).length).toBe(model.bodies.length + 2);
    expect(pages.every((p) => !p.startsWith('/') && !p.startsWith('zh'))).toBe(true);
  });
});

describe('did you mean', () => {
  it('offers every edition for a path without one', () => {
    expect(suggest('/tasks/7/')).toEqual(LOCALES.map((l) => `/${l}/tasks/7/`));
    expect(suggest('/tasks/7')).toEqual(suggest('/tasks/7/'));
    expect(suggest('/glossary/index.html')).toEqual(LOCALES.map((l) => `/${l}/glossary/`));
  });

  it('mends the edition written in another case or as a language tag', () => {
    expect(suggest('/EN/tasks/7/')).toEqual(['/en/tasks/7/']);
    expect(suggest('/ZH-HANT/tasks/7/')).toEqual(['/zh-hant/tasks/7/']);
    expect(suggest('/zh_Hant/')).toEqual(['/zh-hant/']);
    expect(suggest('/zh-TW/measures/2/')).toEqual(['/zh-hant/measures/2/']);
    expect(suggest('/zh-CN/plan/')).toEqual(['/zh/plan/']);
    expect(suggest('/en-GB/about/')).toEqual(['/en/about/']);
  });

  it('mends a word a letter or two off, and numbers written with zeros', () => {
    expect(suggest('/en/task/7/')).toEqual(['/en/tasks/7/']);
    expect(suggest('/en/Tasks/7/')).toEqual(['/en/tasks/7/']);
    expect(suggest('/en/tasks/07/')).toEqual(['/en/tasks/7/']);
    expect(suggest('/en/implementations/2/')).toEqual(['/en/implementation/2/']);
    expect(suggest('/en/glosary/')).toEqual(['/en/glossary/']);
    expect(suggest('/zh/departments/matirx/')).toEqual(['/zh/departments/matrix/']);
  });

  it('never turns one number into another, nor guesses far', () => {
    expect(suggest('/en/tasks/13/')).toEqual([]);
    expect(suggest('/en/tasks/0/')).toEqual([]);
    expect(suggest('/en/something-else/')).toEqual([]);
    expect(suggest('/en/tasks/7/extra/')).toEqual([]);
    expect(suggest('/')).toEqual([]);
    expect(suggest('/%E0%A4%A/')).toEqual([]);
    expect(suggest('/fr/tasks/7/')).toEqual([]);
  });
});

it('counts edits as a reader makes them', () => {
  expect(editDistance('task', 'tasks')).toBe(1);
  expect(editDistance('tsaks', 'tasks')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('glossary', 'glossary')).toBe(0);
  expect(editionOfSegment('zh-hk', LOCALES)).toBe('zh-hant');
  expect(editionOfSegment('de', LOCALES)).toBeUndefined();
  expect(editionOfSegment(undefined, LOCALES)).toBeUndefined();
});
