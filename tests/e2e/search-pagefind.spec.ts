/**
 * The search's second stage, "Elsewhere on this site": in every edition, a query no provision
 * answers is looked up in the edition's own Pagefind bundle (/pagefind/{edition}/) of its other
 * pages, and the page found is listed under its own heading, linked, with the word marked; a
 * query the engine answers never loads Pagefind. Fails when a bundle is broken or missing.
 */
import { expect, test } from '@playwright/test';
import { paths, stripBase } from '../../src/lib/routes.ts';
import { normaliseBase } from '../../src/lib/site.ts';
import { axe } from './axe.ts';
import { visit } from './helpers.ts';

const BASE = normaliseBase(process.env['BASE_PATH']);

/** A word only the glossary holds (no provision), and a word many provisions hold. */
const EDITIONS = [
  { locale: 'zh', heading: '本站其他页面', word: '拼音', plain: '机器人' },
  { locale: 'zh-hant', heading: '本站其他頁面', word: '拼音', plain: '機器人' },
  { locale: 'en', heading: 'Elsewhere on this site', word: 'pinyin', plain: 'robot' },
] as const;

async function settled(page: import('@playwright/test').Page, q: string) {
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('#search-results')?.dataset['done'] === q,
    q,
  );
}

for (const { locale, heading, word, plain } of EDITIONS) {
  test(`${locale}: a word only another page holds is found there, by the edition's Pagefind bundle; a query the plan answers never loads Pagefind, and shows no second stage`, async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(stripBase(new URL(r.url()).pathname, BASE)));
    await visit(page, `${paths.search(locale)}?q=${encodeURIComponent(word)}`);
    await settled(page, word);
    const section = page.getByRole('region', { name: heading });
    await expect(section).toBeVisible();
    // The glossary, linked by its own title (checked on its page, once opened, below).
    const link = section.locator(`a[href$="${paths.glossary(locale)}"]`);
    await expect(link).toHaveCount(1);
    const title = (await link.innerText()).trim();
    await expect(section.getByRole('link', { name: title, exact: true })).toHaveCount(1);
    const item = section.locator('li', {
      has: page.locator(`a[href$="${paths.glossary(locale)}"]`),
    });
    await expect(item.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
    // A screen reader hears that there is more beyond the provisions.
    await expect(page.locator('#search-announce')).toContainText(heading);
    // Its own edition's bundle, and no other.
    expect(asked.some((p) => p.startsWith(`/pagefind/${locale}/`))).toBe(true);
    expect(
      asked.filter((p) => p.startsWith('/pagefind/') && !p.startsWith(`/pagefind/${locale}/`)),
    ).toEqual([]);
    // The page as it now stands (what the plan does not mention, the second stage) passes axe.
    expect(await axe(page)).toEqual([]);
    // The page found opens, and the link gave its own title.
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${paths.glossary(locale)}$`));
    await expect(page.locator('h1')).toHaveText(title);

    // A query the plan answers: no Pagefind request, no second stage.
    asked.length = 0;
    await visit(page, `${paths.search(locale)}?q=${encodeURIComponent(plain)}`);
    await settled(page, plain);
    await expect(page.locator('#search-results a[data-result]').first()).toBeVisible();
    await expect(page.getByRole('region', { name: heading })).toBeHidden();
    expect(asked.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  });
}

test('zh-hant: a query typed in Simplified asks the bundle in Traditional characters, and finds the page', async ({
  page,
}) => {
  // The glossary's title in each edition (术语表 / 術語表), as their pages give it.
  await visit(page, paths.glossary('zh'));
  const simplified = (await page.locator('h1').innerText()).trim();
  await visit(page, paths.glossary('zh-hant'));
  const title = (await page.locator('h1').innerText()).trim();
  // Only the characters the two scripts write differently (术语), so that nothing matches as typed.
  const q = [...simplified].filter((c, i) => c !== [...title][i]).join('');
  expect(q.length).toBeGreaterThan(1);
  await visit(page, `${paths.search('zh-hant')}?q=${encodeURIComponent(q)}`);
  await settled(page, q);
  const section = page.getByRole('region', { name: '本站其他頁面' });
  await expect(section.getByRole('link', { name: title, exact: true })).toHaveAttribute(
    'href',
    new RegExp(`${paths.glossary('zh-hant')}$`),
  );
});
