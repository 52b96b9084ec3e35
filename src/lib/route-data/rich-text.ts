/**
 * A sentence of the UI strings with links (or other marked runs) inside it: the sentence is one
 * string to translate, `{{name}}` where a link goes, and the parts come out in the sentence's
 * order, so that each edition places its links where its grammar wants them. Pure.
 */
import type { Translate, UiKey } from '../i18n.ts';

/** A run of a sentence set apart: a link (a site path, or an absolute URL outside the site), or text in another language. */
export interface RichSpan {
  text: string;
  /** a site path without the base path (/zh/about/), or an absolute URL (https:, mailto:) */
  href?: string | undefined;
  /** the language of the run, when it is not the page's */
  lang?: string | undefined;
  /** rel of a link outside the site (license) */
  rel?: string | undefined;
}

export type RichText = (string | RichSpan)[];

const MARK = '\u0000';

/** `t(key, values)` with the values named in `spans` as set-apart runs. */
export function richText(
  t: Translate,
  key: UiKey,
  values: Record<string, string | number>,
  spans: Record<string, RichSpan>,
): RichText {
  const names = Object.keys(spans);
  const marked = Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`]));
  return t(key, { ...values, ...marked })
    .split(MARK)
    .flatMap((piece, i): RichText => {
      if (i % 2 === 0) return piece ? [piece] : [];
      return [spans[names[Number(piece)]!]!];
    });
}

/** The sentence as plain text (the PDFs, the page's description). */
export function plainText(rich: RichText): string {
  return rich.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/** Whether a link leads outside the site (an absolute URL). */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href);
}
