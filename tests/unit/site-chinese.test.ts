/**
 * The Chinese the site writes itself, in the Simplified and the Traditional edition: the UI
 * strings (the Traditional ones after conversion and the reviewed wording of content/ui-wording.yaml),
 * the translator's notes, the targets' labels and the glossary's kinds and names that are the
 * site's own. Its punctuation is full width next to Chinese characters (，；：（）), and the
 * Traditional UI speaks as Taiwan and Hong Kong readers do (review of 2026-12-04, T-5 and T-6).
 *
 * The plan's own text is not checked here for the Simplified edition: it is the source's, word for
 * word and mark for mark (a name is the plan's when the source writes it). The Traditional
 * edition's whole text, the plan's included, is checked in tests/unit/traditional.test.ts, and
 * the built pages in tests/serve/chinese-typography.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DERIVED_LOCALES, SOURCE_LOCALE, type Locale } from '../../src/lib/editions.ts';
import { resources } from '../../src/lib/i18n.ts';
import {
  latinMarksByChinese,
  mainlandWords,
  withChineseValues,
} from '../support/chinese-typography.ts';
import { loadDerive, loadModel, readContent, readSource } from '../support/load-content.ts';
import { localizeUiStrings, uiWordingSchema, wordingOf } from '../../src/lib/convert/ui-wording.ts';
import { single } from '../../src/lib/content-files.ts';

const model = loadModel();
const source = readSource().replace(/\s+/g, '');
const HAN_EDITIONS: Locale[] = [SOURCE_LOCALE, ...DERIVED_LOCALES];

/** Every string of a resource tree, with its key. */
function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v]] : strings(v as object, `${prefix}${k}.`),
  );
}

/** The strings (labelled) whose Latin marks stand next to Chinese characters, with those marks. */
function offending(labelled: [string, string][]): string[] {
  return labelled.flatMap(([label, text]) =>
    latinMarksByChinese(text).map((h) => `${label}: «${h.mark}» in «${h.context}»`),
  );
}

describe("the site's own Chinese writes full-width punctuation next to Chinese characters", () => {
  for (const locale of HAN_EDITIONS) {
    const derived = locale !== SOURCE_LOCALE;

    it(`${locale}: UI strings (a {{value}} counted as Chinese)`, () => {
      const ui = strings(resources[locale]).map(
        ([k, v]) => [k, withChineseValues(v)] as [string, string],
      );
      expect(ui.length).toBeGreaterThan(200);
      expect(offending(ui)).toEqual([]);
    });

    it(`${locale}: translator's notes and the targets' labels`, () => {
      expect(
        offending([
          ...model.notes.map((n): [string, string] => [`note ${n.id}`, n[locale]]),
          ...model.targets.map((x): [string, string] => [`target ${x.id}`, x.label[locale]]),
        ]),
      ).toEqual([]);
    });

    it(`${locale}: the glossary's kinds, and its names where they are the site's own`, () => {
      // A name the source writes (各区、县(市)政府) is the plan's: the Simplified edition keeps it.
      const own = (zh: string) => derived || !source.includes(zh.replace(/\s+/g, ''));
      const names: [string, string][] = [
        ...model.bodies.flatMap((b): [string, string][] => [
          [`body ${b.id} kind`, b.kind[locale]],
          ...(own(b.name.zh) ? [[`body ${b.id} name`, b.name[locale]] as [string, string]] : []),
          ...(b.fullName && own(b.fullName.zh)
            ? [[`body ${b.id} fullName`, b.fullName[locale]] as [string, string]]
            : []),
        ]),
        ...[...model.places, ...model.topics]
          .filter((x) => own(x.name.zh))
          .map((x): [string, string] => [`${x.id} name`, x.name[locale]]),
        ...model.terms.filter((x) => own(x.zh)).map((x): [string, string] => [x.id, x[locale]]),
      ];
      expect(offending(names)).toEqual([]);
    });
  }

  it('the names the Simplified edition keeps as the source writes them are few and are the source’s', () => {
    // The exemption above is not a loophole: only names the source writes with a Latin mark.
    const kept = model.bodies
      .map((b) => b.name.zh)
      .filter((zh) => latinMarksByChinese(zh).length > 0);
    for (const zh of kept) expect(source).toContain(zh);
  });
});

