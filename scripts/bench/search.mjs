#!/usr/bin/env node
/**
 * npm run bench:search — serves the built site, runs the relevance query set in Chromium and
 * prints, per language: median and worst time from keystroke to rendered results (after the
 * first query), the bytes fetched before the first results, and the index size on disk.
 * Goals: under 100 ms median; under 150 KB fetched before the first results.
 */
import { join } from 'node:path';
import { QUERIES } from '../../tests/e2e/search-queries.ts';
import { DIST, byteCounter, dirSize, kb, launch, median, requireBuild, serve } from './lib.mjs';

requireBuild();
const server = await serve(Number(process.env.PORT ?? 4391));
const browser = await launch();
const rows = [];
try {
  for (const locale of ['zh', 'en']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = await byteCounter(page);
    await page.goto(`${server.url}/${locale}/search/`);
    await page.waitForLoadState('networkidle');
    const pageBytes = await bytes.total();
    const times = [];
    let firstBytes = 0;
    for (const [i, { q }] of QUERIES[locale].entries()) {
      await page.locator('#search-input').fill(q);
      await page.waitForFunction((q) => document.querySelector('#search-results')?.dataset.query === q && document.querySelector('#search-results')?.dataset.renderMs, q);
      const ms = Number(await page.locator('#search-results').getAttribute('data-render-ms'));
      if (i === 0) firstBytes = await bytes.total();
      else times.push(ms);
      await page.evaluate(() => delete document.querySelector('#search-results').dataset.renderMs);
    }
    rows.push({
      locale,
      queries: QUERIES[locale].length,
      'median ms': median(times).toFixed(1),
      'worst ms': Math.max(...times).toFixed(1),
      'page bytes': kb(pageBytes),
      'fetched before 1st results': kb(firstBytes),
      'index on disk': kb(dirSize(join(DIST, 'pagefind', locale))),
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log('Search benchmark: built site served with gzip (scripts/serve.mjs), Chromium, fresh cache per language');
console.table(rows);
const ok = rows.every((r) => Number(r['median ms']) < 100 && parseFloat(r['fetched before 1st results']) < 150);
console.log(ok ? 'Goals met: median < 100 ms, < 150 KB before the first results.' : 'GOAL MISSED: see the figures above.');
