/**
 * A provision asked for by its number, on the search page of every edition: the direct answer
 * names it (its label and title as its own page shows them) and links it, and it is the only
 * result; a paragraph asked for is linked.
 */
import { expect, test } from '@playwright/test';
import { paths } from '../../src/lib/routes.ts';
import { visit } from './helpers.ts';

const ASKED = [
  { locale: 'zh', q: '任务7' },
  { locale: 'zh-hant', q: '重點任務七' },
  { locale: 'en', q: 'task 7' },
] as const;

test('a provision asked for by number is the direct answer in every edition', async ({ page }) => {
  // The stage that answers it (search/by-number.ts) is loaded for such a query, not for a search of words.
  const stage: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/by-number\.[^/]+\.js$/.test(new URL(r.url()).pathname)) stage.push(r.url());
  });
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('人工智能')}`);
  await expect(page.locator('#search-results a[data-result]').first()).toBeVisible();
  expect(stage, 'a search of words').toEqual([]);
  for (const { locale, q } of ASKED) {
    // The provision's own page says what its label and title are.
    await visit(page, paths.provision(locale, 'task-7'));
    const heading = (await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim();

    await visit(page, `${paths.search(locale)}?q=${encodeURIComponent(q)}`);
    const answer = page.locator('#search-answers a[data-answer="provision:task-7"]');
    await expect(answer).toBeVisible();
    const text = (await answer.innerText()).replace(/\s+/g, ' ').trim();
    // The answer names the provision as its page does (label and title, whatever the separator).
    for (const word of heading.split(' ').filter((w) => w.length > 1))
      expect(text, `${locale}: ${q}`).toContain(word);
    expect(new URL(await answer.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(
      /\/tasks\/7\/$/,
    );
    expect(stage.length, q).toBeGreaterThan(0);
    await expect(page.locator('#search-results a[data-result]')).toHaveCount(1);
    await expect(page.locator('#search-results a[data-result]').first()).toHaveAttribute(
      'data-id',
      'task-7',
    );
  }

  // A paragraph asked for is linked by its anchor, and the link lands on it.
  await visit(page, `${paths.search('en')}?q=${encodeURIComponent('task 4 paragraph 1')}`);
  const paragraph = page.locator('#search-answers a[data-answer="provision:task-4"]');
  await expect(
    page.locator('#search-answer-list li', {
      has: page.locator('a[data-answer="provision:task-4"]'),
    }),
  ).toContainText('paragraph 1');
  await paragraph.click();
  await expect(page).toHaveURL(/\/tasks\/4\/#task-4-p1$/);
  await expect(page.locator('#task-4-p1')).toBeInViewport();
});
