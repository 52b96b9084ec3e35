/** What the accessibility tests share: every kind of page of an edition, and axe with the rules we hold pages to. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Locale } from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { visit } from './helpers.ts';

/** One page of each kind (each template and each kind of data) of an edition. */
export const pageKinds = (l: Locale): Record<string, string> => ({
  home: paths.home(l),
  plan: paths.plan(l),
  parallel: paths.parallel(l),
  taskList: paths.kind(l, 'task'),
  // One template renders every provision: a task (with its group and notes) and a measure (without).
  task: paths.provision(l, 'task-10'),
  measure: paths.provision(l, 'measure-2'),
  bodies: paths.bodies(l),
  body: paths.body(l, 'science-technology-bureau'),
  matrix: paths.matrix(l),
  places: paths.places(l),
  place: paths.place(l, 'siasun-robot-industrial-park'),
  topics: paths.topics(l),
  topic: paths.topic(l, 'intelligent-robots'),
  targets: paths.targets(l),
  glossary: paths.glossary(l),
  about: paths.about(l),
  // A query in the edition's own characters (机器人 / 機器人): the page shows it back as typed.
  search: `${paths.search(l)}?q=${encodeURIComponent(l === 'en' ? 'talent' : l === 'zh-hant' ? '機器人' : '机器人')}`,
});

/** Loads a page of `pageKinds`; the search page once its results are in. */
export async function load(page: Page, path: string): Promise<void> {
  await visit(page, path);
  if (path.includes('/search/'))
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-results')?.dataset['done'],
    );
}

export const TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];
/** The rules whose outcome depends on colours: what changes between light and dark mode. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the page as it is: every rule of TAGS but `skip`, or `only` these rules. */
export async function axe(
  page: Page,
  { only, skip = [] }: { only?: string[]; skip?: string[] } = {},
): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  builder = only ? builder.withRules(only) : builder.withTags(TAGS).disableRules(skip);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}
