#!/usr/bin/env node
/**
 * The site deployed under a sub-path: builds with BASE_PATH=/shenyang-ai-plan/ into dist-subpath/
 * (the build itself checks every internal link and anchor), validates its HTML, and runs the
 * browser tests whose outcome depends on the base path: links, twins and canonical URLs, the
 * language switch, cross-links, shared links and cards, open data URLs, search results' links,
 * the 404 and the headers. Left out, because the base path changes nothing they check: the axe
 * audits, search relevance, the text's fidelity to the source, provision contents, phones and
 * the keyboard walk (they run on the root build).
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
const BASE_DEPENDENT = ['pages', 'language', 'crosslinks', 'share', 'data', 'search', 'notfound', 'security'].map((f) => `tests/e2e/${f}.spec.ts`);
run('npx', ['playwright', 'test', ...BASE_DEPENDENT, '--grep-invert', 'relevance|evaluation set']);
