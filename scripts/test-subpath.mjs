#!/usr/bin/env node
/**
 * The site deployed under a sub-path: builds with BASE_PATH=/shenyang-ai-plan/ into dist-subpath/
 * (the build itself checks that every internal link and anchor of every page resolves, so static
 * links need no browser here; html-validate runs on the root build: a base path changes URLs in
 * attributes, not the markup), and runs a few browser tests whose outcome depends on the base path
 * at run time or in absolute URLs, one of each kind: the served pages' canonical URLs and twins
 * (links), the language switch and the root chooser (scripts build the address), a copied link
 * (an absolute URL), the search page (its data and the URL it writes), the 404 (its assets, and
 * "did you mean", read and written with the base) and the headers of `_headers` (patterns include
 * the base). Left out, because the base path changes nothing they check beyond what those do
 * (they run on the root build): the axe audits, search relevance, cross-links (static links), the
 * CSP walk, the text's fidelity to the source, provision contents, phones, the keyboard walk, and
 * the other absolute URLs, made by the same function as the canonical one (QR codes, preview
 * cards, open data and CSV URLs).
 *
 * `node scripts/test-subpath.mjs` builds and then runs the tests; `build` only builds and
 * `browser` only runs the tests on the last sub-path build (npm test builds beside the root
 * build's serving tests, and runs these tests, with one worker, beside the root build's).
 */
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  BASE_PATH: '/shenyang-ai-plan/',
  OUT_DIR: 'dist-subpath',
  // Its own port, beside the root build's server (SUBPATH_PORT to run several gates at once).
  PORT: process.env.SUBPATH_PORT ?? '4331',
  ASTRO_TELEMETRY_DISABLED: '1',
};
const run = (cmd, args) => {
  console.log(`\n$ BASE_PATH=${env.BASE_PATH} ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const mode = process.argv[2] ?? 'all';
if (!['all', 'build', 'browser'].includes(mode)) {
  console.error(`test-subpath: unknown mode "${mode}" (all, build or browser)`);
  process.exit(2);
}
if (mode !== 'browser') run('npx', ['astro', 'build', '--silent']);
if (mode === 'build') process.exit(0);
// The browser tests whose outcome the base path can change, by title (one of each kind, above).
const BASE_DEPENDENT = [
  'has lang, title, description, canonical and its twin',
  'the switch lands on the twin page',
  'for a Chinese browser',
  'copying a paragraph link puts its canonical URL',
  'typing updates the URL',
  'an unknown URL',
  'did you mean',
  'the security headers are served',
];
run('npx', [
  'playwright',
  'test',
  // Its own output folder: beside the root build's run, which empties test-results/ as it starts.
  '--output',
  'test-results-subpath',
  ...(mode === 'browser' ? ['--workers', '1'] : []),
  '--grep',
  BASE_DEPENDENT.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
]);
