/**
 * What every page's frame (layouts/Base.astro) shows around the page's own content, the same on
 * every page of an edition: the line printed at the top of paper copies (the document's issuer,
 * title and number), and on a translation's pages the statement that it is unofficial, where to
 * read it beside the original, and when it was last revised. Pure: tested without Astro.
 */
import { edition, isTranslation, type Locale } from '../editions.ts';
import { formatDate, type Translate } from '../i18n.ts';
import type { PlanModel } from '../model/model.ts';
import { translationRevised } from '../model/queries.ts';
import type { Localized } from '../model/schema.ts';
import { paths } from '../routes.ts';

export interface PrintHeaderData {
  issuer: string;
  title: string;
  /** the document, for its number as the edition cites it (components/DocNumber.astro) */
  doc: { number: Localized };
}

export interface TranslationStatementData {
  unofficial: string;
  authoritative: string;
  sideBySide: { label: string; path: string };
  /** "revised 1 May 2026", when the content says */
  revised?: string | undefined;
}

export interface PageFrame {
  printHeader: PrintHeaderData;
  /** on a translation's pages only */
  translationStatement?: TranslationStatementData | undefined;
}

export function pageFrame(model: PlanModel, locale: Locale, t: Translate): PageFrame {
  const doc = model.document;
  const revised = translationRevised(model, locale);
  return {
    printHeader: { issuer: doc.issuer[locale], title: doc.title[locale], doc },
    translationStatement: isTranslation(locale)
      ? {
          unofficial: t('translation.unofficial'),
          authoritative: t('translation.authoritative'),
          sideBySide: { label: t('translation.sideBySide'), path: paths.parallel(locale) },
          revised: revised
            ? t('translation.revised', { date: formatDate(revised, locale) })
            : undefined,
        }
      : undefined,
  };
}

/** The statement as one line of plain text (the PDFs' cover and footers): what the page shows, without its link. */
export function statementLine(statement: TranslationStatementData): string {
  return `${statement.unofficial} ${statement.authoritative}${statement.revised ? ` · ${statement.revised}` : ''}`;
}

/** The kinds of edition, each with its own statement: the source's text, one generated from it, a translation. */
export type EditionKind = 'source' | 'derived' | 'translation';

export function editionKind(locale: Locale): EditionKind {
  if (isTranslation(locale)) return 'translation';
  return edition(locale).derivedFrom ? 'derived' : 'source';
}

/** The anchor of the About page's changelog. */
export const CHANGES_ANCHOR = 'changes';

/**
 * The complete statement, in one edition's words: what the site is, then what each of the
 * given editions is (the About page: every edition).
 */
export function fullStatement(
  model: Pick<PlanModel, 'document'>,
  locale: Locale,
  t: Translate,
  editions: readonly Locale[],
): string[] {
  const doc = model.document;
  return [
    t('about.intro', {
      issuer: doc.issuer[locale],
      title: doc.title[locale],
      date: formatDate(doc.issued, locale),
    }),
    ...[...new Set(editions.map(editionKind))].map((kind) => t(`about.editions.${kind}`)),
  ];
}
