/**
 * Bad content fails the build with a clear message, and never breaks the last good site: each
 * case copies the project to a temporary folder with a previous build in its dist/, breaks one
 * thing there (never in content/), runs `npm run build` (scripts/build.mjs),
 * and expects it to fail naming the file and what is wrong, with dist/ exactly as it was and no
 * partial output left beside it.
 *
 * One real build: a content check fails it (src/lib/checked-model.ts, run by astro/plan.ts before
 * any page is rendered). A check of the rendered site fails a build only after all 290 pages are
 * written (about 25 CPU-seconds): instead, scripts/build.mjs is run with an `astro` that writes a
 * page and then fails, and the post-build step (src/integrations/postbuild.ts) is run on a small
 * built site with broken links. That the real build runs that step shows in every build (its
 * `_headers`, which the serving tests read, and its log line on the links). What the content
 * checks refuse, and how they name it, is tested on the files' text without a build in
 * tests/unit/refused-content.test.ts (malformed YAML and MDX, missing and wrongly typed fields,
 * unknown and duplicate ids, the 5 MB paragraph, a stale pinyin entry…); the link check's cases
 * in tests/unit/quality.test.ts.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { postBuild } from '../../src/integrations/postbuild.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const made: string[] = [];

/** A new temporary folder, removed after the tests. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function copyProject(): string {
  const dir = tempDir('plan-build-');
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
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // "The last good site": a previous build's output, which a failed build must leave untouched.
  mkdirSync(join(dir, 'dist', 'zh'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>last good build</title>\n');
  writeFileSync(
    join(dir, 'dist', 'zh', 'index.html'),
    '<!doctype html><title>上次成功的构建</title>\n',
  );
  return dir;
}

/** Every file under a folder with its content, to compare a dist/ before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, name.name);
      if (name.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf-8');
    }
  };
  walk(dir);
  return out;
}

/** Runs `npm run build` in a copy; a failed build must leave the copy's dist/ as it was. */
async function build(dir: string): Promise<{ code: number | null; output: string }> {
  const before = snapshot(join(dir, 'dist'));
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: dir,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        OUT_DIR: 'dist',
        ASTRO_CACHE_DIR: join(dir, '.astro-cache'),
        PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
      },
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (exit) => resolve({ code: exit, output: text }));
  });
  // Checked here, not in the child's handler, where a failed expectation would never end the test.
  if (code !== 0) {
    expect(snapshot(join(dir, 'dist')), 'a failed build changed dist/').toEqual(before);
    expect(existsSync(join(dir, 'dist.partial')), 'a failed build left dist.partial/').toBe(false);
  }
  return { code, output: output.replace(/\x1b\[[0-9;]*m/g, '') };
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the build fails on bad content, naming the file and the problem', () => {
  it('one character of the Chinese text changed: the content checks run in the build', async () => {
    const dir = copyProject();
    const file = join(dir, 'content/plan/zh/task-7.mdx');
    const text = readFileSync(file, 'utf-8');
    const changed = text.replace('机器人', '机械人');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /content\/plan\/zh\/task-7\.mdx: \(body\): differs from seeds\/[^:]+: the source reads "[^"]*机器人[^"]*" where the content reads "[^"]*机械人/,
    );
  });

  it('a build that fails after writing pages leaves dist/ as it was, with no partial output', async () => {
    // scripts/build.mjs with an `astro` that writes a page into the partial folder and then fails,
    // as a check of the rendered site does (the post-build checks, below).
    const dir = tempDir('plan-build-late-');
    mkdirSync(join(dir, 'scripts'));
    cpSync(join(ROOT, 'scripts/build.mjs'), join(dir, 'scripts/build.mjs'));
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    const astro = join(dir, 'node_modules/.bin/astro');
    writeFileSync(
      astro,
      `#!${process.execPath}\n` +
        "const { mkdirSync, writeFileSync } = require('node:fs');\n" +
        "mkdirSync(process.env.OUT_DIR + '/zh', { recursive: true });\n" +
        "writeFileSync(process.env.OUT_DIR + '/index.html', '<!doctype html><title>new</title>');\n" +
        "console.error('1 broken internal link(s) in the build');\n" +
        'process.exit(3);\n',
    );
    chmodSync(astro, 0o755);
    writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}\n');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(
      join(dir, 'dist', 'index.html'),
      '<!doctype html><title>last good build</title>\n',
    );
    const { code, output } = await build(dir);
    expect(code).toBe(3);
    expect(output).toMatch(/broken internal link/);
    expect(output).toMatch(/The build failed: .*dist is left as it was/);
  });
});

describe('the checks of the rendered site (run by the build after every page is written)', () => {
  it('a broken internal link fails the build, naming the page and the link', async () => {
    const dir = tempDir('plan-postbuild-');
    const page = (body: string) =>
      `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
    mkdirSync(join(dir, 'en/tasks/7'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page('<a href="/en/tasks/7/">task 7</a>'));
    writeFileSync(
      join(dir, 'en/tasks/7/index.html'),
      page('<a href="/en/tasks/99/">task 99</a> <a href="/#nope">top</a>'),
    );
    const hooks = postBuild().hooks;
    const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
    await hooks['astro:config:done']?.({
      config: { base: '/', site: 'https://site.example' },
    } as unknown as Parameters<NonNullable<(typeof hooks)['astro:config:done']>>[0]);
    const done = hooks['astro:build:done']?.({
      dir: pathToFileURL(`${dir}/`),
      logger,
    } as unknown as Parameters<NonNullable<(typeof hooks)['astro:build:done']>>[0]);
    await expect(done).rejects.toThrow(
      /2 broken internal link\(s\) in the build:\n {2}\/en\/tasks\/7\/index\.html: \/en\/tasks\/99\/ leads to no page or file of the build\n {2}\/en\/tasks\/7\/index\.html: \/#nope has no element with id "nope"/,
    );
  });
});
