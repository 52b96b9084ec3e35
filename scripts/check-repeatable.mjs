#!/usr/bin/env node
/**
 * Two builds of the same commit must give byte-identical sites: builds the project again from a
 * fresh copy of its sources (its own folder and content cache, node_modules shared) and compares
 * every file with dist/ (run `npm run build` first). Exits 1 naming what differs. Building from a
 * copy also shows the site depends on nothing but its sources, and lets this check run beside
 * another build of the project (npm test runs it beside the sub-path build).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const first = join(root, 'dist');
if (!existsSync(join(first, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const copy = mkdtempSync(join(tmpdir(), 'plan-repeat-'));
const second = join(copy, 'dist');
try {
  for (const entry of [
    'src',
    'content',
    'public',
    'seeds',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    if (existsSync(join(root, entry)))
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const build = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: copy,
    stdio: 'inherit',
    env: {
      ...process.env,
      OUT_DIR: 'dist',
      ASTRO_CACHE_DIR: join(copy, '.astro-cache'),
      // Everything drawn afresh, not read from the render cache (src/lib/node/render-cache.ts)
      // that the first build may have filled: the two builds are two real renderings.
      PLAN_RENDER_CACHE: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (build.status !== 0) throw new Error(`the second build failed (exit ${build.status})`);

  const hashes = (dir) => {
    const out = new Map();
    const walk = (d) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
      }
    };
    walk(dir);
    return out;
  };
  const a = hashes(first);
  const b = hashes(second);
  const differ = [...new Set([...a.keys(), ...b.keys()])]
    .filter((f) => a.get(f) !== b.get(f))
    .sort();
  if (differ.length > 0) {
    console.error(
      `The two builds differ in ${differ.length} file(s):\n${differ
        .slice(0, 30)
        .map(
          (f) =>
            `  ${f}${a.has(f) ? '' : ' (only in the second)'}${b.has(f) ? '' : ' (only in the first)'}`,
        )
        .join('\n')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `Reproducible: a second build, from a fresh copy of the sources, gave ${a.size} byte-identical files.`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(copy, { recursive: true, force: true });
}
