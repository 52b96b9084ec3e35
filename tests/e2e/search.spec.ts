/**
 * Search, as a reader uses it: relevance of the evaluation set typed into the page in both
 * languages, the direct answers, snippets that quote the provision, corrections, partial
 * matches, the URL state, filters, keyboard, no-JavaScript fallback and phones.
 */
import { expect, test, type Page } from '@playwright/test';
import { paths, stripBase } from '../../src/lib/routes.ts';
import { normaliseBase } from '../../src/lib/site.ts';
import { quotes, type Observed } from '../search/evaluate.ts';
import { loadModel } from '../support/load-content.ts';
import { axe } from './axe.ts';
import { visit } from './helpers.ts';

const BASE = normaliseBase(process.env['BASE_PATH']);
const model = loadModel();
const results = (page: Page) => page.locator('#search-results a[data-result]');
const textOf = (locale: 'zh' | 'en') => (id: string) =>
  model.provisions.find((p) => p.id === id)?.paragraphs[locale].join(' ') ?? '';

/** Waits until the search for `q` is done (results rendered, any second chance taken). */
async function settled(page: Page, q: string) {
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('#search-results')?.dataset['done'] === q,
    q,
  );
}

/** The site paths (base path removed) of the first results. */
async function topPaths(page: Page, n = 3) {
  const hrefs = await results(page).evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs.slice(0, n).map((p) => stripBase(p, BASE));
}

/** What the reader sees for a query: the provisions in order, and the snippet under each. */
async function observe(page: Page, q: string): Promise<Observed> {
  await page.locator('#search-input').fill(q);
  await settled(page, q);
  return page.locator('#search-results li').evaluateAll((items) => ({
    ids: items.map((li) => li.querySelector<HTMLElement>('a[data-result]')?.dataset['id'] ?? ''),
    snippets: items.map((li) => li.querySelector('[data-snippet]')?.textContent ?? ''),
  }));
}

test('the reported examples: robotics, a typo, a question, a British spelling, Traditional wording', async ({
  page,
}) => {
  const robotics = ['task-7', 'task-2', 'task-12', 'task-9', 'task-8'];
  await visit(page, paths.search('zh'));
  expect(robotics).toContain((await observe(page, '机器人')).ids[0]);
  const talent = await observe(page, '人才補貼');
  expect(talent.ids.slice(0, 2)).toEqual(expect.arrayContaining(['task-3']));
  expect(talent.ids.slice(0, 3)).toEqual(expect.arrayContaining(['measure-2']));
  await expect(page.locator('#search-status')).toContainText('人才补贴');

  // 创新卷 is a typo of 创新券: the page says what it searched, and offers the query as typed.
  expect((await observe(page, '创新卷')).ids[0]).toBe('measure-1');
  await expect(page.locator('#search-notice')).toContainText('已显示“创新券”的结果。');
  await page.locator('#search-notice a[data-search-link="exact"]').click();
  await expect(page).toHaveURL(/exact=1$/);
  await settled(page, '创新卷');
  await expect(page.locator('#search-notice')).not.toContainText('创新券');

  await visit(page, paths.search('en'));
  expect((await observe(page, 'who is responsible for the city brain')).ids[0]).toBe('task-11');
  expect((await observe(page, 'organisation and leadership')).ids[0]).toBe('implementation-1');
  expect(robotics).toEqual(
    expect.arrayContaining([
      (await observe(page, 'robot')).ids.slice(0, 3).find((id) => robotics.includes(id)),
    ]),
  );
});

