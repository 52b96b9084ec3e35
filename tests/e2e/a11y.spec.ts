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

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colours: what changes between light and dark mode. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block', 'non-text-contrast'];

async function axe(page: Page, only?: string[]) {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  builder = only ? builder.withRules(only.filter((r) => r !== 'non-text-contrast')) : builder.withTags(TAGS);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Each kind of page, in each language, at 1280 px and 390 px: every WCAG 2.2 A/AA and
 * best-practice rule in light mode, then the colour rules again in dark mode (the markup and
 * layout are the same; only the colours change).
 */
for (const locale of ['zh', 'en'] as const) {
  for (const [kind, path] of Object.entries(KINDS(locale))) {
    test(`${locale} ${kind}: no axe violation at desktop and phone widths, light and dark`, async ({ page }) => {
      const found: string[] = [];
      for (const [width, label] of [[1280, 'desktop'], [390, 'phone']] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: 'light' });
        await visit(page, path);
        if (kind === 'search') await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset['query']);
        found.push(...(await axe(page)).map((v) => `${label} light: ${v}`));
        await page.emulateMedia({ colorScheme: 'dark' });
        found.push(...(await axe(page, COLOUR_RULES)).map((v) => `${label} dark: ${v}`));
      }
      expect(found).toEqual([]);
    });
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
