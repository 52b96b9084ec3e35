#!/usr/bin/env node
/**
 * The site deployed under a sub-path: builds with BASE_PATH=/shenyang-ai-plan/ into dist-subpath/
 * (the build itself checks that every internal link and anchor of every page resolves, so static
 * links need no browser here; html-validate runs on the root build: a base path changes URLs in
 * attributes, not the markup), and runs the browser tests whose outcome
 * depends on the base path at run time or in absolute URLs: twins and canonical URLs, the
 * language switch keeping the anchor, copied links, QR codes and cards, open data URLs, the
 * search page's data, links and other-language link, the 404 and the headers of `_headers`.
 * Left out, because the base path changes nothing they check (they run on the root build): the
 * axe audits, search relevance, cross-links (static links), the CSP walk, the text's fidelity to
 * the source, provision contents, phones and the keyboard walk.
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
run('npx', ['astro', 'build', '--silent']);
// The browser tests whose outcome the base path can change at run time or in absolute URLs, by
// title: twins and canonical URLs, the language switch and the root chooser (scripts build the
// address), copied links, QR codes and cards, open data and CSV URLs, the search page's data and
// links, the 404 page's assets, its edition first and "did you mean" (read and written with the
// base), and the headers of `_headers` (patterns include the base).
const BASE_DEPENDENT = [
  'has lang, title, description, canonical and its twin',
  'the switch lands on the twin page',
  'for a Chinese browser',
  'copying a paragraph link puts its canonical URL',
  'the QR code decodes',
  'preview cards',
  'plan.json validates',
  'the matrix page and the CSV agree',
  'typing updates the URL',
  'no results: says so',
  'an unknown URL',
  'did you mean',
  'that edition first',
  'the security headers are served',
];
run('npx', [
  'playwright',
  'test',
  '--grep',
  BASE_DEPENDENT.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
]);