test('direct answers stand apart, above the provisions, and work with the keyboard and a screen reader', async ({
  page,
}) => {
  await visit(page, `${paths.search('en')}?q=robot`);
  await settled(page, 'robot');
  const answers = page.getByRole('region', { name: 'Direct answers' });
  await expect(answers.getByRole('link', { name: /^Topic\W+Intelligent robots$/ })).toHaveAttribute(
    'href',
    /\/en\/topics\/intelligent-robots\/$/,
  );
  await expect(answers).toContainText(/named in \d+ provisions/);
  // The result list holds provisions (and the plan's own text outside them), never a body, place or topic page.
  for (const path of await topPaths(page, 50))
    expect(path).toMatch(/^\/en\/((tasks|measures|principles|implementation)\/\d+|plan)\/$/);
  // ↓ from the field reaches the answers first, then the provisions.
  await page.locator('#search-input').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('a[data-answer]').first()).toBeFocused();
  const answerCount = await page.locator('a[data-answer]').count();
  for (let i = 0; i < answerCount; i++) await page.keyboard.press('ArrowDown');
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('a[data-answer]').last()).toBeFocused();

  // Amounts and targets lead to the targets ledger.
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('30亿元')}`);
  await settled(page, '30亿元');
  await expect(page.locator('a[data-answer="targets:targets"]')).toHaveAttribute(
    'href',
    /\/zh\/targets\/$/,
  );
  // A how-many question no target names: the provision counting it first (a later stage, loaded
  // then): task 7's six related industries, not implementation 4, which holds the words more often.
  await visit(page, paths.search('en'));
  expect((await observe(page, 'how many related AI industries')).ids[0]).toBe('task-7');
  // A body answer says what it is responsible for.
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('大数据局')}`);
  await settled(page, '大数据局');
  await expect(page.getByRole('link', { name: /^责任部门\W*市大数据局$/ })).toBeVisible();
  await expect(page.locator('#search-answers')).toContainText(/负责 \d+ 项条款/);
});

