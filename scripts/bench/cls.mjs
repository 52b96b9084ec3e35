#!/usr/bin/env node
/**
 * npm run bench:cls — layout shift on first load (issue 23): the search page (empty and with a
 * query), the full text and a task page in every edition, in Chromium with a phone's viewport
 * (Lighthouse's mobile one, 412 × 823), until the network is idle and a second after. Prints each
 * page's cumulative layout shift (the sum of the shifts without recent input, and those in the
 * first half second, as Lighthouse counts them) and the elements that moved; exits 1 when one is above 0. Needs dist/ (npm run build).
 */
import { LOCALES } from '../../src/lib/editions.ts';
import { DIST, launch, requireBuild, serve } from './lib.mjs';

requireBuild();
const PORT = Number(process.env.PORT ?? 4394);
const PAGES = [
  (l) => `/${l}/search/`,
  (l) => `/${l}/search/?q=${l === 'en' ? 'robot' : '机器人'}`,
  (l) => `/${l}/plan/`,
  (l) => `/${l}/tasks/7/`,
];

const server = await serve(PORT, DIST.split('/').pop());
const browser = await launch();
const rows = [];
try {
  for (const locale of LOCALES) {
    for (const path of PAGES.map((p) => p(locale))) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = /** @type {any} */ (globalThis);
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of /** @type {any[]} */ (list.getEntries())) {
            // As Lighthouse counts: a shift "after input" in the first half second is counted
            // (the phone emulation's own touch setup marks it so; no reader has typed yet).
            if (e.hadRecentInput && e.startTime > 500) continue;
            w.__shifts.push({
              value: e.value,
              sources: (e.sources ?? []).map((s) => {
                const n = s.node;
                if (!n || n.nodeType !== 1) return n ? n.nodeName : '?';
                const el = /** @type {Element} */ (n);
                return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.attributes]
                  .filter((a) => a.name.startsWith('data-'))
                  .map((a) => `[${a.name}]`)
                  .join('')}`;
              }),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      const shifts = await page.evaluate(() => /** @type {any} */ (globalThis).__shifts);
      await context.close();
      const cls = shifts.reduce((s, x) => s + x.value, 0);
      rows.push({
        page: decodeURI(path),
        CLS: Number(cls.toFixed(4)),
        moved: [...new Set(shifts.flatMap((s) => s.sources))].join(' ') || '—',
      });
    }
  }
} finally {
  await browser.close();
  server.stop();
}
console.log('\nLayout shift on first load (phone viewport, network idle + 1 s):');
console.table(rows);
process.exitCode = rows.every((r) => r.CLS === 0) ? 0 : 1;
