/**
 * The About page of an edition (/{edition}/about/): what the site is (the complete statement the
 * page frame and the PDFs shorten: route-data/frame.ts), then five parts, each a section with its
 * heading and anchor:
 *   source       where the Chinese text comes from (the seeds/ copy, read: model/source.ts) and
 *                that no official web copy is linked, as none has been verified;
 *   translation  how the English was made and reviewed (the independent reviews of
 *                content/changelog.yaml: dates, findings, grades, what was done);
 *   conversion   how the Traditional edition is made (editions.ts: OpenCC, the quotation marks)
 *                and every reviewed override of content/conversion.yaml with its reason;
 *   changes      the dated revisions of each edition (content/changelog.yaml), newest first: a
 *                translation's "revised" date links here;
 *   licence      the licences (site.ts) and where to report an error (REPORT_URL), or that no
 *                address is set up.
 * Every word is a UI string or content: the Traditional page's come from the Simplified through
 * the edition's conversion. Rendered by src/pages/[locale]/about.astro. Pure: tested without Astro.
 */
import type { Override } from '../convert/derive.ts';
import {
  DERIVED_LOCALES,
  LOCALES,
  edition,
  isTranslation,
  type DerivedLocale,
  type Locale,
} from '../editions.ts';
import { formatDate, type Translate } from '../i18n.ts';
import type { Changelog, Review } from '../model/changelog.ts';
import type { PlanModel } from '../model/model.ts';
import type { SourceCopy } from '../model/source.ts';
import { paths } from '../routes.ts';
import { LICENCES } from '../site.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';
import { CHANGES_ANCHOR, editionKind, fullStatement } from './frame.ts';
import { richText, type RichText } from './rich-text.ts';

/** The five parts of the page, in order: each a section whose id is its anchor. */
export const ABOUT_SECTIONS = [
  'source',
  'translation',
  'conversion',
  'changes',
  'licence',
] as const;
export type AboutSectionId = (typeof ABOUT_SECTIONS)[number];

/** The anchor of the error reports, inside the licence part. */
export const REPORT_ANCHOR = 'report';

/** Where the review dispositions are kept (docs/ is not built: the page names the file). */
export const DISPOSITIONS_FILE = 'docs/translation-review.md';

/** The language the reviewers' reasons for the overrides are written in (content/conversion.yaml, `why`). */
const REASONS_LANG = 'en';

/** What the page is built from besides the plan: the changelog, the overrides, the source copy, the report address. */
export interface AboutSources {
  /** content/changelog.yaml, in every edition */
  changelog: Changelog;
  /** content/conversion.yaml, checked: the overrides of each generated edition */
  overrides: Readonly<Partial<Record<DerivedLocale, readonly Override[]>>>;
  /** the source copy in seeds/, as read */
  source: SourceCopy;
  /** where readers report an error (site.ts, REPORT_URL), if configured */
  report?: string | undefined;
}

export interface AboutSection<Id extends AboutSectionId = AboutSectionId> {
  id: Id;
  heading: string;
}

export interface ReviewView {
  id: string;
  date: string;
  dateText: string;
  /** what it read, what it found, its grade and what was done, in one paragraph */
  text: string;
}

export interface OverrideRow {
  /** the Simplified, as the source writes it */
  from: string;
  /** what the generated edition writes */
  to: string;
  why: string;
}

export interface ConversionView {
  /** the generated edition */
  locale: DerivedLocale;
  /** its method: the converter, what it converts */
  paragraphs: string[];
  overridesIntro: string;
  caption: string;
  headers: { from: string; to: string; why: string };
  /** the languages of the columns: the source's, the edition's, the reasons' (when not the page's) */
  langs: { from: string; to: string; why?: string | undefined };
  rows: OverrideRow[];
  /** what the build checks, and who reviewed the conversion */
  after: string[];
}

export interface ChangeEntry {
  date: string;
  dateText: string;
  items: {
    edition: Locale;
    /** the edition's name in the page's words: 英文版, Traditional Chinese */
    label: string;
    text: string;
    /** "(after the independent review of 4 December 2026)" */
    review?: string | undefined;
  }[];
}

export interface AboutPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  /** the complete statement: the site, then every edition */
  statement: string[];
  source: AboutSection<'source'> & { paragraphs: string[] };
  translation: AboutSection<'translation'> & {
    paragraphs: string[];
    reviewsIntro: string;
    reviews: ReviewView[];
    dispositions: string;
  };
  conversion: AboutSection<'conversion'> & { editions: ConversionView[] };
  changes: AboutSection<'changes'> & { intro: string; entries: ChangeEntry[] };
  licence: AboutSection<'licence'> & {
    paragraphs: RichText[];
    report: { id: string; heading: string; text: RichText; configured: boolean };
  };
}

