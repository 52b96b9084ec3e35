/** Security: the strict CSP holds (no violation while reading and searching), and the site asks nothing of any other origin. */
import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/lib/routes.ts';
import { visit } from './helpers.ts';

/** Every page whose scripts differ: the root chooser, the homes, the full text (contents), side by side, a provision (copy, "Show the Chinese"), the matrix, the glossary (filter), the 404. */
const PAGES = [
  '/',
  paths.home('zh'),
  paths.home('en'),
  paths.plan('zh'),
  paths.parallel('en'),
  paths.provision('en', 'measure-2'),
  paths.matrix('zh'),
  paths.glossary('en'),
  paths.targets('en'),
  '/en/no-such-page/',
];

async function watch(page: Page) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:')
      foreign.push(r.url());
  });
  const reported = async () => [
    ...violations,
    ...((await page.evaluate(
      () => (window as unknown as { __csp?: string[] }).__csp ?? [],
    )) as string[]),
  ];
  return { foreign, reported };
}

test('pages load under the CSP with no violation and no request to another origin', async ({
  page,
}) => {
  const { foreign, reported } = await watch(page);
  for (const path of PAGES) {
    const response = await visit(page, path);
    expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]'), path).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect(await reported(), path).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test('searching, copying and switching theme raise no CSP violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { foreign, reported } = await watch(page);
  await visit(page, `${paths.search('zh')}?q=${encodeURIComponent('城市大腦')}`);
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('#search-results')?.dataset['query'],
  );
  await expect(page.locator('#search-results a[data-result]').first()).toBeVisible();
  await page.locator('#search-input').fill('qqxyzzy');
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('#search-results')?.dataset['done'] === 'qqxyzzy',
  );
  await visit(page, paths.provision('en', 'task-3'));
  await page.locator('[data-copy-provision]').click();
  await page.locator('[data-theme-toggle]').click();
  await page.waitForLoadState('networkidle');
  expect(await reported()).toEqual([]);
  expect(foreign).toEqual([]);
});

test('an inline script that is not hashed is blocked', async ({ page }) => {
  const { reported } = await watch(page);
  await visit(page, paths.home('en'));
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  expect((await reported()).join(' ')).toMatch(/script-src/);
});

test('the security headers are served', async ({ request }) => {
  const response = await request.get(paths.home('zh').slice(1));
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['permissions-policy']).toContain('camera=()');
});
