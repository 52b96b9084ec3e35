/**
 * Bad content fails the build with a clear message, and never breaks the last good site: each
 * case copies the project to a temporary folder with a previous build in its dist/, breaks one
 * thing there (fixtures live here, never in content/), runs `npm run build` (scripts/build.mjs),
 * and expects it to fail naming the file and what is wrong, with dist/ exactly as it was and no
 * partial output left beside it.
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
const FIXTURES = join(import.meta.dirname, 'fixtures');
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
  it('malformed MDX', async () => {
    const dir = copyProject();
    cpSync(join(FIXTURES, 'malformed.mdx'), join(dir, 'content/plan/en/measure-2.mdx'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/plan\/en\/measure-2\.mdx/);
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

  it('one character of the Chinese text changed: the build checks the text against seeds/', async () => {
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

  it('a 5 MB paragraph fails quickly with its file and size', async () => {
    const dir = copyProject();
    const file = join(dir, 'content/plan/en/task-4.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf-8').trimEnd()} ${'flood '.repeat(850_000)}\n`);
    const started = Date.now();
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /content\/plan\/en\/task-4\.mdx: paragraph \d+: has 5,\d{3},\d{3} characters; a paragraph may have at most 5,000/,
    );
    console.log(
      `a 5 MB paragraph failed the build in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  it('a glossary file that is not valid YAML', async () => {
    const dir = copyProject();
    const file = join(dir, 'content/glossary.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf-8').replace(
        '  - id: big-data-bureau\n',
        '  - id: big-data-bureau\n  name: [unclosed\n',
      ),
    );
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/glossary\.yaml: \(syntax\)/);
  });

  it('a stale pinyin correction: one that changes nothing the library writes', async () => {
    const dir = copyProject();
    const file = join(dir, 'content/pinyin.yaml');
    const table = readFileSync(file, 'utf-8');
    // pinyin-pro, with its word list, reads 载体 zàitǐ itself (G-1): the entry is not needed.
    const stale = table.replace(
      '\nproperNames:',
      '  - zh: 载体\n    pinyin: zàitǐ\n    why: The reading of 载 in 载体 is zài.\n\nproperNames:',
    );
    expect(stale).not.toBe(table);
    writeFileSync(file, stale);
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /content\/pinyin\.yaml: corrections\[\d+\] \(载体\): changes nothing: without it, 载体 is written "zàitǐ" already; the entry is stale/,
    );
  });
});
