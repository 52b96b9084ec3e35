/**
 * What every page's frame (layouts/Base.astro) shows around the page's own content, the same on
 * every page of an edition: the statement of what the edition is, at the top of the screen and
 * of paper copies (an independent reading edition, not published by the government; the issued
 * document is authoritative; for a generated edition that it is converted by machine, for a
 * translation that it is unofficial and when it was last revised), and the line printed at the
 * top of paper copies (the document's issuer, title and number). The PDFs print the same
 * statement (`statementLine`) and, on their covers, the complete one the About page opens with
 * (`fullStatement`). The words are UI strings (statement.*, about.*). Pure: tested without Astro.
 */
import { edition, isTranslation, type Locale } from '../editions.ts';
import { formatDate, type Translate } from '../i18n.ts';
import type { PlanModel } from '../model/model.ts';
import { translationRevised } from '../model/queries.ts';
import type { Localized } from '../model/schema.ts';
import { paths } from '../routes.ts';
import { plainText, richText, type RichSpan, type RichText } from './rich-text.ts';

export interface PrintHeaderData {
  issuer: string;
  title: string;
  /** the document, for its number as the edition cites it (components/DocNumber.astro) */
  doc: { number: Localized };
}

/** The kinds of edition, each with its own statement: the source's text, one generated from it, a translation. */
export type EditionKind = 'source' | 'derived' | 'translation';

export function editionKind(locale: Locale): EditionKind {
  if (isTranslation(locale)) return 'translation';
  return edition(locale).derivedFrom ? 'derived' : 'source';
}

/** The anchor of the About page's changelog: a translation's "revised" date links to it. */
export const CHANGES_ANCHOR = 'changes';

export interface StatementData {
  /** what the edition is, in its own words; the edition's name links to its About page */
  text: RichText;
  /** a translation's: "revised 4 December 2026", linking to the About page's changelog */
  revised?: RichSpan | undefined;
  /** the same in a few words, for a phone's first screen (elder.statement.*): the edition's name linking to its About page */
  short: RichText;
}

export interface PageFrame {
  printHeader: PrintHeaderData;
  /** every edition's, on every page */
  statement: StatementData;
}

/** What an edition is, in its own words (without a translation's date): the edition's name links to its About page. */
export function statementWords(locale: Locale, t: Translate): RichText {
  return richText(
    t,
    `statement.${editionKind(locale)}`,
    {},
    { name: { text: t('statement.name'), href: paths.about(locale) } },
  );
}

/** The statement of an edition: on every page, on screen and on paper, and in the footer of its PDF. */
export function editionStatement(
  model: Pick<PlanModel, 'document'>,
  locale: Locale,
  t: Translate,
): StatementData {
  const revised = translationRevised(model, locale);
  return {
    text: statementWords(locale, t),
    short: richText(
      t,
      `elder.statement.${editionKind(locale)}`,
      {},
      { name: { text: t('statement.name'), href: paths.about(locale) } },
    ),
    revised: revised
      ? {
          text: t('translation.revised', { date: formatDate(revised, locale) }),
          href: paths.about(locale, CHANGES_ANCHOR),
        }
      : undefined,
  };
}

export function pageFrame(model: PlanModel, locale: Locale, t: Translate): PageFrame {
  const doc = model.document;
  return {
    printHeader: { issuer: doc.issuer[locale], title: doc.title[locale], doc },
    statement: editionStatement(model, locale, t),
  };
}

/** The statement as one line of plain text (the PDFs' footers): what the page shows, without its links. */
export function statementLine(statement: StatementData): string {
  const text = plainText(statement.text);
  return statement.revised ? `${text} · ${statement.revised.text}` : text;
}

/**
 * The complete statement, in one edition's words: what the site is, then what each of the
 * given editions is (the About page: every edition; a PDF's cover: the editions it holds).
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
