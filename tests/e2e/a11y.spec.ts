/**
 * Accessibility: axe on every kind of page in every edition (zh, zh-hant, en) and the root
 * language chooser, with every rule axe has for a WCAG 2.0/2.1/2.2 A or AA criterion (the
 * experimental label-content-name-mismatch, 2.5.3 Label in Name, included) and the best
 * practices (tests/e2e/axe.ts, RULES), in the settings readers have:
 *
 *   width   phone 360 × 780, desktop 1280 × 800
 *   text    100 % and 200 % (the browser's default font size 16 → 32 px, as a phone's font scale)
 *   scheme  light and dark (the system's prefers-color-scheme; the page's palette follows it)
 *
 * A width and a text size make a layout (4 of them); the two schemes share a layout, as the dark
 * palette only changes colours (guarded by tests/unit/dark-palette.test.ts). So on each loaded
 * page axe runs every rule in the light scheme, then, in the dark scheme on the same page
 * without a reload, the rules that depend on colours (COLOUR_RULES): every rule in both schemes.
 *
 * The rotation (what keeps this within the gate's 6 minutes on two cores): each run checks each
 * page kind with axe in ONE of the three editions, at ONE layout, in both schemes. The editions
 * share every template; what differs between them (the language, the characters, the length of
 * the words) is checked on every page of every edition every run, by loads that do not run axe
 * (below). Kind k goes to edition (rotation + k) mod 3 (zh, zh-hant, en: the order of LOCALES), so
 * one run has about a third of the kinds in each and any three consecutive runs check every kind
 * in every edition. A check's turn n picks its layout, n mod 4, so one run spreads the 4 layouts
 * over the pages: n = ⌊(rotation + k) / 3⌋ + k, which grows by one from each run of an edition ×
 * kind to its next; every edition × kind meets each of the 4 layouts (all 8 width × text × scheme
 * combinations) in any 4 consecutive runs of it (12 days). The three long pages (plan, parallel,
 * glossary) are checked in ONE scheme a run, with every rule: the scheme is ⌊n / 4⌋ mod 2, so
 * any 8 consecutive runs of one cover its 8 combinations. The rotation is the day (days since
 * 1970-01-01 UTC, fixed once per run in playwright.config.ts so every worker lists the same
 * tests). Set AXE_ROTATION=<n> to repeat the run of day n (a failure names its rotation and
 * setting), or AXE_ROTATION=all for the whole matrix in one run (every page of every edition at
 * every layout in both schemes).
 * The short pages are checked three to a test (one browser tab, fewer test set-ups), the long
 * ones one to a test, so that a failure names a small group. No test has a limit of its own: the
 * generous ones of playwright.config.ts stop only a stuck test, never a slow machine.
 *
 * Every page of every edition is loaded every run: the ones axe does not check this run are loaded,
 * a few to a test, for the checks below alone. Every kind of the Traditional edition's pages (but
 * the 404, one page for every edition) is checked for what tests/e2e/traditional-page.ts expects
 * (its characters, hreflang and language switch), and every page, as loaded, at 360 and 320 px
 * with the text at 200 %: no sideways scroll, the header at most a quarter of the first screen
 * (tests/e2e/small-screens.ts, issue 21).
 *
 * Each test prints what it covered; each worker prints a summary at its end.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/lib/editions.ts';
import {
  COLOUR_RULES,
  LAYOUTS,
  RULES,
  TEXT_SIZES,
  WIDTHS,
  axe,
  load,
  pageKinds,
  setScheme,
  setTextSize,
  type Layout,
} from './axe.ts';
import { visit } from './helpers.ts';
import { smallScreenProblems } from './small-screens.ts';
import { HANT, expectTraditionalPage } from './traditional-page.ts';

const ROTATION_SETTING = process.env['AXE_ROTATION'] ?? '';
const ALL = ROTATION_SETTING === 'all';
const ROTATION = /^\d+$/.test(ROTATION_SETTING)
  ? Number(ROTATION_SETTING)
  : Math.floor(Date.now() / 86_400_000);
/** Pages long enough to be checked in one scheme a run, each in a test of its own. */
const LONG = new Set(['plan', 'parallel', 'glossary']);
/** Short pages per test. */
const PER_TEST = 3;
/** Pages per test that only loads them (for the checks every page of every edition gets). */
const PER_LOAD_TEST = 6;

