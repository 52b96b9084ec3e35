/**
 * No layout shift while a page arrives (issue 23). A phone on a slow network gets the HTML in
 * pieces, and the browser may paint what it has. When it stopped inside the header, after the
 * search link and before the menu, it laid the link out at the right edge and moved it when the
 * menu came (Lighthouse: CLS 0.001 now and then). Here a relay in front of the site's server
 * sends each page's HTML in two pieces, cut there, and the page must not move.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/lib/editions.ts';
import { paths } from '../../src/lib/routes.ts';
import { url } from './helpers.ts';

/** How long the relay holds the rest of the HTML: long enough for the browser to lay out what it has. */
const PAUSE_MS = 500;

/** Where the HTML is cut: just after the header's search link. */
function cutAfterSearchLink(html: string): number {
  const link = html.indexOf('data-search-link');
  return link < 0 ? -1 : html.indexOf('</a>', link) + '</a>'.length;
}

let relay: Server;
let relayOrigin = '';

test.beforeAll(async ({ baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  relay = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(origin + (request.url ?? '/'));
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      response.writeHead(upstream.status, { 'content-type': type });
      if (!type.startsWith('text/html')) {
        response.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      const html = await upstream.text();
      const cut = cutAfterSearchLink(html);
      if (cut < 0) {
        response.end(html);
        return;
      }
      response.write(html.slice(0, cut));
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      response.end(html.slice(cut));
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, 'localhost', resolve));
  relayOrigin = `http://localhost:${(relay.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => relay.close(() => resolve())));

// A phone, as Lighthouse's mobile run emulates it.
test.use({
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
});

for (const locale of LOCALES) {
  test(`a task page that arrives in pieces does not move (${locale})`, async ({
    page,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: string[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources?: { node?: Node | null }[];
        })[]) {
          const moved = (entry.sources ?? []).map((s) =>
            s.node instanceof Element ? s.node.className || s.node.tagName : String(s.node),
          );
          w.shifts.push(`${entry.value.toFixed(5)}: ${moved.join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const base = new URL(baseURL ?? '');
    await page.goto(relayOrigin + base.pathname + url(paths.provision(locale, 'task-7')));
    // The page as it was sent: the header with its search link, the menu after it.
    await expect(page.locator('[data-search-link]')).toBeVisible();
    await expect(page.locator('[data-site-menu] summary')).toBeVisible();
    // Two frames after the load: any shift of the layout has been reported.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual(
      [],
    );
  });
}
