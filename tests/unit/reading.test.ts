/** Reading aids, pure parts: the full text's contents and its scroll spy, anchor context, ordinals, sizes. */
import { describe, expect, it } from 'vitest';
import { contextScroll, fragmentId, resolveAnchor } from '../../src/lib/client/anchor-context.ts';
import { currentIndex } from '../../src/lib/client/contents.ts';
import { formatBytes, LOCALES, SOURCE_LOCALE, TRANSLATION_LOCALE } from '../../src/lib/editions.ts';
import { ordinal, useTranslations } from '../../src/lib/i18n.ts';
import { groupDigits } from '../../src/lib/model/format.ts';
import { bodiesOfPlace } from '../../src/lib/model/graph.ts';
import { contentsAnchors, planContents } from '../../src/lib/route-data/plan-contents.ts';
import { textView } from '../../src/lib/route-data/text.ts';
import { loadModel } from '../support/load-content.ts';

const model = loadModel();

describe('the contents of the full text', () => {
  it('list the notice, every part, section and task group, and every provision, in reading order', () => {
    for (const locale of LOCALES) {
      const anchors = contentsAnchors(planContents(model, locale, useTranslations(locale)));
      const provisions = anchors.filter((a) => model.provisions.some((p) => p.id === a));
      expect(provisions.sort()).toEqual(model.provisions.map((p) => p.id).sort());
      expect(anchors[0]).toBe('notice');
      for (const part of model.parts) expect(anchors).toContain(part.anchor);
      for (const g of model.groups) expect(anchors).toContain(`group-${g.number}`);
      // Principles come after their section heading and before the targets section.
      expect(anchors.indexOf('principle-1')).toBeGreaterThan(
        anchors.indexOf(model.sections[1]!.anchor),
      );
      expect(anchors.indexOf('principle-4')).toBeLessThan(
        anchors.indexOf(model.sections[2]!.anchor),
      );
      expect(new Set(anchors).size).toBe(anchors.length);
    }
  });

  it('mark the last section whose top has passed the line, the first before any has', () => {
    expect(currentIndex([100, 500, 900], 200)).toBe(0);
    expect(currentIndex([-400, -10, 300], 200)).toBe(1);
    expect(currentIndex([-900, -500, -10], 200)).toBe(2);
    expect(currentIndex([], 200)).toBe(0);
  });
});

describe('a shared paragraph link', () => {
  it('scrolls to the heading when heading and paragraph fit together, else leaves the browser’s place', () => {
    expect(contextScroll(1000, 1080, 800)).toBe(988);
    expect(contextScroll(5, 60, 800)).toBe(0);
    expect(contextScroll(1000, 1700, 800)).toBeUndefined();
  });

  it('read the id of a link after #, a malformed escape included (never a URIError)', () => {
    expect(fragmentId('#task-7-p1')).toBe('task-7-p1');
    expect(fragmentId('#%E4%BA%BA')).toBe('人');
    expect(fragmentId('')).toBe('');
    expect(fragmentId('#')).toBe('');
    for (const hash of ['#%E0%A4%A', '#%', '#%ZZ', '#task-7-p1%E0'])
      expect(fragmentId(hash), hash).toBe(hash.slice(1));
  });
});

describe('a link to a sentence or paragraph', () => {
  // The ids of task 7's page, as the route data lays them out: its paragraph 1 has one sentence.
  const ids = new Set([
    'task-7',
    ...textView(model, 'en', 'task-7').flatMap((p) => [
      p.anchor,
      ...p.sentences.map((s) => s.anchor),
    ]),
  ]);
  const has = (id: string) => ids.has(id);

  it('lands on what it names when the page has it', () => {
    expect(ids.has('task-7-p1-s1')).toBe(true);
    expect(resolveAnchor('task-7-p1-s1', has)).toEqual({ id: 'task-7-p1-s1', exact: true });
    expect(resolveAnchor('task-7-p1', has)).toEqual({ id: 'task-7-p1', exact: true });
    expect(resolveAnchor('task-7', has)).toEqual({ id: 'task-7', exact: true });
  });

  it('else on the nearest that exists: the paragraph, then the provision', () => {
    // The issue's own example: task 7's first paragraph is one sentence in the model.
    expect(ids.has('task-7-p1-s2')).toBe(false);
    expect(resolveAnchor('task-7-p1-s2', has)).toEqual({ id: 'task-7-p1', exact: false });
    expect(resolveAnchor('task-7-p9-s2', has)).toEqual({ id: 'task-7', exact: false });
    expect(resolveAnchor('task-7-p9', has)).toEqual({ id: 'task-7', exact: false });
    expect(resolveAnchor('Task-7-P1-S2', has)).toEqual({ id: 'task-7-p1', exact: false });
  });

  it('nowhere for what is not on the page, or not an anchor at all', () => {
    for (const id of ['', 'task-8-p1-s1', 'task-8', '-p1-s1', 'p1-s1', '人', 'x'.repeat(5000)])
      expect(resolveAnchor(id, has), id).toBeUndefined();
    expect(resolveAnchor('-p1-s2', (x) => x === '-p1')).toBeUndefined();
    expect(resolveAnchor('a-p1-s2-p3-s4', (x) => x === 'a-p1-s2')).toEqual({
      id: 'a-p1-s2',
      exact: false,
    });
  });
});

describe('numbers in words', () => {
  it('ordinals per edition, sizes, digit groups', () => {
    const en = useTranslations(TRANSLATION_LOCALE);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((n) => ordinal(n, TRANSLATION_LOCALE, en))).toEqual(
      ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd'],
    );
    expect(ordinal(3, SOURCE_LOCALE, useTranslations(SOURCE_LOCALE))).toBe('3');
    expect(formatBytes(165_429, TRANSLATION_LOCALE)).toBe('165 KB');
    expect(formatBytes(12, TRANSLATION_LOCALE)).toBe('1 KB');
    expect(formatBytes(1_234_567, TRANSLATION_LOCALE)).toBe('1.2 MB');
    expect(groupDigits(5_100_000)).toBe('5,100,000');
    expect(groupDigits(999)).toBe('999');
  });
});

describe('a place’s responsible bodies', () => {
  it('are the bodies of the provisions that name it, each with those provisions', () => {
    const bodies = bodiesOfPlace(model, 'city-brain');
    const naming = model.provisions.filter((p) => p.places.includes('city-brain'));
    expect(bodies.map((b) => b.bodyId).sort()).toEqual(
      [...new Set(naming.flatMap((p) => p.bodies))].sort(),
    );
    for (const b of bodies) for (const p of b.provisions) expect(p.bodies).toContain(b.bodyId);
  });
});
