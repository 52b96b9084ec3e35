/** Page data built in src/lib/route-data/: what a provision's page shows, for every provision and edition. */
import { outlineView, walkView } from '../../src/lib/route-data/outline-view.ts';
import { describe, expect, it } from 'vitest';
import { LOCALES, edition } from '../../src/lib/editions.ts';
import { useTranslations } from '../../src/lib/i18n.ts';
import { provisionById } from '../../src/lib/model/queries.ts';
import { kindListData } from '../../src/lib/route-data/kind-list.ts';
import { provisionPageData } from '../../src/lib/route-data/provision.ts';
import { parallelHeadings } from '../../src/lib/route-data/parallel.ts';
import { parallelColumns, parallelView } from '../../src/lib/route-data/text.ts';
import { paths } from '../../src/lib/routes.ts';
import { loadModel } from '../support/load-content.ts';

const model = loadModel();
const absolute = (p: string) => `https://example.org${p}`;

describe('a provision’s page data', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: every provision has its place in the plan, its names and neighbours`, () => {
      for (const p of model.provisions) {
        const page = provisionPageData(model, p, locale, t, absolute);
        expect(page.path).toBe(paths.provision(locale, p.id));
        expect(page.pageTitle).toContain(p.title[locale]);
        expect(page.breadcrumbs.at(-1)).toEqual({ label: page.label });
        expect(page.breadcrumbs[1]!.path).toBe(paths.kind(locale, p.kind));
        expect(Boolean(page.group)).toBe(p.kind === 'task');
        expect(page.places.map((x) => x.id)).toEqual(p.places);
        expect(page.topics.map((x) => x.id)).toEqual(p.topics);
        expect(page.related.every((r) => r.provision.id !== p.id && r.shares.length > 0)).toBe(
          true,
        );
        expect(JSON.parse(page.jsonLd)['@id']).toBe(absolute(page.path));
        expect(page.card.image).toBe(`/cards/${locale}/${p.id}.png`);
      }
    });
  }

  it('places principles under 基本原则 and tasks under their group, with previous and next across kinds', () => {
    const t = useTranslations('zh');
    const principle = provisionPageData(
      model,
      provisionById(model, 'principle-2'),
      'zh',
      t,
      absolute,
    );
    expect(principle.breadcrumbs[1]).toEqual({ label: '基本原则', path: '/zh/principles/' });
    expect(principle.part.path).toBe('/zh/plan/#general-requirements');
    const task = provisionPageData(model, provisionById(model, 'task-7'), 'zh', t, absolute);
    expect(task.group?.path).toBe('/zh/plan/#group-3');
    const last = provisionPageData(model, provisionById(model, 'task-12'), 'zh', t, absolute);
    expect(last.next?.id).toBe('measure-1');
  });
});

describe('a list of one kind of provision', () => {
  it('lists every provision of the kind, tasks by group, each with its bodies, in every edition', () => {
    for (const locale of LOCALES) {
      const t = useTranslations(locale);
      for (const kind of ['principle', 'task', 'measure', 'implementation'] as const) {
        const page = kindListData(model, kind, locale, t);
        const listed = page.sections.flatMap((s) => s.items.map((i) => i.provision.id));
        expect(listed).toEqual(model.provisions.filter((p) => p.kind === kind).map((p) => p.id));
        expect(page.path).toBe(paths.kind(locale, kind));
        expect(page.inPlan.path).toMatch(new RegExp(`^/${locale}/plan/#`));
        for (const item of page.sections.flatMap((s) => s.items))
          expect(item.bodies.map((b) => b.id)).toEqual(item.provision.bodies);
      }
    }
    const tasks = kindListData(model, 'task', 'en', useTranslations('en'));
    expect(tasks.sections.map((s) => s.anchor)).toEqual(
      model.groups.map((g) => `group-${g.number}`),
    );
    expect(kindListData(model, 'measure', 'en', useTranslations('en')).sections).toHaveLength(1);
  });
});

describe('the side-by-side view’s data', () => {
  it('pairs each Chinese edition with the English, and shows a translation beside the source', () => {
    expect(parallelColumns('zh')).toEqual({ original: 'zh', translation: 'en' });
    expect(parallelColumns('zh-hant')).toEqual({ original: 'zh-hant', translation: 'en' });
    expect(parallelColumns('en')).toEqual({ original: 'zh', translation: 'en' });
  });

  it('gives each heading in the two columns’ editions, each with its language', () => {
    const task7 = provisionById(model, 'task-7');
    for (const locale of LOCALES) {
      const { original, translation } = parallelColumns(locale);
      const headings = parallelHeadings(locale);
      const views = walkView(outlineView(model, [original, translation]));
      const [left, right] = views.find((v) => v.provision?.id === 'task-7')!.headings;
      expect(left?.text).toContain(task7.title[original]);
      expect(right?.text).toContain(task7.title[translation]);
      expect([left?.lang, right?.lang]).toEqual([
        edition(original).htmlLang,
        edition(translation).htmlLang,
      ]);
      const preamble = views.find((v) => v.node.type === 'front' && v.node.heading === 'document')!;
      expect(preamble.headings.map((h) => h.text)).toEqual([
        model.document.title[original],
        model.document.title[translation],
      ]);
      expect(headings.columns.every((c) => c.lang === edition(locale).htmlLang)).toBe(true);
      // The text beside it: sentence by sentence, in the same two editions.
      const [first] = parallelView(model, locale, 'task-7');
      expect(first?.rows.map((r) => r.source)).toEqual(task7.sentences[original][0]);
      expect(first?.rows.map((r) => r.text)).toEqual(task7.sentences[translation][0]);
    }
  });
});