test('snippets quote the provision’s own sentences, the match marked, and link to the paragraph', async ({
  page,
}) => {
  await visit(page, `${paths.search('en')}?q=${encodeURIComponent('innovation vouchers')}`);
  await settled(page, 'innovation vouchers');
  const item = page
    .locator('#search-results li')
    .filter({ has: page.locator('a[data-id="measure-1"]') });
  await expect(item.locator('a[data-result]')).toContainText('Measure 1');
  await expect(item.locator('mark')).toHaveText(['innovation vouchers']);
  const snippet = (await item.locator('[data-snippet]').textContent()) ?? '';
  expect(quotes(snippet, textOf('en')('measure-1'))).toBe(true);
  await expect(item).toContainText(
    'Responsible: Municipal State-owned Assets Supervision and Administration Commission',
  );
  // The link opens the paragraph that holds the sentence, highlighted as a shared paragraph link is.
  const href = await item.locator('a[data-result]').getAttribute('href');
  expect(href).toMatch(/\/en\/measures\/1\/#measure-1-p\d+$/);
  await item.locator('a[data-result]').click();
  await expect(page.locator(':target')).toContainText('innovation vouchers');

  // Chinese: the keyword list, labels and body list are never the snippet.
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('城市大脑')}`);
  await settled(page, '城市大脑');
  const snippets = await page.locator('#search-results [data-snippet]').allTextContents();
  for (const s of snippets) expect(s).not.toMatch(/·|责任部门|大数据局/);
});

test('partial matches are labelled and say which words they lack', async ({ page }) => {
  await visit(page, `${paths.search('en')}?q=${encodeURIComponent('robots vouchers')}`);
  await settled(page, 'robots vouchers');
  await expect(page.locator('#search-notice')).toContainText('No provision holds all the words');
  await expect(page.locator('#search-results li').first()).toContainText('Partial match, without:');
  // "Show more" works over the re-ranked list.
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('科技局')}`);
  await settled(page, '科技局');
  const total = Number((await page.locator('#search-status').textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(10);
  await expect(results(page)).toHaveCount(10);
  await page.locator('[data-search-more]').click();
  await expect(results(page)).toHaveCount(Math.min(total, 20));
  await expect(results(page).nth(10)).toBeFocused();
});

test('typing updates the URL, and a copied link reproduces the results', async ({
  page,
  context,
}) => {
  await visit(page, paths.search('zh'));
  await page.locator('#search-input').fill('众创空间');
  await settled(page, '众创空间');
  await expect(page).toHaveURL(/\?q=%E4%BC%97%E5%88%9B%E7%A9%BA%E9%97%B4$/);
  const first = await topPaths(page, 10);
  expect(first.length).toBeGreaterThan(0);
  const copy = await context.newPage();
  await copy.goto(page.url());
  await settled(copy, '众创空间');
  expect(await topPaths(copy, 10)).toEqual(first);
  await expect(copy.locator('#search-input')).toHaveValue('众创空间');
});

test('filters live in the URL, narrow the results, and the back button restores them', async ({
  page,
}) => {
  await visit(page, `${paths.search('en')}?q=talent`);
  await settled(page, 'talent');
  const before = await topPaths(page, 20);
  await page.locator('[data-search-filters] summary').click();
  await page.locator('input[name="body"][value="organization-department"]').check();
  await expect(page).toHaveURL(/\?q=talent&body=organization-department$/);
  await expect.poll(async () => topPaths(page, 20)).toEqual(['/en/tasks/3/']);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=talent$/);
  await expect(
    page.locator('input[name="body"][value="organization-department"]'),
  ).not.toBeChecked();
  await expect.poll(async () => topPaths(page, 20)).toEqual(before);
  // A shared link with a filter opens with the filter applied.
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('人才')}&part=measure`);
  await expect.poll(async () => topPaths(page, 20)).toEqual(['/zh/measures/2/']);
  await expect(page.locator('input[name="part"][value="measure"]')).toBeChecked();
});

test('no results here: the other language is offered with its count, fetched only now, and the whole plan', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(stripBase(new URL(r.url()).pathname, BASE)));
  // A query this edition answers never fetches the other language's data.
  await visit(page, `${paths.search('en')}?q=${encodeURIComponent('city brain')}`);
  await settled(page, 'city brain');
  expect(asked).not.toContain('/search/zh.json');
  await page.locator('#search-input').fill('城市大脑');
  await settled(page, '城市大脑');
  await expect(page.locator('#search-status')).toHaveText('No results for “城市大脑”.');
  const other = page.locator('a[data-other-language]');
  await expect(other).toHaveText('The Chinese text has 1 result for “城市大脑”');
  await expect(
    page.locator('#search-other').getByRole('link', { name: 'Read the full text' }),
  ).toHaveAttribute('href', /\/en\/plan\/$/);
  expect(asked).toContain('/search/zh.json');
  // A screen reader hears the offer after the status, and that this edition has a page on it
  // (the place page of the city brain gives its Chinese name).
  await expect(page.locator('#search-announce')).toHaveText(
    'No results for “城市大脑”. The Chinese text has 1 result for “城市大脑” Elsewhere on this site',
  );
  await expect(
    page
      .getByRole('region', { name: 'Elsewhere on this site' })
      .getByRole('link', { name: 'City brain' }),
  ).toHaveAttribute('href', /\/en\/places\/city-brain\/$/);
  await other.click();
  await expect(page).toHaveURL(/\/zh\/search\/\?q=%E5%9F%8E%E5%B8%82%E5%A4%A7%E8%84%91$/);
  await settled(page, '城市大脑');
  expect(await topPaths(page)).toContain('/zh/tasks/11/');
  // An English word in the Chinese edition: not claimed absent from the plan; the English edition offered with its count.
  await page.locator('#search-input').fill('logistics');
  await settled(page, 'logistics');
  await expect(page.locator('#search-status')).toHaveText('没有找到与“logistics”相关的结果。');
  await expect(page.locator('a[data-other-language]')).toHaveText(
    /^英文版中有 \d+ 条“logistics”的结果$/,
  );
  // An English term content/search.yaml maps to the plan's Chinese word (robot → 机器人) finds it here.
  await page.locator('#search-input').fill('robot');
  await settled(page, 'robot');
  await expect(page.locator('#search-results a[data-result]').first()).toBeVisible();
});

test('a reader’s word the plan never writes finds the provision it is about, its words fetched only then', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(stripBase(new URL(r.url()).pathname, BASE)));
  // 机械臂 (robot arms) and "wearables" are task 7's readers' words (content/search.yaml `about`):
  // no provision's text holds them, so the page asks for the readers' words, then and only then.
  for (const { locale, plain, q } of [
    { locale: 'zh', plain: '机器人', q: '机械臂' },
    { locale: 'zh-hant', plain: '機器人', q: '機械臂' },
  ] as const) {
    asked.length = 0;
    await visit(page, `${paths.search(locale)}?q=${encodeURIComponent(plain)}`);
    await settled(page, plain);
    expect(asked, plain).not.toContain('/search/zh-readers.json');
    expect((await observe(page, q)).ids[0], q).toBe('task-7');
    expect(asked, q).toContain('/search/zh-readers.json');
    // Found, not "the plan does not mention it": the provision is about it in its own words,
    // and the result says it was found by a related word.
    await expect(page.locator('#search-status'), q).not.toContainText(/没有提到|沒有提到/);
    await expect(page.locator('#search-results li').first(), q).toContainText(
      locale === 'zh' ? '按相关说法找到：“机械臂”' : '按相關說法找到：「機械臂」',
    );
  }
  asked.length = 0;
  await visit(page, `${paths.search('en')}?q=robots`);
  await settled(page, 'robots');
  expect(asked).not.toContain('/search/en-readers.json');
  expect((await observe(page, 'wearables')).ids[0]).toBe('task-7');
  await expect(page.locator('#search-results li').first()).toContainText(
    'Found by a related word: “wearables” (not in its text)',
  );
  expect(await axe(page)).toEqual([]);
  expect(asked).toContain('/search/en-readers.json');
});

test('a Chinese slip of the same sound is corrected, the table of sounds fetched only then', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(stripBase(new URL(r.url()).pathname, BASE)));
  for (const locale of ['zh', 'zh-hant'] as const) {
    asked.length = 0;
    await visit(page, `${paths.search(locale)}?q=${encodeURIComponent('芯片')}`);
    await settled(page, '芯片');
    expect(asked).not.toContain('/search/zh-sounds.json');
    // 心片 (xīn piàn) for 芯片: a pinyin input method's slip.
    expect((await observe(page, '心片')).ids[0], locale).toBe('task-5');
    await expect(page.locator('#search-notice'), locale).toContainText(/芯片/);
    expect(asked).toContain('/search/zh-sounds.json');
    // A second slip on the same page, the stages and the table already loaded, is corrected too.
    await observe(page, '人工只能');
    await expect(page.locator('#search-notice'), locale).toContainText(/人工智能/);
  }
});

test('an English word of English is not corrected into one of the plan’s, the list of words and terms fetched only with the correction', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(stripBase(new URL(r.url()).pathname, BASE)));
  await visit(page, `${paths.search('en')}?q=robots`);
  await settled(page, 'robots');
  expect(asked).not.toContain('/search/en-words.json');
  // A misspelling is still corrected …
  expect((await observe(page, 'robtos')).ids[0]).toBe('task-7');
  await expect(page.locator('#search-notice')).toContainText('robots');
  expect(asked).toContain('/search/en-words.json');
  // … but "buses" is a word of English, not a slip for the plan's "bases".
  await observe(page, 'driverless buses');
  await expect(page.locator('#search-notice')).not.toContainText('bases');
  await expect(page.locator('#search-status')).toContainText('buses');
  // A slip in a glossary term is put right from the terms that list comes with (not in en.json).
  await observe(page, 'city brnd');
  await expect(page.locator('#search-notice')).toContainText('city brand');
});

/** What the plan does not mention, as each edition says it, over the closest provisions. */
const NOT_MENTIONED = [
  { locale: 'zh', q: '土地', status: '规划没有提到“土地”。', closest: '最接近的条文' },
  { locale: 'zh-hant', q: '土地', status: '規劃沒有提到「土地」。', closest: '最接近的條文' },
  { locale: 'zh', q: '人才住房', status: '规划没有提到“住房”。', closest: '最接近的条文' },
  {
    locale: 'en',
    q: 'land for AI companies',
    status: 'The plan does not mention “land”.',
    closest: 'Closest provisions',
  },
  {
    locale: 'en',
    q: 'housing for talent',
    status: 'The plan does not mention “housing”.',
    closest: 'Closest provisions',
  },
  {
    locale: 'en',
    q: 'Land and housing for talent',
    status: 'The plan does not mention “Land” or “housing”.',
    closest: 'Closest provisions',
  },
] as const;

test('a word the plan does not mention is said so plainly, the closest provisions under their own heading', async ({
  page,
}) => {
  for (const { locale, q, status, closest } of NOT_MENTIONED) {
    await visit(page, `${paths.search(locale)}?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    await expect(page.locator('#search-status'), q).toHaveText(status);
    // Nothing to offer in the other language, which has no provision holding the words either.
    await expect(page.locator('a[data-other-language]'), q).toHaveCount(0);
    const partial = await results(page).count();
    const heading = page.getByRole('heading', { name: closest, exact: true });
    if (partial > 0) {
      await expect(heading, q).toBeVisible();
      await expect(page.locator('#search-results'), q).toHaveAccessibleName(closest);
    } else await expect(heading, q).toBeHidden();
    if (q !== 'land for AI companies') continue;
    // English partial matches are there to be read, each saying what it lacks.
    await expect(results(page).first()).toBeVisible();
    await expect(page.locator('#search-results li').first()).toContainText(
      'Partial match, without: “land”',
    );
    expect(await axe(page)).toEqual([]);
    // A query the plan answers keeps the heading for screen readers only.
    await page.locator('#search-input').fill('robot');
    await settled(page, 'robot');
    await expect(page.getByRole('heading', { name: 'Closest provisions' })).toBeHidden();
    await expect(page.locator('#search-status')).toHaveText(/^\d+ results$/);
    // A contraction and the words framing a question are no words the plan must mention.
    for (const q of ["I'm looking for tax breaks", 'doesnt the city explain its tax breaks']) {
      await page.locator('#search-input').fill(q);
      await settled(page, q);
      await expect(page.locator('#search-status'), q).toHaveText(/^\d+ results?$/);
      await expect(results(page).first(), q).toHaveAttribute('href', /\/en\/measures\/1\/(#|$)/);
    }
  }
});

