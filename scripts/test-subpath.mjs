#!/usr/bin/env node
/**
 * The site deployed under a sub-path: builds with BASE_PATH=/shenyang-ai-plan/ into dist-subpath/
 * (the build itself checks every internal link and anchor), validates its HTML, and runs the
 * browser tests against it. The axe audits are left out here: the markup they check is the same
 * at any base path, and they run on the root build.
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
run('npx', ['playwright', 'test', '--grep-invert', 'no axe violation']);
