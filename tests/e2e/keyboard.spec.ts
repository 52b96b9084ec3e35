/** A keyboard-only walk through the main paths: skip link, navigation, language switch, search, copy link. */
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/routes.ts';
import { visit } from './helpers.ts';

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; text: string; href: string | null; id: string }) => boolean,
  max = 40,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        tag: a?.tagName ?? '',
        text: a?.textContent?.trim() ?? '',
        href: a?.getAttribute('href') ?? null,
        id: a?.id ?? '',
      };
    });
    if (matches(el)) return el;
  }
  throw new Error('not reached by Tab');
}

const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });

test('skip link, then the main content', async ({ page }) => {
  await visit(page, paths.provision('zh', 'task-7'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('navigation and the language switch by keyboard', async ({ page }) => {
  await visit(page, paths.provision('zh', 'task-7'));
  await tabTo(page, (el) => el.text === '责任部门' && !!el.href);
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/departments\/$/);
  await tabTo(page, (el) => el.text === 'English');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/departments\/$/);
});

test('search by keyboard: / focuses, Enter searches, arrows pick, Enter opens', async ({
  page,
}) => {
  await visit(page, paths.home('en'));
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('intellectual property');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=intellectual\+property/);
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLElement>('#search-results')?.dataset['done'] ===
      'intellectual property',
  );
  await page.locator('#search-input').focus();
  await page.keyboard.press('ArrowDown');
  // The first link below the field: a direct answer (the topic) when there is one, else the first provision.
  const first = page
    .locator('[data-search-output] a[data-answer], [data-search-output] a[data-result]')
    .first();
  await expect(first).toBeFocused();
  expect(await focusVisible(page)).toBe(true);
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('copy a paragraph link by keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await visit(page, paths.provision('en', 'task-2'));
  await tabTo(page, (el) => el.href === '#task-2-p1');
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#announcer')).toHaveText('Link copied');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/\/en\/tasks\/2\/#task-2-p1$/);
});
