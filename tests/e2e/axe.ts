/**
 * What the accessibility tests share: the pages of each kind, the rules we hold pages to, the
 * settings a reader may have (width, colour scheme, text size), and axe run on a page as it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import axeCore from 'axe-core';
import type { Page } from '@playwright/test';
import type { Locale } from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { visit } from './helpers.ts';

/**
 * One page of each kind (each template and each kind of data) of an edition. `notFound` is the
 * one 404.html, shown under the edition's prefix (it puts that edition's block first).
 */
export const pageKinds = (l: Locale): Record<string, string> => ({
  home: paths.home(l),
  plan: paths.plan(l),
  parallel: paths.parallel(l),
  // One template renders every provision: a task (with its group and notes), a measure, a
  // principle and an implementation item; one renders every list.
  task: paths.provision(l, 'task-10'),
  measure: paths.provision(l, 'measure-2'),
  principle: paths.provision(l, 'principle-3'),
  implementation: paths.provision(l, 'implementation-2'),
  taskList: paths.kind(l, 'task'),
  measureList: paths.kind(l, 'measure'),
  principleList: paths.kind(l, 'principle'),
  implementationList: paths.kind(l, 'implementation'),
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
  // A query in the edition's own characters (机器人 / 機器人) that has direct answers (the topic
  // Intelligent robots) above its results: the page shows it back as typed.
  search: paths.search(l, l === 'en' ? 'robot' : l === 'zh-hant' ? '機器人' : '机器人'),
  notFound: `/${l}/no-such-page/`,
});

/** Loads a page of `pageKinds`; the search page once its results and direct answers are in. */
export async function load(page: Page, path: string): Promise<void> {
  await visit(page, path);
  if (path.includes('/search/')) {
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-results')?.dataset['done'],
    );
    await page.locator('#search-answers a[data-answer]').first().waitFor();
  }
}

/** The WCAG 2.0, 2.1 and 2.2 A and AA tags (axe-core 4.13 has no rule tagged wcag22a). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The rules: every rule axe has for a WCAG A/AA criterion, the experimental ones included (axe
 * leaves them off unless named: label-content-name-mismatch for 2.5.3 Label in Name,
 * p-as-heading, td-has-header, table-fake-caption, css-orientation-lock), and the best practices
 * (landmarks, heading order…).
 */
export const RULES: string[] = axeCore
  .getRules()
  .filter(
    (r) =>
      !r.tags.includes('deprecated') &&
      (r.tags.some((t) => WCAG_TAGS.includes(t)) ||
        (r.tags.includes('best-practice') && !r.tags.includes('experimental'))),
  )
  .map((r) => r.ruleId);

/** The rules whose outcome depends on colours: what changes between light and dark mode. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core itself, put into the page once per load (the version the rules above come from). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe's violations on the page as it is: `rules` (all of RULES by default), each as one line with
 * its first nodes. axe-core runs in the page directly: @axe-core/playwright's analyze() finishes
 * every run in a new blank page, which made each run 3 to 7 times slower here.
 */
export async function axe(page: Page, rules: string[] = RULES): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (rules) => {
    const results = await (window as unknown as { axe: typeof axeCore }).axe.run(document, {
      runOnly: { type: 'rule', values: rules },
      resultTypes: ['violations'],
    });
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length > 1 ? 's' : ''}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  }, rules);
}

/** The widths a reader reads at: a small phone and a desktop. */
export const WIDTHS = {
  phone: { width: 360, height: 780 },
  desktop: { width: 1280, height: 800 },
} as const;
export type Width = keyof typeof WIDTHS;

/** Text sizes: the browser's default font size (16 px is 100 %), as Android's font scale sets it. */
export const TEXT_SIZES = { 100: 16, 200: 32 } as const;
export type TextSize = keyof typeof TEXT_SIZES;

/** A layout: a width and a text size (the colour scheme does not move anything). */
export interface Layout {
  width: Width;
  text: TextSize;
}
export const LAYOUTS: readonly Layout[] = [
  { width: 'phone', text: 100 },
  { width: 'desktop', text: 200 },
  { width: 'desktop', text: 100 },
  { width: 'phone', text: 200 },
];

/**
 * Sets the browser's default font size (what the reader's text-size setting changes): rem-sized
 * text, and the rem-based breakpoints, follow without a reload. Waits for the new layout.
 */
export async function setTextSize(page: Page, text: TextSize): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const px = TEXT_SIZES[text];
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: px, fixed: Math.round((px * 13) / 16) },
  });
  await cdp.detach();
  await page.waitForFunction(
    (px) => getComputedStyle(document.documentElement).fontSize === `${px}px`,
    px,
  );
  await settle(page);
}

/** Sets the colour scheme the system asks for, and waits until the page's palette follows it. */
export async function setScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  // The dark palette sets `color-scheme: dark` with it (global.css): dark really applies.
  await page.waitForFunction(
    (dark) => (getComputedStyle(document.documentElement).colorScheme === 'dark') === dark,
    scheme === 'dark',
  );
  await settle(page);
}

/** Fonts loaded and two frames drawn: the layout axe measures is the one the reader sees. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}
