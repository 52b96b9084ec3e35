/**
 * A text (a provision's or a section's) in every edition, from its files: the written editions'
 * twins, the generated editions' converted from their source's, paired paragraph by paragraph
 * and sentence by sentence. Each rule a twin must keep fails the build naming the file.
 */
import {
  LOCALES,
  SOURCE_LOCALE,
  WRITTEN_LOCALES,
  edition,
  isTranslation,
  perEdition,
  type DerivedLocale,
  type Locale,
  type WrittenLocale,
} from '../editions.ts';
import { ContentError } from './errors.ts';
import { groupDigits } from './format.ts';
import type { Derive, Localized } from './localize.ts';
import { chineseSentences, markdownParagraphs, paragraphLines, paragraphsOf } from './text.ts';

/** A paragraph longer than this is a content error (a pasted file, a lost line break), not text. */
export const MAX_PARAGRAPH_CHARS = 5000;

export interface TextFile {
  locale: WrittenLocale;
  id: string;
  title?: string | undefined;
  body: string;
  /** Path of the file, for error messages. */
  file: string;
}

export interface PairedText {
  title?: Localized | undefined;
  /** Plain-text paragraphs, paired by index across the editions. */
  paragraphs: Localized<string[]>;
  /** The same paragraphs as one-line Markdown (emphasis kept). */
  markdown: Localized<string[]>;
  /** Per paragraph, its sentences: sentence [p][s] of every edition renders sentence [p][s] of the source. */
  sentences: Localized<string[][]>;
}

/** Finds and pairs texts by id among the written files. */
export function textPairer(files: readonly TextFile[], derive: Derive) {
  const byKey = new Map(files.map((f) => [`${f.locale}/${f.id}`, f]));
  return (id: string, needsTitle: boolean, owner: string): PairedText => {
    const found = writtenTwins(byKey, id, needsTitle, owner);
    const all = withGenerated(found, derive);
    const paragraphs = perEdition((l) => paragraphsOf(all[l].body));
    checkParagraphs(all, paragraphs);
    const markdown = perEdition((l) => markdownParagraphs(all[l].body));
    checkMarkup(found, markdown);
    // A translation keeps the source's sentences: line N of a paragraph translates sentence N.
    // The source and the editions generated from it are cut at 。；！？ (a conversion keeps them).
    const sentences = perEdition((l) =>
      isTranslation(l) ? paragraphLines(all[l].body) : markdown[l].map(chineseSentences),
    );
    checkSentences(all, sentences);
    const title = found[SOURCE_LOCALE].title ? perEdition((l) => all[l].title!) : undefined;
    return { title, paragraphs, markdown, sentences };
  };
}

/** The text's file in each written edition; a missing twin or title fails. */
function writtenTwins(
  byKey: Map<string, TextFile>,
  id: string,
  needsTitle: boolean,
  owner: string,
): Record<WrittenLocale, TextFile> {
  const found = Object.fromEntries(
    WRITTEN_LOCALES.map((locale) => {
      const text = byKey.get(`${locale}/${id}`);
      if (!text)
        throw new ContentError(
          `content/plan/${locale}/${id}.mdx`,
          '(file)',
          `is missing: ${owner} needs its ${edition(locale).name} text`,
        );
      if (needsTitle && !text.title)
        throw new ContentError(text.file, 'title', 'is required for a provision');
      return [locale, text];
    }),
  ) as Record<WrittenLocale, TextFile>;
  const source = found[SOURCE_LOCALE];
  for (const locale of WRITTEN_LOCALES) {
    if (!!found[locale].title !== !!source.title)
      throw new ContentError(
        (source.title ? found[locale] : source).file,
        'title',
        'is missing while its twin has one',
      );
  }
  return found;
}

/** Every edition's file: a generated edition's is its source's, converted (errors still name the source file). */
function withGenerated(
  found: Record<WrittenLocale, TextFile>,
  derive: Derive,
): Record<Locale, TextFile> {
  return perEdition((locale): TextFile => {
    const from = edition(locale).derivedFrom;
    if (!from) return found[locale as WrittenLocale];
    const source = found[from.edition as WrittenLocale];
    const convert = (text: string) => derive(locale as DerivedLocale, text);
    return {
      ...source,
      title: source.title === undefined ? undefined : convert(source.title),
      body: convert(source.body),
    };
  });
}

/** Each edition has the source's number of paragraphs, none empty or overlong. */
function checkParagraphs(files: Record<Locale, TextFile>, paragraphs: Localized<string[]>) {
  for (const locale of LOCALES) {
    if (paragraphs[locale].length === 0)
      throw new ContentError(files[locale].file, '(body)', 'is empty');
    paragraphs[locale].forEach((paragraph, i) => {
      if (paragraph.length > MAX_PARAGRAPH_CHARS) {
        throw new ContentError(
          files[locale].file,
          `paragraph ${i + 1}`,
          `has ${groupDigits(paragraph.length)} characters; a paragraph may have at most ${groupDigits(MAX_PARAGRAPH_CHARS)} (the plan's longest has about 1,250)`,
        );
      }
    });
    if (paragraphs[locale].length !== paragraphs[SOURCE_LOCALE].length) {
      throw new ContentError(
        files[locale].file,
        '(body)',
        `has ${paragraphs[locale].length} paragraphs but its Chinese twin has ${paragraphs[SOURCE_LOCALE].length}: paragraphs are paired one to one`,
      );
    }
  }
}

/**
 * The pages render the paragraphs themselves (components/PlanText.astro): plain text with
 * *emphasis*. MDX expressions and HTML would be shown as text, so they are refused here.
 */
function checkMarkup(found: Record<WrittenLocale, TextFile>, markdown: Localized<string[]>) {
  for (const locale of WRITTEN_LOCALES) {
    markdown[locale].forEach((paragraph, i) => {
      const syntax = paragraph.match(/[<>{}]|\[[^\]]*\]\([^)]*\)/)?.[0];
      if (syntax)
        throw new ContentError(
          found[locale].file,
          `paragraph ${i + 1}`,
          `holds "${syntax}": a plan text is plain paragraphs with *emphasis*; MDX expressions, HTML and links are not allowed`,
        );
    });
  }
}

/** Each paragraph of each edition has as many sentences as the source's. */
function checkSentences(files: Record<Locale, TextFile>, sentences: Localized<string[][]>) {
  for (const locale of LOCALES) {
    sentences[SOURCE_LOCALE].forEach((zh, i) => {
      const other = sentences[locale][i] ?? [];
      if (other.length !== zh.length) {
        throw new ContentError(
          files[locale].file,
          `paragraph ${i + 1}`,
          `has ${other.length} sentence line(s) but its Chinese paragraph has ${zh.length} sentence(s): put the translation of each Chinese sentence on a line of its own, in order`,
        );
      }
    });
  }
}
