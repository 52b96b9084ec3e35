/** Accessibility: axe (WCAG 2.2 A/AA and best practices) on every kind of page, both languages, desktop and phone, light and dark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/routes.ts';
import { visit } from './helpers.ts';

const KINDS = (l: 'zh' | 'en') => ({
  home: paths.home(l),
  plan: paths.plan(l),
  parallel: paths.parallel(l),
  principle: paths.provision(l, 'principle-3'),
  task: paths.provision(l, 'task-10'),
  measure: paths.provision(l, 'measure-2'),
  implementation: paths.provision(l, 'implementation-1'),
  bodies: paths.departments(l),
  body: paths.department(l, 'science-technology-bureau'),
  matrix: paths.matrix(l),
  places: paths.places(l),
  place: paths.place(l, 'siasun-robot-industrial-park'),
  topics: paths.topics(l),
  topic: paths.topic(l, 'intelligent-robots'),
  targets: paths.targets(l),
  search: `${paths.search(l)}?q=${encodeURIComponent(l === 'zh' ? '人才' : 'talent')}`,
  notFound: `/${l}/no-such-page/`,
});

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const locale of ['zh', 'en'] as const) {
  for (const [width, label] of [[1280, 'desktop'], [390, 'phone']] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${locale} ${label} ${scheme}: no axe violation on any kind of page`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        const found: string[] = [];
        for (const [kind, path] of Object.entries(KINDS(locale))) {
          await visit(page, path);
          if (kind === 'search') await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset['query']);
          found.push(...(await axe(page)).map((v) => `${kind}: ${v}`));
        }
        expect(found).toEqual([]);
      });
    }
  }
}

test('the root language chooser has no axe violation', async ({ page, baseURL }) => {
  // The chooser redirects at once when scripts run: serve it with its scripts removed, as a reader without JavaScript gets it.
  await page.route(new URL('./', baseURL).href, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    await route.fulfill({ response, body });
  });
  await visit(page, '/');
  await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
