#!/usr/bin/env node
/**
 * Two builds of the same commit must give byte-identical sites: builds again into dist-repeat/
 * and compares every file with dist/ (run `npm run build` first). Exits 1 naming what differs.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const first = join(root, 'dist');
const second = join(root, 'dist-repeat');
if (!existsSync(join(first, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
rmSync(second, { recursive: true, force: true });
const build = spawnSync('npx', ['astro', 'build', '--silent'], { cwd: root, stdio: 'inherit', env: { ...process.env, OUT_DIR: 'dist-repeat', ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);

function hashes(dir) {
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
}
const a = hashes(first);
const b = hashes(second);
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
rmSync(second, { recursive: true, force: true });
if (differ.length > 0) {
  console.error(`The two builds differ in ${differ.length} file(s):\n${differ.slice(0, 30).map((f) => `  ${f}${a.has(f) ? '' : ' (only in the second)'}${b.has(f) ? '' : ' (only in the first)'}`).join('\n')}`);
  process.exit(1);
}
console.log(`Reproducible: two builds gave ${a.size} byte-identical files.`);