/** How a report address reads on the page: the e-mail address, or the URL without its scheme. */
export function reportAddressText(url: string): string {
  return url.startsWith('mailto:')
    ? decodeURIComponent(url.slice('mailto:'.length).split('?')[0] ?? '')
    : url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function section<Id extends AboutSectionId>(id: Id, t: Translate): AboutSection<Id> {
  return { id, heading: t(`about.sections.${id}`) };
}

function reviewView(review: Review, locale: Locale, t: Translate): ReviewView {
  const { critical, major, minor, style } = review.findings;
  const count = critical + major + minor + style;
  return {
    id: review.id,
    date: review.date,
    dateText: formatDate(review.date, locale),
    text: t('about.translation.review', {
      scope: review.scope[locale],
      findings: t('about.translation.findings', { count, critical, major, minor, style }),
      grade: review.grade,
      outcome: review.outcome[locale],
    }),
  };
}

function conversionView(
  derived: DerivedLocale,
  overrides: readonly Override[],
  reviews: readonly Review[],
  locale: Locale,
  t: Translate,
): ConversionView {
  const from = edition(derived).derivedFrom!;
  const quotes = [...new Set(Object.values(from.punctuation ?? {}))].join('');
  const again = reviews.filter((r) => r.editions.includes(derived));
  return {
    locale: derived,
    paragraphs: [
      t('about.conversion.method', { from: from.opencc.from, to: from.opencc.to, quotes }),
      t('about.conversion.what'),
    ],
    overridesIntro: t('about.conversion.overrides', { count: overrides.length }),
    caption: t('about.conversion.caption'),
    headers: {
      from: t('about.conversion.from'),
      to: t('about.conversion.to'),
      why: t('about.conversion.why'),
    },
    langs: {
      from: edition(from.edition as Locale).htmlLang,
      to: edition(derived).htmlLang,
      why: edition(locale).htmlLang === REASONS_LANG ? undefined : REASONS_LANG,
    },
    rows: overrides.map((o) => ({ from: o.from, to: o.to, why: o.why })),
    after: [
      t('about.conversion.checks'),
      t('about.conversion.review'),
      ...(again.length > 0
        ? [
            t('about.conversion.reviewedAgain', {
              dates: again.map((r) => formatDate(r.date, locale)).join(t('list.separator')),
            }),
          ]
        : []),
    ],
  };
}

/** The changes, one entry per date (newest first, as the file lists them), each edition's change under it. */
function changeEntries(changelog: Changelog, locale: Locale, t: Translate): ChangeEntry[] {
  const reviewDate = new Map(changelog.reviews.map((r) => [r.id, r.date]));
  const entries: ChangeEntry[] = [];
  for (const change of changelog.changes) {
    let entry = entries.at(-1);
    if (entry?.date !== change.date) {
      entry = { date: change.date, dateText: formatDate(change.date, locale), items: [] };
      entries.push(entry);
    }
    const review = change.review === undefined ? undefined : reviewDate.get(change.review);
    entry.items.push({
      edition: change.edition,
      label: t(`about.editionNames.${editionKind(change.edition)}`),
      text: change.text[locale],
      review: review ? t('about.changes.review', { date: formatDate(review, locale) }) : undefined,
    });
  }
  // Within a date, the editions in their declared order (the source first).
  for (const entry of entries)
    entry.items.sort((a, b) => LOCALES.indexOf(a.edition) - LOCALES.indexOf(b.edition));
  return entries;
}

export function aboutPageData(
  model: PlanModel,
  locale: Locale,
  t: Translate,
  sources: AboutSources,
): AboutPageData {
  const doc = model.document;
  const title = t('about.title');
  const { changelog, source, report } = sources;
  const translated = changelog.reviews.filter((r) => r.editions.some(isTranslation));
  return {
    title,
    description: t('about.description', { title: doc.title[locale] }),
    path: paths.about(locale),
    breadcrumbs: breadcrumbs(locale, t, { label: title }),
    statement: fullStatement(model, locale, t, LOCALES),
    source: {
      ...section('source', t),
      paragraphs: [
        t('about.source.copy', { file: source.file }),
        ...(source.address ? [t('about.source.page', { address: source.address })] : []),
        t('about.source.check'),
        t('about.source.official'),
      ],
    },
    translation: {
      ...section('translation', t),
      paragraphs: [
        t('about.translation.made', { notes: model.notes.length }),
        t('about.translation.second'),
      ],
      reviewsIntro: t('about.translation.reviews', { count: translated.length }),
      // Oldest first: the story of the translation.
      reviews: translated
        .map((r) => reviewView(r, locale, t))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      dispositions: t('about.translation.dispositions', { file: DISPOSITIONS_FILE }),
    },
    conversion: {
      ...section('conversion', t),
      editions: DERIVED_LOCALES.map((derived) =>
        conversionView(derived, sources.overrides[derived] ?? [], changelog.reviews, locale, t),
      ),
    },
    changes: {
      ...section(CHANGES_ANCHOR, t),
      intro: t('about.changes.intro'),
      entries: changeEntries(changelog, locale, t),
    },
    licence: {
      ...section('licence', t),
      paragraphs: [
        [t('about.licence.plan', { issuer: doc.issuer[locale] })],
        richText(
          t,
          'about.licence.content',
          {},
          {
            licence: {
              text: t('about.licence.contentName'),
              href: LICENCES.content.url,
              rel: 'license',
            },
          },
        ),
        richText(
          t,
          'about.licence.code',
          {},
          { licence: { text: t('about.licence.codeName'), href: LICENCES.code.url } },
        ),
      ],
      report: {
        id: REPORT_ANCHOR,
        heading: t('about.licence.report'),
        configured: report !== undefined,
        text: report
          ? richText(
              t,
              'about.licence.reportTo',
              {},
              { address: { text: reportAddressText(report), href: report } },
            )
          : [t('about.licence.reportNone')],
      },
    },
  };
}