test('a query that only asks (什么, what) searches nothing as a word, and says so', async ({
  page,
}) => {
  for (const { locale, q, status } of [
    {
      locale: 'zh',
      q: '什么',
      status: '“什么”只是提问的词：请加上要找的内容，例如“什么是城市大脑”。',
    },
    { locale: 'zh-hant', q: '有甚麼', status: /^「有甚麼」只是提問的詞/ },
    {
      locale: 'en',
      q: 'what is',
      status: '“what is” only asks: add what you are looking for, as in “what is the City Brain”.',
    },
  ] as const) {
    await visit(page, `${paths.search(locale)}?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    await expect(page.locator('#search-status'), q).toHaveText(status);
    await expect(results(page), q).toHaveCount(0);
    await expect(page.locator('#search-notice'), q).toHaveText('');
    await expect(page.locator('a[data-other-language]'), q).toHaveCount(0);
  }
});

test('the status says the query was searched in Simplified characters only when it was converted', async ({
  page,
}) => {
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('人才補貼')}`);
  await settled(page, '人才補貼');
  await expect(page.locator('#search-status')).toContainText('已按简体字搜索：人才补贴');
  for (const q of ['人才补贴', '土地', '机器人']) {
    await page.locator('#search-input').fill(q);
    await settled(page, q);
    await expect(page.locator('#search-status'), q).not.toContainText('已按简体字搜索');
  }
  // The Traditional edition shows the query as typed: nothing converted to say.
  await visit(page, `${paths.search('zh-hant')}?q=${encodeURIComponent('人才補貼')}`);
  await settled(page, '人才補貼');
  await expect(page.locator('#search-results a[data-result]').first()).toBeVisible();
  await expect(page.locator('#search-status')).not.toContainText('簡體');
});

test('a query is text, never HTML, and is cut at 200 characters', async ({ page }) => {
  const q = '<img src=x onerror="window.__xss=1">';
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent(q)}`);
  await settled(page, q);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('#search-results script, #search-results [onerror]')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  await expect(page.locator('#search-input')).toHaveValue(q);
  const none = '<b>qqxyzzy</b>';
  await page.locator('#search-input').fill(none);
  await settled(page, none);
  await expect(page.locator('#search-status')).toHaveText(`没有找到与“${none}”相关的结果。`);
  await expect(page.locator('#search-status b, #search-notice b')).toHaveCount(0);
  await expect(page.locator('#search-input')).toHaveAttribute('maxlength', '200');
  // The header's field on every other page too.
  await visit(page, paths.home('en'));
  await expect(page.locator('#site-search')).toHaveAttribute('maxlength', '200');
});

test('the / key focuses the search field from any page, and the header field searches', async ({
  page,
}) => {
  await visit(page, paths.provision('zh', 'task-7'));
  await page.locator('body').press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('城市大脑');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/search\/\?q=/);
  await settled(page, '城市大脑');
  expect(await topPaths(page)).toContain('/zh/tasks/11/');
  await page.locator('body').press('/');
  await expect(page.locator('#search-input')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains and links the whole plan', async ({ page }) => {
    await visit(page, paths.provision('en', 'task-1'));
    await page.locator('#site-search').fill('city brain');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=city\+brain$/);
    await expect(page.locator('main')).toContainText('Search needs JavaScript');
    await expect(
      page.locator('main').getByRole('link', { name: 'Read the full text' }).first(),
    ).toHaveAttribute('href', /\/en\/plan\/$/);
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('search fits the screen', async ({ page }) => {
    await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('知识产权')}`);
    await settled(page, '知识产权');
    await expect(results(page).first()).toBeVisible();
    await page.locator('[data-search-filters] summary').click();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});

