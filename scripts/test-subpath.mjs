#!/usr/bin/env node
/**
 * The site deployed under a sub-path: builds with BASE_PATH=/shenyang-ai-plan/ into dist-subpath/
 * (the build itself checks that every internal link and anchor of every page resolves, so static
 * links need no browser here), validates its HTML, and runs the browser tests whose outcome
 * depends on the base path at run time or in absolute URLs: twins and canonical URLs, the
 * language switch keeping the anchor, copied links, QR codes and cards, open data URLs, the
 * search page's data, links and other-language link, the 404 and the headers of `_headers`.
 * Left out, because the base path changes nothing they check (they run on the root build): the
 * axe audits, search relevance, cross-links (static links), the CSP walk, the text's fidelity to
 * the source, provision contents, phones and the keyboard walk.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, BASE_PATH: '/shenyang-ai-plan/', OUT_DIR: 'dist-subpath', PORT: '4331', ASTRO_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => {
  console.log(`\n$ BASE_PATH=${env.BASE_PATH} ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['astro', 'build', '--silent']);
run('npx', ['html-validate', 'dist-subpath/**/*.html']);
const BASE_DEPENDENT = ['pages', 'language', 'share', 'data', 'search', 'notfound', 'security'].map((f) => `tests/e2e/${f}.spec.ts`);
// Tests of these files that check nothing a base path changes: layout, print, themes, keyboard,
// escaping, ranking, the CSP walk (all checked on the root build).
const SAME_AT_ANY_BASE = [
  'relevance', 'evaluation set', 'reported examples', 'direct answers', 'partial matches', 'a query is text', 'without JavaScript',
  'on a 390 px phone', 'stacks pairs on a phone', 'print:', 'dark mode', 'no violation and no request', 'is not hashed', 'matrix on a 390 px',
  'side-by-side view pairs', 'deep link scrolls', 'the plan as PDF',
];
run('npx', ['playwright', 'test', ...BASE_DEPENDENT, '--grep-invert', SAME_AT_ANY_BASE.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')]);
