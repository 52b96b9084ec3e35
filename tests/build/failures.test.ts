/**
 * Bad content fails the build with a clear message, and never breaks the last good site: each
 * case copies the project to a temporary folder with a previous build in its dist/, breaks one
 * thing there (never in content/), runs `npm run build` (scripts/build.mjs),
 * and expects it to fail naming the file and what is wrong, with dist/ exactly as it was and no
 * partial output left beside it.
 *
 * Two real builds only, one per way the build fails: a content check (src/lib/checked-model.ts,
 * run by astro/plan.ts before any page is rendered) and a check of the rendered site (the link
 * check). What the content checks refuse, and how they name it, is tested on the files' text
 * without a build in tests/unit/refused-content.test.ts (malformed YAML and MDX, missing and
 * wrongly typed fields, unknown and duplicate ids, the 5 MB paragraph, a stale pinyin entry…).
 */
import { spawn } from 'node:child_process';
import {
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
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const made: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-build-'));
  made.push(dir);
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
function build(dir: string): Promise<{ code: number | null; output: string }> {
  const before = snapshot(join(dir, 'dist'));
  return new Promise((resolve) => {
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
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      if (code !== 0) {
        expect(snapshot(join(dir, 'dist')), 'a failed build changed dist/').toEqual(before);
        expect(existsSync(join(dir, 'dist.partial')), 'a failed build left dist.partial/').toBe(
          false,
        );
      }
      resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
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

  it('a broken internal link found after the pages are rendered', async () => {
    const dir = copyProject();
    // A link to a task the plan does not have, in the footer of every page.
    const file = join(dir, 'src/components/SiteFooter.astro');
    const footer = readFileSync(file, 'utf-8');
    const broken = footer.replace('</footer>', '<a href="/en/tasks/99/">task 99</a></footer>');
    expect(broken).not.toBe(footer);
    writeFileSync(file, broken);
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/broken internal link/);
    expect(output).toMatch(
      /\/index\.html: \/en\/tasks\/99\/ leads to no page or file of the build/,
    );
  });
});
