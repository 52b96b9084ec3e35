/** Accessibility: axe (WCAG 2.2 A/AA and best practices) on every kind of page in every edition, light (phone) and dark (desktop). */
import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/routes.ts';
import type { Locale } from '../../src/lib/editions.ts';
import { visit } from './helpers.ts';

const KINDS = (l: Locale) => ({
  home: paths.home(l),
  plan: paths.plan(l),
  parallel: paths.parallel(l),
  taskList: paths.kind(l, 'task'),
  // One template renders every provision: a task (with its group and notes) and a measure (without).
  task: paths.provision(l, 'task-10'),
  measure: paths.provision(l, 'measure-2'),
  bodies: paths.departments(l),
  body: paths.department(l, 'science-technology-bureau'),
  matrix: paths.matrix(l),
  places: paths.places(l),
  place: paths.place(l, 'siasun-robot-industrial-park'),
  topics: paths.topics(l),
  topic: paths.topic(l, 'intelligent-robots'),
  targets: paths.targets(l),
  glossary: paths.glossary(l),
  search: `${paths.search(l)}?q=${encodeURIComponent(l === 'en' ? 'talent' : '人才')}`,
  // The 404 page is one bilingual file: checked once, under the Chinese prefix.
  ...(l === 'zh' ? { notFound: `/${l}/no-such-page/` } : {}),
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on colours: what changes between light and dark mode. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The edition whose pages the colour rules run on, light and dark. */
const COLOUR_EDITION: Locale = 'en';

test('the colour rules named here are rules axe has', () => {
  const known = new Set(axeCore.getRules().map((r) => r.ruleId));
  expect(COLOUR_RULES.filter((r) => !known.has(r))).toEqual([]);
});

async function axe(page: Page, { only, skip = [] }: { only?: string[]; skip?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  builder = only ? builder.withRules(only) : builder.withTags(TAGS).disableRules(skip);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Each kind of page, in each edition: every WCAG 2.2 A/AA and best-practice rule on a 390 px
 * phone (where targets are smallest and tables tightest), in the light theme. The colour rules
 * run once per kind and theme, in one edition (light on the phone, dark at 1280 px): the palette
 * and the type sizes are the same in every edition (only the words differ), and the colour rules
 * are the slow half of axe on long pages.
 */
for (const locale of ['zh', 'zh-hant', 'en'] as const) {
  for (const [kind, path] of Object.entries(KINDS(locale))) {
    test(`${locale} ${kind}: no axe violation`, async ({ page }) => {
      const found: string[] = [];
      const load = async () => {
        await visit(page, path);
        if (kind === 'search') await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset['done']);
      };
      await page.setViewportSize({ width: 390, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await load();
      // The colour rules (the slow half of axe) in one edition: the palette and type sizes are the
      // same in every edition, only the words differ.
      const colours = locale === COLOUR_EDITION || kind === 'notFound';
      found.push(...(await axe(page, { skip: colours ? [] : COLOUR_RULES })).map((v) => `phone light: ${v}`));
      // The same page, laid out again at desktop width in the dark theme (no reload: the layout and colours follow).
      if (colours) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.emulateMedia({ colorScheme: 'dark' });
        found.push(...(await axe(page, { only: COLOUR_RULES })).map((v) => `desktop dark: ${v}`));
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