const KINDS = Object.keys(pageKinds('zh'));
/** Whether axe checks kind `kindIndex` of edition `locale` in this run (see above). */
function axed(locale: Locale, kindIndex: number): boolean {
  return ALL || (ROTATION + kindIndex) % LOCALES.length === LOCALES.indexOf(locale);
}
/** A check's turn: what picks its layout and, for a long page, its scheme (see above). */
function turn(kindIndex: number): number {
  return Math.floor((ROTATION + kindIndex) / LOCALES.length) + kindIndex;
}
/** The layouts a page is checked at in this run. */
function layoutsFor(kindIndex: number): readonly Layout[] {
  return ALL ? LAYOUTS : [LAYOUTS[turn(kindIndex) % LAYOUTS.length]!];
}
/** The schemes a page is checked in this run: a long page's alternates (see above). */
function schemesFor(kindIndex: number, long: boolean): readonly Scheme[] {
  if (ALL || !long) return ['light', 'dark'];
  return [Math.floor(turn(kindIndex) / LAYOUTS.length) % 2 === 0 ? 'light' : 'dark'];
}
const describe = (l: Layout) =>
  `${l.width} ${WIDTHS[l.width].width} px, text ${l.text} % (${TEXT_SIZES[l.text]} px)`;

/** What this worker covered, printed at its end. */
const covered = { pages: 0, loads: 0, all: 0, colour: 0, elements: 0, ms: 0 };

type Scheme = 'light' | 'dark';

/**
 * Loads `path` once per width and checks it at each layout, in each of `schemes`: every rule in
 * the first, the colour rules in the second (the same page, the same layout). Returns the
 * violations, each prefixed with its page and setting.
 */
async function check(
  page: Page,
  path: string,
  layouts: readonly Layout[],
  schemes: readonly Scheme[],
  open: (page: Page, path: string) => Promise<void> = load,
  /** Further checks of the page as loaded, made once (the Traditional edition's). */
  loaded?: (page: Page, path: string) => Promise<void>,
): Promise<string[]> {
  const start = performance.now();
  const loadsBefore = covered.loads;
  const found: string[] = [];
  const lines: string[] = [];
  for (const width of ['phone', 'desktop'] as const) {
    const here = layouts.filter((l) => l.width === width).sort((a, b) => a.text - b.text);
    if (here.length === 0) continue;
    await page.setViewportSize(WIDTHS[width]);
    await page.emulateMedia({ colorScheme: schemes[0] });
    await open(page, path);
    if (covered.loads++ === loadsBefore) await loaded?.(page, path);
    for (const layout of here) {
      // The tab keeps the text size of the page before: set for each page.
      await setTextSize(page, layout.text);
      for (const [i, scheme] of schemes.entries()) {
        await setScheme(page, scheme);
        const rules = i === 0 ? RULES : COLOUR_RULES;
        const setting = `${path} (rotation ${ALL ? 'all' : ROTATION}, ${describe(layout)}, ${scheme})`;
        found.push(...(await axe(page, rules)).map((v) => `${setting}: ${v}`));
        covered[scheme === 'light' ? 'all' : 'colour']++;
        lines.push(`${describe(layout)}, ${scheme} (${rules.length} rules)`);
      }
    }
    covered.elements += await page.evaluate(() => document.querySelectorAll('*').length);
  }
  covered.pages++;
  const ms = performance.now() - start;
  covered.ms += ms;
  console.log(`axe ${path}: ${lines.join('; ')} in ${(ms / 1000).toFixed(1)} s`);
  return found;
}

