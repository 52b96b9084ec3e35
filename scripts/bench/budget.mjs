#!/usr/bin/env node
/**
 * npm run bench — the performance budget, measured (not a test that flakes):
 * builds the site (timed) for a local origin, then prints per page kind and locale the gzip bytes
 * of HTML, CSS and JS loaded on first view, the JavaScript run before any interaction, the
 * render-blocking requests, and the Lighthouse scores (lighthouse 12.2.3, mobile preset,
 * Debian's Chromium) of the home page and a task page in both locales.
 * Then loads each page kind in every edition in Chromium (phone viewport, cold cache) to network
 * idle and counts every request it makes (HTML, CSS, JS, fonts, images, indexes) as gzip bytes:
 * per request with --verbose, per kind of request and page always (scripts/bench/first-load.mjs).
 * Budgets: first load of a task page ≤ 12 KB gzip in every edition (and the other page kinds'
 * budgets in FIRST_LOAD_BUDGETS); at most one render-blocking request (the CSS); Lighthouse 100 in
 * performance, accessibility, best practices and SEO. Exits 1 when one is over.
 *
 *   npm run bench [-- --no-build] [--no-lighthouse] [--verbose]
 *
 * --no-build measures the dist/ already built (npm run build) instead of building dist-bench/.
 */
import { LOCALES } from '../../src/lib/editions.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { byKind, firstLoad } from './first-load.mjs';
import { ROOT, kb, launch, serve } from './lib.mjs';

const flags = new Set(process.argv.slice(2));
const BUILD = !flags.has('--no-build');
const LIGHTHOUSE = !flags.has('--no-lighthouse');
const VERBOSE = flags.has('--verbose');
const PORT = Number(process.env.PORT ?? 4393);
const OUT = BUILD ? 'dist-bench' : 'dist';
const dist = join(ROOT, OUT);

