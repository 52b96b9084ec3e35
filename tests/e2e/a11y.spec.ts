/**
 * Accessibility: axe (WCAG 2.2 A/AA and best practices) on every kind of page, light (phone) and
 * dark (desktop), in the written editions; the Traditional edition's pages get the same rules in
 * tests/e2e/traditional.spec.ts, with its other per-page checks.
 */
import axeCore from 'axe-core';
import { expect, test } from '@playwright/test';
import type { Locale } from '../../src/lib/editions.ts';
import { COLOUR_RULES, axe, load, pageKinds } from './axe.ts';
import { visit } from './helpers.ts';

/** The edition whose pages the colour rules run on, light and dark. */
const COLOUR_EDITION: Locale = 'en';
/** The 404 page is one file with every edition's text: checked once, under the Chinese prefix. */
const NOT_FOUND = '/zh/no-such-page/';

test('the colour rules named here are rules axe has', () => {
  const known = new Set(axeCore.getRules().map((r) => r.ruleId));
  expect(COLOUR_RULES.filter((r) => !known.has(r))).toEqual([]);
});

/**
 * Each kind of page, in each edition: every WCAG 2.2 A/AA and best-practice rule on a 390 px
 * phone (where targets are smallest and tables tightest), in the light theme. The colour rules
 * run once per kind and theme, in one edition (light on the phone, dark at 1280 px): the palette
 * and the type sizes are the same in every edition (only the words differ), and the colour rules
 * are the slow half of axe on long pages.
 */
for (const locale of ['zh', 'en'] as const) {
  const kinds = { ...pageKinds(locale), ...(locale === 'zh' ? { notFound: NOT_FOUND } : {}) };
  for (const [kind, path] of Object.entries(kinds)) {
    test(`${locale} ${kind}: no axe violation`, async ({ page }) => {
      const found: string[] = [];
      await page.setViewportSize({ width: 390, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await load(page, path);
      // The colour rules (the slow half of axe) in one edition: the palette and type sizes are the
      // same in every edition, only the words differ.
      const colours = locale === COLOUR_EDITION || kind === 'notFound';
      found.push(
        ...(await axe(page, { skip: colours ? [] : COLOUR_RULES })).map((v) => `phone light: ${v}`),
      );
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