test.describe('axe matrix', () => {
  // The whole matrix in one run: a long test, on purpose (the run's global limit still holds).
  if (ALL) test.describe.configure({ timeout: 900_000 });

  for (const locale of LOCALES) {
    const all = Object.entries(pageKinds(locale)).map(([kind, path], k) => ({
      kind,
      path,
      axed: axed(locale, k),
      layouts: layoutsFor(k),
      schemes: schemesFor(k, LONG.has(kind)),
    }));
    const kinds = all.filter((p) => p.axed);
    const short = kinds.filter((p) => !LONG.has(p.kind));
    const groups = [
      ...kinds.filter((p) => LONG.has(p.kind)).map((p) => [p]),
      ...Array.from({ length: Math.ceil(short.length / PER_TEST) }, (_, i) =>
        short.slice(i * PER_TEST, (i + 1) * PER_TEST),
      ),
    ];
    // The Traditional edition's pages are also checked for its characters, hreflang and switch
    // on the same load (tests/e2e/traditional-page.ts), but the 404, every edition's.
    const traditional = locale === HANT;
    for (const group of groups) {
      const title = `${locale} ${group.map((p) => p.kind).join(', ')}: no axe violation${traditional ? ', in Traditional characters with three-way hreflang and switch' : ''}; fits 360 and 320 px at 200 % text`;
      test(title, async ({ page }) => {
        const found: string[] = [];
        for (const p of group) {
          const extra = traditional && p.kind !== 'notFound' ? expectTraditionalPage : undefined;
          found.push(...(await check(page, p.path, p.layouts, p.schemes, load, extra)));
          // The page as loaded: no sideways scroll at 360 and 320 px with 200 % text.
          found.push(...(await smallScreenProblems(page, p.path)));
        }
        expect(found).toEqual([]);
      });
    }
    // The pages axe checks in another edition this run: loaded for the checks above alone.
    const rest = all.filter((p) => !p.axed);
    for (let i = 0; i < rest.length; i += PER_LOAD_TEST) {
      const group = rest.slice(i, i + PER_LOAD_TEST);
      test(`${locale} ${group.map((p) => p.kind).join(', ')}: ${traditional ? 'in Traditional characters with three-way hreflang and switch; ' : ''}fits 360 and 320 px at 200 % text`, async ({
        page,
      }) => {
        const found: string[] = [];
        for (const p of group) {
          await load(page, p.path);
          if (traditional && p.kind !== 'notFound') await expectTraditionalPage(page, p.path);
          found.push(...(await smallScreenProblems(page, p.path)));
        }
        expect(found).toEqual([]);
      });
    }
  }

  test('the root language chooser: no axe violation', async ({ page, baseURL }) => {
    // The chooser redirects at once when scripts run: serve it with its scripts removed, as a
    // reader without JavaScript gets it.
    await page.route(new URL('./', baseURL).href, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
      await route.fulfill({ response, body });
    });
    const open = async (page: Page, path: string) => {
      await visit(page, path);
      await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
    };
    expect(await check(page, '/', layoutsFor(KINDS.length), ['light', 'dark'], open)).toEqual([]);
  });

  test.afterAll(() => {
    console.log(
      `axe summary (this worker, rotation ${ALL ? 'all' : ROTATION}): ${covered.pages} pages, ` +
        `${covered.loads} loads, ${covered.all + covered.colour} axe runs ` +
        `(${covered.all} with all ${RULES.length} rules, ${covered.colour} with the ${COLOUR_RULES.length} colour rules), ` +
        `${covered.elements} elements, ${(covered.ms / 1000).toFixed(1)} s`,
    );
  });
});

test('axe, as run here, finds what it is meant to find', async ({ page }) => {
  // A link that shows "T1" but is named "Task 1" (2.5.3), and grey on grey text (1.4.3).
  await page.setContent(
    '<html lang="en"><head><title>t</title></head><body><main><h1>t</h1>' +
      '<a href="#x" aria-label="Task 1: Implement">T1</a>' +
      '<p style="color:#aaa;background:#bbb">faint</p></main></body></html>',
  );
  const found = (await axe(page)).map((v) => v.split(' ')[0]);
  expect(found).toEqual(expect.arrayContaining(['label-content-name-mismatch', 'color-contrast']));
});