describe('the Traditional UI speaks as Taiwan and Hong Kong readers do', () => {
  for (const locale of DERIVED_LOCALES) {
    it(`${locale}: no mainland UI word (搜索, 鏈接, 數據, 掃碼, 二維碼, 回車, 查找, 在線, 單元格, 信息, 台賬)`, () => {
      const found = strings(resources[locale]).flatMap(([k, v]) =>
        mainlandWords(v).map((w) => `${k}: ${w.word} in «${v}»`),
      );
      expect(found).toEqual([]);
    });
  }
});

describe('the reviewed UI wording (content/ui-wording.yaml)', () => {
  const HANT = 'zh-hant' as const;
  const derive = loadDerive();
  const w = (from: string, to: string, key?: string) => ({
    from,
    to,
    why: 'test',
    ...(key ? { key } : {}),
  });
  const strings = {
    search: { title: '搜索', hint: '按回车打开。', results_other: '找到 {{count}} 条结果' },
    share: { copy: '复制链接', qr: '扫码阅读本条' },
  };
  const reword = (entries: ReturnType<typeof w>[]) =>
    localizeUiStrings(strings, HANT, entries, derive);

  it('is read as the build reads it, for the generated editions only', () => {
    const table = wordingOf(single(readContent, 'uiWording'));
    expect(Object.keys(table)).toEqual([...DERIVED_LOCALES]);
    expect(table[HANT].map((e) => e.from)).toEqual(
      expect.arrayContaining(['搜索', '链接', '文件信息', '数据', '扫码阅读', '二维码']),
    );
    expect(() => wordingOf(uiWordingSchema.parse({ id: 'document', fr: [w('a', 'b')] }))).toThrow(
      /content\/ui-wording\.yaml: fr: is not a generated edition/,
    );
  });

  it('replaces the words of the Simplified string in its conversion, a keyed entry in its string only', () => {
    const out = reword([
      w('搜索', '搜尋'),
      w('链接', '連結'),
      w('扫码阅读', '掃描 QR Code 閱讀', 'share.qr'),
      w('按回车打开', '按 Enter 鍵開啟', 'search.hint'),
      w('条结果', '筆結果', 'search.results'),
    ]);
    expect(out).toEqual({
      search: { title: '搜尋', hint: '按 Enter 鍵開啟。', results_other: '找到 {{count}} 筆結果' },
      share: { copy: '複製連結', qr: '掃描 QR Code 閱讀本條' },
    });
    // Without entries: the conversion alone.
    expect(reword([]).share.copy).toBe('複製鏈接');
  });

  it('refuses a stale entry, an unknown key, a needless entry, a Simplified `to`, an entry twice', () => {
    expect(() => reword([w('台账', '一覽表')])).toThrow(
      /content\/ui-wording\.yaml: zh-hant\[0\] \(台账\): "台账" is in no UI string .*stale/,
    );
    expect(() => reword([w('扫码', '掃描', 'share.copy')])).toThrow(
      /in no UI string of share\.copy/,
    );
    expect(() => reword([w('搜索', '搜尋', 'search.nope')])).toThrow(
      /"search\.nope" is no UI string/,
    );
    expect(() => reword([w('复制', '複製')])).toThrow(/what the conversion writes already/);
    expect(() => reword([w('搜索', '搜寻')])).toThrow(/not in the edition's characters/);
    expect(() => reword([w('搜索', '搜尋'), w('搜索', '搜尋')])).toThrow(/is written twice/);
  });

  it('leaves the plan’s own words alone: only the UI strings are reworded', () => {
    const hant = model.provisions.flatMap((p) => p.paragraphs[HANT]).join('');
    expect(hant).toContain('大數據');
    expect(hant).not.toContain('大資料');
  });
});
