/** Language: the switch keeps page and anchor; deep links land; the root page chooses a language. */
import { expect, test } from '@playwright/test';
import { visit } from './helpers.ts';

test('the switch lands on the twin page', async ({ page }) => {
  await visit(page, '/zh/tasks/3/');
  await page.locator('a[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(/\/en\/tasks\/3\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('a[data-lang-switch="zh"]').click();
  await expect(page).toHaveURL(/\/zh\/tasks\/3\/$/);
});

test('a deep link scrolls to the provision, and the switch keeps the anchor', async ({ page }) => {
  await visit(page, '/zh/plan/#task-7');
  await expect(page.locator('#task-7')).toBeInViewport();
  await page.locator('a[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(/\/en\/plan\/#task-7$/);
  const task = page.locator('#task-7');
  await expect(task).toBeInViewport();
  await expect(task.locator('h4')).toContainText('7.');
  await expect(page.locator('#task-12')).not.toBeInViewport();
  // An anchor reached by an in-page link is kept too, to the Traditional edition and from it.
  // (Clicked once the page has loaded: until then the browser may still move it to the fragment.)
  await page.waitForLoadState('load');
  await page.locator('nav a[href="#measures"]').click();
  await expect(page).toHaveURL(/\/en\/plan\/#measures$/);
  await page.locator('a[data-lang-switch="zh-hant"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/plan\/#measures$/);
  await expect(page.locator('#measures')).toBeInViewport();
  await expect(page.locator('#measures')).toContainText('工作措施');
  await page.locator('a[data-lang-switch="zh"]').click();
  await expect(page).toHaveURL(/\/zh\/plan\/#measures$/);
  await expect(page.locator('#measures')).toBeInViewport();
});

test.describe('the root page', () => {
  test.describe('for an English browser', () => {
    test.use({ locale: 'en-US' });
    test('goes to English', async ({ page }) => {
      await visit(page, '/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });

  test.describe('for a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('goes to Chinese, unless the reader chose English before', async ({ page }) => {
      await visit(page, '/');
      await expect(page).toHaveURL(/\/zh\/$/);
      await page.locator('a[data-lang-switch="en"]').click();
      await expect(page).toHaveURL(/\/en\/$/);
      await visit(page, '/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'en-US' });
    test('offers every edition as a plain link', async ({ page }) => {
      await visit(page, '/');
      await expect(page.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', /\/zh\/$/);
      await expect(page.getByRole('link', { name: '繁體中文' })).toHaveAttribute(
        'href',
        /\/zh-hant\/$/,
      );
      await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /\/en\/$/);
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });
});