// 1. Build, timed, for the origin the benchmark serves (so canonical URLs are this site's).
let buildSeconds;
if (BUILD) {
  rmSync(dist, { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync('npx', ['astro', 'build', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      OUT_DIR: OUT,
      SITE_ORIGIN: `http://localhost:${PORT}`,
      BASE_PATH: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first, or drop --no-build.');
  process.exit(1);
}

// 2. Bytes on first view, from the built files.
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const file = (urlPath) => {
  const p = join(dist, decodeURIComponent(urlPath.split(/[?#]/)[0]));
  return existsSync(p) ? readFileSync(p) : undefined;
};
/** A module and everything it imports statically, once each. */
function moduleGraph(src, seen = new Set()) {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = file(src)?.toString('utf-8') ?? '';
  for (const m of code.matchAll(
    /(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{0,2}\/[^"']+\.js)["']/g,
  )) {
    moduleGraph(new URL(m[1], `http://x${src}`).pathname, seen);
  }
  return seen;
}
function firstView(pagePath) {
  const html = file(`${pagePath}index.html`) ?? file(pagePath);
  if (!html) throw new Error(`No built page at ${pagePath}`);
  const text = html.toString('utf-8');
  const head = text.slice(0, text.indexOf('</head>'));
  const css = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const modules = [...text.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const inline = [
    ...text.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((m) => m[1]);
  const jsFiles = new Set(modules.flatMap((m) => [...moduleGraph(m)]));
  const jsBytes =
    [...jsFiles].reduce((s, f) => s + gz(file(f) ?? Buffer.alloc(0)), 0) +
    inline.reduce((s, c) => s + gz(Buffer.from(c)), 0);
  const blocking =
    [...head.matchAll(/<link[^>]+rel="stylesheet"/g)].length +
    [
      ...head.matchAll(
        /<script(?![^>]*(?:type="module"|async|defer|application\/(?:ld\+)?json))[^>]*\bsrc=/g,
      ),
    ].length;
  const cssBytes = css.reduce((s, f) => s + gz(file(f) ?? Buffer.alloc(0)), 0);
  return {
    html: gz(html),
    css: cssBytes,
    js: jsBytes,
    total: gz(html) + cssBytes + jsBytes,
    blocking,
    scripts: jsFiles.size + inline.length,
  };
}

const KINDS = {
  home: (l) => `/${l}/`,
  'whole plan': (l) => `/${l}/plan/`,
  'side by side': (l) => `/${l}/parallel/`,
  task: (l) => `/${l}/tasks/7/`,
  measure: (l) => `/${l}/measures/2/`,
  principle: (l) => `/${l}/principles/1/`,
  implementation: (l) => `/${l}/implementation/4/`,
  body: (l) => `/${l}/departments/science-technology-bureau/`,
  matrix: (l) => `/${l}/departments/matrix/`,
  place: (l) => `/${l}/places/city-brain/`,
  topic: (l) => `/${l}/topics/5g/`,
  targets: (l) => `/${l}/targets/`,
  search: (l) => `/${l}/search/`,
};
const rows = [];
for (const [kind, path] of Object.entries(KINDS)) {
  for (const locale of LOCALES) {
    const v = firstView(path(locale));
    rows.push({
      page: kind,
      locale,
      'HTML gz': kb(v.html),
      'CSS gz': kb(v.css),
      'JS gz (run on load)': kb(v.js),
      'total gz': kb(v.total),
      'render-blocking': v.blocking,
      _total: v.total,
      _blocking: v.blocking,
    });
  }
}

// 3. First load in Chromium, every request to network idle, per page kind and edition.
/**
 * The page kinds measured on first load, with their budget (total gzip bytes, every edition): the
 * task page's is issue 23's goal (a quarter of a default Starlight page); the others hold what was
 * measured on 2026-12-05 (after the per-kind stylesheets), so that they do not grow unnoticed.
 */
const FIRST_LOAD_BUDGETS = {
  task: { path: KINDS.task, budget: 12 * 1024 },
  home: { path: KINDS.home, budget: 19 * 1024 },
  'full text': { path: KINDS['whole plan'], budget: 34 * 1024 },
  search: { path: KINDS.search, budget: 50 * 1024 },
  glossary: { path: (l) => `/${l}/glossary/`, budget: 32 * 1024 },
};
const server = await serve(PORT, OUT);
const loads = [];
const browser = await launch();
try {
  for (const [kind, { path, budget }] of Object.entries(FIRST_LOAD_BUDGETS)) {
    for (const locale of LOCALES) {
      const requests = await firstLoad(browser, `${server.url}${path(locale)}`);
      const sums = byKind(requests);
      loads.push({ kind, locale, budget, requests, ...sums });
    }
  }
} finally {
  await browser.close();
}

// 4. Lighthouse, mobile preset, against the built site served with gzip.
const scores = [];
const { default: lighthouse } = LIGHTHOUSE ? await import('lighthouse') : {};
const chromeLauncher = await import('chrome-launcher');
const chrome =
  LIGHTHOUSE &&
  (await chromeLauncher.launch({
    chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : process.env.CHROMIUM_PATH,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  }));
try {
  for (const [kind, path] of !LIGHTHOUSE
    ? []
    : [
        ['home', KINDS.home],
        ['task', KINDS.task],
        ['full text', KINDS['whole plan']],
        ['search', KINDS.search],
      ]) {
    for (const locale of LOCALES) {
      const url = `${server.url}${path(locale)}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const c = result.lhr.categories;
      const failing = Object.values(result.lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => a.id);
      scores.push({
        page: kind,
        locale,
        performance: Math.round(c.performance.score * 100),
        accessibility: Math.round(c.accessibility.score * 100),
        'best practices': Math.round(c['best-practices'].score * 100),
        seo: Math.round(c.seo.score * 100),
        LCP: result.lhr.audits['largest-contentful-paint'].displayValue,
        TBT: result.lhr.audits['total-blocking-time'].displayValue,
        CLS: result.lhr.audits['cumulative-layout-shift'].displayValue,
        'audits below 1': failing.join(' ') || '—',
      });
    }
  }
} finally {
  if (chrome) await chrome.kill();
  server.stop();
  if (BUILD) rmSync(dist, { recursive: true, force: true });
}

const strip = (r) => Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('_')));
if (buildSeconds !== undefined)
  console.log(
    `\nBuild: ${buildSeconds.toFixed(1)} s (astro build, ${process.arch}, ${(await import('node:os')).cpus().length} cores)`,
  );
console.log('\nFirst view, gzip bytes (HTML + CSS + JS that runs before any interaction):');
console.table(rows.map(strip));
if (VERBOSE) {
  console.log('\nFirst load in Chromium, every request (gzip bytes):');
  for (const load of loads)
    for (const r of load.requests)
      console.log(
        `  ${load.kind.padEnd(9)} ${load.locale.padEnd(7)} ${r.kind.padEnd(5)} ${String(r.bytes).padStart(7)}  ${r.url.replace(server.url, '')}`,
      );
}
console.log(
  '\nFirst load in Chromium to network idle (phone viewport, cold cache), gzip (budget) and brotli:',
);
console.table(
  loads.map((l) => ({
    page: l.kind,
    locale: l.locale,
    requests: l.count,
    HTML: kb(l.html),
    CSS: kb(l.css),
    JS: kb(l.js),
    other: kb(l.other),
    total: kb(l.total),
    'total, brotli': kb(l.brotli),
    budget: kb(l.budget),
  })),
);
if (LIGHTHOUSE) {
  console.log('\nLighthouse 12.2.3, mobile preset:');
  console.table(scores);
}

const provisionPages = rows.filter((r) =>
  ['task', 'measure', 'principle', 'implementation'].includes(r.page),
);
const budgets = [
  ...Object.entries(FIRST_LOAD_BUDGETS).map(([kind, { budget }]) => {
    const mine = loads.filter((l) => l.kind === kind);
    return [
      `first load of the ${kind} page ≤ ${kb(budget)} gzip, every edition`,
      mine.every((l) => l.total <= budget),
      mine.map((l) => `${l.locale} ${kb(l.total)}`).join(', '),
    ];
  }),
  [
    'provision page < 20 KB gzip',
    provisionPages.every((r) => r._total < 20 * 1024),
    `largest ${kb(Math.max(...provisionPages.map((r) => r._total)))}`,
  ],
  [
    '≤ 1 render-blocking request (the CSS)',
    rows.every((r) => r._blocking <= 1),
    `max ${Math.max(...rows.map((r) => r._blocking))}`,
  ],
  LIGHTHOUSE && [
    'Lighthouse 100 (home, task, full text, search; every edition)',
    scores.every(
      (s) =>
        s.performance === 100 &&
        s.accessibility === 100 &&
        s['best practices'] === 100 &&
        s.seo === 100,
    ),
    scores
      .map(
        (s) =>
          `${s.page}/${s.locale} ${s.performance}/${s.accessibility}/${s['best practices']}/${s.seo}`,
      )
      .join(', '),
  ],
];
console.log('\nBudgets:');
for (const [name, ok, detail] of budgets.filter(Boolean))
  console.log(`  ${ok ? 'OK  ' : 'OVER'} ${name} — ${detail}`);
process.exitCode = budgets.filter(Boolean).every(([, ok]) => ok) ? 0 : 1;