test('typing a word is announced once, when the typing pauses, not at every letter', async ({
  page,
}) => {
  await visit(page, paths.search('en'));
  // The page's own announcement on arrival is made before the reader types.
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('#search-results')?.dataset['announced'] === '',
  );
  // Every text the live region takes (what a screen reader would say), from here on.
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const region = document.getElementById('search-announce')!;
    new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  // Five letters, 200 ms apart on the page's clock (a brisk typist, under the 500 ms pause). The
  // clock is the test's, paused (installed, time would flow on with the machine's): a busy
  // machine slowing the key presses cannot make a pause between two letters, and a pause shorter
  // than 200 ms would announce every letter.
  await page.clock.install();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  const input = page.locator('#search-input');
  for (const letter of 'robot') {
    await input.press(letter);
    await page.clock.runFor(200);
  }
  // Then the reader stops: the page's clock runs until it has announced the word.
  await expect
    .poll(async () => {
      await page.clock.runFor(250);
      return page.evaluate(
        () => document.querySelector<HTMLElement>('#search-results')?.dataset['announced'],
      );
    })
    .toBe('robot');
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said).toHaveLength(1);
  // What it says is what the page shows: the count of results for the whole word.
  const status = (await page.locator('#search-status').textContent())?.trim() ?? '';
  expect(status).toMatch(/\d+ results?/);
  expect(said[0]).toContain(status);
});
