/** The responsible bodies' pages (src/lib/route-data/departments.ts): the list, a body's page, the matrix. */
import { describe, expect, it } from 'vitest';
import { LOCALES, SOURCE_LOCALE, isHanScript } from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import {
  bodyPageData,
  bodiesPageData,
  matrixPageData,
} from '../../../src/lib/route-data/departments.ts';
import { paths } from '../../../src/lib/routes.ts';
import { loadModel } from '../../support/load-content.ts';

const model = loadModel();
/** How many provisions' brackets name a body, counted from the content. */
const named = (id: string) => model.provisions.filter((p) => p.bodies.includes(id)).length;

describe('the list of responsible bodies', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: every body once, most often named first, ties in the glossary’s order, each with its count`, () => {
      const page = bodiesPageData(model, locale, t);
      expect(page.path).toBe(`/${locale}/departments/`);
      expect(page.breadcrumbs).toEqual([
        { label: t('nav.home'), path: paths.home(locale) },
        { label: page.title },
      ]);
      expect(page.matrix.path).toBe(`/${locale}/departments/matrix/`);
      expect(page.bodies.map((b) => b.id).sort()).toEqual(model.bodies.map((b) => b.id).sort());
      for (const [i, body] of page.bodies.entries()) {
        expect(body.count).toBe(named(body.id));
        expect(body.countLabel).toContain(String(body.count));
        expect(body.path).toBe(paths.body(locale, body.id));
        expect(body.name).toBe(model.bodies.find((b) => b.id === body.id)!.name[locale]);
        const next = page.bodies[i + 1];
        if (next) {
          expect(body.count).toBeGreaterThanOrEqual(next.count);
          if (body.count === next.count)
            expect(model.bodies.findIndex((b) => b.id === body.id)).toBeLessThan(
              model.bodies.findIndex((b) => b.id === next.id),
            );
        }
      }
    });
  }
});

describe('a responsible body’s page', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: every provision that names the body, by part, with its place in the bracket and the other bodies`, () => {
      for (const body of model.bodies) {
        const page = bodyPageData(model, body, locale, t);
        expect(page.title).toBe(body.name[locale]);
        expect(page.breadcrumbs.map((c) => c.path)).toEqual([
          paths.home(locale),
          paths.bodies(locale),
          undefined,
        ]);
        const listed = page.parts.flatMap((part) => part.provisions.map((x) => x.provision.id));
        expect(listed.sort()).toEqual(
          model.provisions
            .filter((p) => p.bodies.includes(body.id))
            .map((p) => p.id)
            .sort(),
        );
        expect(page.count).toBe(named(body.id));
        for (const part of page.parts) {
          expect(part.path).toMatch(new RegExp(`^/${locale}/plan/#`));
          for (const { provision, position, others } of part.provisions) {
            expect(others.map((o) => o.id)).toEqual(
              provision.bodies.filter((id) => id !== body.id),
            );
            expect(position).toContain(String(provision.bodies.length));
          }
        }
        // The particulars: full name and type always; the Chinese name only where the page is not in Chinese.
        expect(page.facts.map((f) => f.value)).toContain(
          body.fullName?.[locale] ?? t('bodies.fullNameNotGiven'),
        );
        expect(page.facts.map((f) => f.value)).toContain(body.kind[locale]);
        const chinese = page.facts.find((f) => f.lang !== undefined);
        expect(chinese?.value).toBe(isHanScript(locale) ? undefined : body.name[SOURCE_LOCALE]);
      }
    });
  }

  it('orders the parts as the plan does', () => {
    const busiest = [...model.bodies].sort((a, b) => named(b.id) - named(a.id))[0]!;
    const page = bodyPageData(model, busiest, 'en', useTranslations('en'));
    const numbers = page.parts.map((p) => Number(p.anchor.replace('part-', '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(page.parts.length).toBeGreaterThan(1);
  });
});

describe('the responsibility matrix', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: a column per provision with a bracket, a row per body, each cell the body’s place in the bracket`, () => {
      const page = matrixPageData(model, locale, t);
      const bracketed = model.provisions.filter((p) => p.bodies.length > 0);
      expect(page.columns.map((c) => c.id)).toEqual(bracketed.map((p) => p.id));
      expect(page.rows.map((r) => r.id).sort()).toEqual(model.bodies.map((b) => b.id).sort());
      for (const row of page.rows) {
        expect(row.total).toBe(named(row.id));
        for (const [i, cell] of row.cells.entries()) {
          const provision = bracketed[i]!;
          expect(cell.id).toBe(provision.id);
          const index = provision.bodies.indexOf(row.id);
          expect(cell.position).toBe(index < 0 ? undefined : index + 1);
          expect(cell.label === undefined).toBe(index < 0);
        }
      }
      const totals = page.rows.map((r) => r.total);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      expect(page.csvPath).toBe('/data/responsibilities.csv');
      expect(page.breadcrumbs[1]).toEqual({ label: t('bodies.title'), path: paths.bodies(locale) });
    });
  }
});
