/**
 * First load as Chromium makes it: every request a page makes until the network is idle (HTML,
 * CSS, JS, fonts, images, search indexes), each counted as the gzip bytes of its body (level 9, or
 * the raw bytes when gzip does not make it smaller, as for PNG), and as brotli (quality 11, as
 * the build precompresses). Used by budget.mjs.
 */
/* global document -- the function given to page.evaluate runs in the page */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The kinds a request is counted under. */
export const KINDS_OF_REQUEST = ['html', 'css', 'js', 'other'];

/** html | css | js | other, from Playwright's resource type and the URL. */
export function requestKind(resourceType, url) {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet' || /\.css(?:$|\?)/.test(url)) return 'css';
  if (resourceType === 'script' || /\.m?js(?:$|\?)/.test(url)) return 'js';
  return 'other';
}

export const gzipBytes = (buf) => Math.min(buf.length, gzipSync(buf, { level: 9 }).length);
export const brotliBytes = (buf) =>
  Math.min(
    buf.length,
    brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  );

/** How long no request may be in flight, after the load event, for the network to count as idle. */
const QUIET_MS = 500;
/** How long the page's icon may take to be asked for and arrive before the load counts as failed. */
const ICON_WAIT_MS = 10_000;

/**
 * Loads `url` in a fresh context (cold cache) of `browser` and returns its requests:
 * [{ url, kind, bytes }], bytes being the gzip size of the body.
 *
 * Network idle is decided here, not by Playwright's `networkidle`: that one can fire before the
 * load event, when a long page's HTML has arrived but the parser (slow on a busy machine) has not
 * yet reached its scripts, and the load was then recorded as the HTML and the CSS alone. Here the
 * page must have fired `load` (every script, module and stylesheet fetched) and then had no
 * request in flight for QUIET_MS; and every body read is awaited, the last ones included. The
 * icon the page links, which Chromium asks for on its own schedule after load (one run in three
 * missed it), is waited for by name.
 */
export async function firstLoad(browser, url, { viewport = { width: 390, height: 844 } } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending = [];
  const requests = [];
  const inFlight = new Set();
  const finished = new Set();
  let lastActivity = performance.now();
  const settle = (request) => {
    inFlight.delete(request);
    lastActivity = performance.now();
  };
  context.on('request', (request) => {
    inFlight.add(request);
    lastActivity = performance.now();
  });
  context.on('requestfailed', settle);
  context.on('requestfinished', (request) => {
    settle(request);
    finished.add(request.url());
    pending.push(
      request
        .response()
        .then((response) => response?.body())
        .then((body) => {
          if (!body) return;
          requests.push({
            url: request.url(),
            kind: requestKind(request.resourceType(), request.url()),
            bytes: gzipBytes(body),
            brotli: brotliBytes(body),
          });
        })
        .catch(() => {}),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const icon = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.href);
    for (const started = performance.now(); icon && !finished.has(icon);) {
      if (performance.now() - started > ICON_WAIT_MS)
        throw new Error(`${url}: the icon ${icon} was not fetched within ${ICON_WAIT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    while (inFlight.size > 0 || performance.now() - lastActivity < QUIET_MS)
      await new Promise((resolve) => setTimeout(resolve, 50));
    // Bodies still being read when the last ones were awaited are awaited too.
    for (let seen = -1; seen !== pending.length;) {
      seen = pending.length;
      await Promise.all(pending);
    }
  } finally {
    await context.close();
  }
  return requests;
}

/** Sums requests per kind: { html, css, js, other, total, count }. */
export function byKind(requests) {
  const sums = Object.fromEntries(KINDS_OF_REQUEST.map((k) => [k, 0]));
  for (const r of requests) sums[r.kind] += r.bytes;
  return {
    ...sums,
    total: requests.reduce((s, r) => s + r.bytes, 0),
    brotli: requests.reduce((s, r) => s + r.brotli, 0),
    count: requests.length,
  };
}
