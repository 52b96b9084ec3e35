#!/usr/bin/env node
/**
 * npm run build: builds the site without ever leaving a broken one where a deploy would pick it
 * up. Astro builds into a sibling folder (dist.partial/); only a build that succeeds — pages,
 * search indexes, the CSP and the link check included — replaces dist/, in one rename. A failed
 * build leaves the previous dist/ exactly as it was, removes its partial output and exits non-zero.
 * OUT_DIR (default dist) names the folder to replace, as for `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const target = join(root, process.env.OUT_DIR ?? 'dist');
const partial = `${target}.partial`;
const previous = `${target}.previous`;

rmSync(partial, { recursive: true, force: true });
const astro = join(root, 'node_modules', '.bin', 'astro');
const result = spawnSync(astro, ['build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: partial, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0 || !existsSync(join(partial, 'index.html'))) {
  rmSync(partial, { recursive: true, force: true });
  console.error(
    `\nThe build failed: ${existsSync(target) ? `${target} is left as it was` : 'nothing was written'}.`,
  );
  process.exit(result.status || 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(partial, target);
rmSync(previous, { recursive: true, force: true });
