/**
 * What the tests look for in the site's Chinese, written here rather than asked of the code under
 * test (src/lib/convert/derive.ts):
 * - Latin punctuation , ; : ( ) ? ! standing next to a Chinese character (the nearest character on
 *   either side, across spaces and tabs but not across a line break): Chinese text, in Taiwan and
 *   Hong Kong as in the mainland's own typography, writes them full width (，；：（）？！). Between
 *   Latin letters and digits they stay (5G, (2018–2020), a URL).
 * - Mainland UI wording a Taiwan or Hong Kong reader notices (review of 2026-12-04, T-6), as the
 *   Traditional conversion writes it.
 */

/** A Chinese character or a mark of Chinese text: Han, CJK punctuation (、。「」《》〔〕), full-width forms (，（）). */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const MARK = /[,;:()?!]/;
/** Skipped when looking for a mark's neighbour: spaces, not line breaks (blocks of a page are separate lines). */
const SPACE = /[ \t\u00a0]/;

export interface MarkHit {
  /** the Latin mark */
  mark: string;
  at: number;
  /** the text around it, for the report */
  context: string;
}

/** Every Latin , ; : ( ) ? ! of a text whose nearest neighbour on either side is a Chinese character. */
export function latinMarksByChinese(text: string): MarkHit[] {
  const chars = [...text];
  const neighbour = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < chars.length; j += step) {
      if (!SPACE.test(chars[j]!)) return chars[j]!;
    }
    return '';
  };
  const hits: MarkHit[] = [];
  chars.forEach((c, i) => {
    if (!MARK.test(c)) return;
    if (CJK.test(neighbour(i, -1)) || CJK.test(neighbour(i, 1)))
      hits.push({
        mark: c,
        at: i,
        context: chars.slice(Math.max(0, i - 12), i + 13).join(''),
      });
  });
  return hits;
}

/**
 * The mainland UI words of the review (T-6), in the Traditional characters the conversion writes
 * them in. 搜索 (TW 搜尋), 鏈接 (連結), 數據 (資料), 掃碼 and 二維碼 (掃描 QR Code), 回車 (Enter
 * 鍵), 查找 (尋找), 在線 (線上), 單元格 (儲存格), 信息 (資訊, as in 文件資訊), 台賬 (一覽表).
 */
export const MAINLAND_UI_WORDS = [
  '搜索',
  '鏈接',
  '數據',
  '掃碼',
  '二維碼',
  '回車',
  '查找',
  '在線',
  '單元格',
  '信息',
  '台賬',
] as const;

/** The mainland words a text holds, each with its place. */
export function mainlandWords(text: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const word of MAINLAND_UI_WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      out.push({ word, at });
  }
  return out;
}

/** UI templates with each {{placeholder}} as a Chinese character: what a value may put beside the template's marks. */
export const withChineseValues = (template: string) =>
  template.replace(/\{\{\s*[\w.]+\s*\}\}/g, '字');
