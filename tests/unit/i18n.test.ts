import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDate, otherLocale, resources, useTranslations } from '../../src/lib/i18n.ts';

/** Every key of a resource tree, with i18next's plural suffixes folded into the base key. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [`${prefix}${k}`.replace(/_(zero|one|two|few|many|other)$/, '')]
      : keys(v as object, `${prefix}${k}.`),
  );
}

describe('UI strings', () => {
  it('has the same keys in Chinese and English', () => {
    const zh = [...new Set(keys(resources.zh))].sort();
    const en = [...new Set(keys(resources.en))].sort();
    expect(en).toEqual(zh);
    expect(zh.length).toBeGreaterThan(40);
  });

  it('has no empty string, and every key translates', () => {
    for (const locale of ['zh', 'en'] as const) {
      const t = useTranslations(locale);
      const empty = [...new Set(keys(resources[locale]))].filter(
        (k) => t(k as never, { count: 2 }).trim() === '',
      );
      expect(empty).toEqual([]);
    }
  });

  it('translates with interpolation and plurals', () => {
    expect(useTranslations('zh')('kind.task.label', { n: 7 })).toBe('重点任务 7');
    expect(useTranslations('en')('kind.task.label', { n: 7 })).toBe('Task 7');
    expect(useTranslations('zh')('kind.measure.label', { cn: '三' })).toBe('工作措施（三）');
    expect(useTranslations('en')('home.provisionCount', { count: 1 })).toBe('1 provision');
    expect(useTranslations('en')('home.provisionCount', { count: 12 })).toBe('12 provisions');
    expect(useTranslations('zh')('home.provisionCount', { count: 12 })).toBe('12条');
  });

  it('fails loudly on an unknown key', () => {
    expect(() => useTranslations('en')('nav.nope' as never)).toThrow(
      /Missing UI string "nav.nope"/,
    );
  });

  it('formats dates in each language', () => {
    expect(formatDate('2018-12-06', 'zh')).toBe('2018年12月6日');
    expect(formatDate('2018-12-06', 'en')).toBe('6 December 2018');
  });

  it('knows the other language', () => {
    expect(otherLocale('zh')).toBe('en');
    expect(otherLocale('en')).toBe('zh');
  });

  it('loads from any working directory: nothing is read relative to it', () => {
    // A plain Node process (no Vite) started in an empty folder imports the module and
    // translates in every edition, the generated one too (its overrides read from the project).
    const dir = mkdtempSync(join(tmpdir(), 'i18n-cwd-'));
    try {
      const module = pathToFileURL(
        join(import.meta.dirname, '..', '..', 'src', 'lib', 'i18n.ts'),
      ).href;
      const script = `const { useTranslations } = await import(${JSON.stringify(module)});
        console.log(JSON.stringify(['zh', 'zh-hant', 'en'].map((l) => useTranslations(l)('site.name'))));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '--eval', script], {
        cwd: dir,
        encoding: 'utf-8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual(
        ['zh', 'zh-hant', 'en'].map((l) => useTranslations(l as 'zh')('site.name')),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
