/**
 * content/changelog.yaml: the record of the editions. The independent reviews of the translation
 * and the Traditional conversion (their dates, what they read, their findings and grades, what
 * was done), and the dated revisions of each edition. The About page shows it
 * (route-data/about.ts); a translation's "revised" date (content/document.yaml) must be the date
 * of its latest revision here, checked at every build. Pure: the file is read by the content
 * layer (src/content.config.ts) or the tests' loader and passed in.
 */
import { z } from 'astro/zod';
import { LOCALES, isTranslation, type Locale } from '../editions.ts';
import { ContentError } from './errors.ts';
import type { Localize } from './localize.ts';
import { written } from './schema.ts';

export const CHANGELOG_FILE = 'content/changelog.yaml';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const count = z.number().int().min(0);
const editionId = z.enum(LOCALES as [Locale, ...Locale[]]);

/** An independent review: when, what it read, what it found, its grade and what was done with its findings. */
export const reviewSchema = z.strictObject({
  /** how a change names the review it answers: its date */
  id: z.string().min(1),
  date,
  /** the editions whose text it read */
  editions: z.array(editionId).min(1),
  /** what it read, in a phrase */
  scope: written,
  findings: z.strictObject({ critical: count, major: count, minor: count, style: count }),
  /** the reviewer's grade of the translation, as the review gives it (B+, A−) */
  grade: z.string().trim().min(1),
  /** what was done with the findings, in a sentence or two */
  outcome: written,
});

/** A revision of one edition: its date, what changed, and the review it answers, if any. */
export const changeSchema = z.strictObject({
  date,
  edition: editionId,
  /** the id of the review (reviews[].id) the change answers */
  review: z.string().min(1).optional(),
  text: written,
});

export const changelogSchema = z.strictObject({
  id: z.literal('document'),
  reviews: z.array(reviewSchema),
  /** newest first */
  changes: z.array(changeSchema).min(1),
});

export type ChangelogFacts = z.infer<typeof changelogSchema>;
/** The changelog with its texts in every edition (the generated editions' converted: model/localize.ts). */
export type Changelog = Localize<ChangelogFacts>;
export type Review = Changelog['reviews'][number];
export type Change = Changelog['changes'][number];

/**
 * What the schema cannot see: the changes newest first, each review a change names exists, and
 * every translation's "revised" date (content/document.yaml) is its latest change's.
 */
export function checkChangelog(
  changelog: ChangelogFacts,
  document: { translations?: Readonly<Record<string, { revised: string }>> | undefined },
  file = CHANGELOG_FILE,
): void {
  const reviews = new Set(changelog.reviews.map((r) => r.id));
  changelog.changes.forEach((change, i) => {
    const before = changelog.changes[i - 1];
    if (before && before.date < change.date)
      throw new ContentError(
        file,
        `changes[${i}].date`,
        `${change.date} comes after ${before.date}: the changes are listed newest first`,
      );
    if (change.review !== undefined && !reviews.has(change.review))
      throw new ContentError(
        file,
        `changes[${i}].review`,
        `"${change.review}" is no review of the file (${[...reviews].join(', ')})`,
      );
  });
  for (const locale of LOCALES.filter(isTranslation)) {
    const revised = document.translations?.[locale]?.revised;
    const latest = changelog.changes.find((c) => c.edition === locale)?.date;
    if (revised !== latest)
      throw new ContentError(
        file,
        'changes',
        `the latest change of the ${locale} edition is ${latest ?? 'missing'}, but content/document.yaml says it was revised ${revised ?? '(no date)'}: add the change, or correct translations.${locale}.revised`,
      );
  }
}
