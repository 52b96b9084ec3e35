/**
 * The layers of src/lib, read from the source text so that a change cannot break them silently:
 * - only src/lib/node/ reads files or looks at the working directory (`readFileSync`,
 *   `process.cwd()`): everything else takes its input as arguments or imports it;
 * - the model (src/lib/model/) is the ground floor: it imports only its own modules,
 *   src/lib/editions.ts and npm packages (no Node built-in, no Astro virtual module).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LIB = join(ROOT, 'src', 'lib');
const NODE = join(LIB, 'node');
const MODEL = join(LIB, 'model');
const EDITIONS = join(LIB, 'editions.ts');

/** Every source file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((f) => /\.(ts|mts|js|mjs|astro)$/.test(f))
    .map((f) => join(dir, f))
    .sort();
}

/** The module specifiers a source imports or re-exports: static, side-effect, dynamic and type imports. */
function specifiersOf(text: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!));
}

/** What a model module may not import: a file outside the model and editions.ts, a Node built-in, an Astro virtual module. */
function outsideModel(file: string, specifier: string): boolean {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = resolve(dirname(file), specifier);
    return (
      target.replace(/\.ts$/, '') !== EDITIONS.replace(/\.ts$/, '') &&
      !target.startsWith(MODEL + sep)
    );
  }
  return /^(node|astro):/.test(specifier) || !/^[@a-z]/i.test(specifier);
}

/** The lines of a text that read a file or the working directory. */
function fileReads(text: string): string[] {
  return text.split('\n').filter((line) => /readFileSync|process\.cwd\(\)/.test(line));
}

describe('the layers of src/lib', () => {
  it('finds imports of every form (the scan itself)', () => {
    const text = [
      "import { a } from '../i18n.ts';",
      "import type {\n  B,\n  C,\n} from '../node/derive.ts';",
      "export { d } from './d.ts';",
      "import './side-effect.ts';",
      "const e = await import('../search/e.ts');",
      "type F = typeof import('../../i18n/zh.json');",
      "import zh from '../../i18n/zh.json' with { type: 'json' };",
    ].join('\n');
    expect(specifiersOf(text)).toEqual([
      '../i18n.ts',
      '../node/derive.ts',
      './d.ts',
      '../../i18n/zh.json',
      './side-effect.ts',
      '../search/e.ts',
      '../../i18n/zh.json',
    ]);
    const model = join(MODEL, 'labels.ts');
    expect(
      [
        './schema.ts',
        '../editions.ts',
        '../editions',
        'astro/zod',
        'opencc-js',
        '@scope/pkg',
      ].filter((s) => outsideModel(model, s)),
    ).toEqual([]);
    expect(
      [
        '../i18n.ts',
        '../node/derive.ts',
        '../convert/derive.ts',
        'node:fs',
        'astro:content',
        '../model-extra/x.ts',
      ].filter((s) => outsideModel(model, s)),
    ).toHaveLength(6);
    expect(fileReads('const x = 1;\nreadFileSync(file)\nconst root = process.cwd();')).toHaveLength(
      2,
    );
  });

  it('reads files and the working directory only in src/lib/node/', () => {
    const found = sources(LIB)
      .filter((file) => !file.startsWith(NODE + sep))
      .flatMap((file) =>
        fileReads(readFileSync(file, 'utf-8')).map(
          (line) => `${relative(ROOT, file)}: ${line.trim()}`,
        ),
      );
    expect(
      found,
      'read files in src/lib/node/ (paths from import.meta.url), or take the data as an argument',
    ).toEqual([]);
  });

  it('keeps the model pure: it imports only the model, editions.ts and npm packages', () => {
    const files = sources(MODEL);
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) =>
      specifiersOf(readFileSync(file, 'utf-8'))
        .filter((s) => outsideModel(file, s))
        .map((s) => `${relative(ROOT, file)} imports ${s}`),
    );
    expect(found).toEqual([]);
  });
});
