/**
 * The targets: the ledger of the plan's quantitative commitments as a table (each target's
 * commitment, amount in the edition's words, year, source and translator's note), shown on the
 * targets page (/{edition}/targets/, targetsPageData) and on the home page; rendered by
 * components/TargetsLedger.astro. Pure: tested without Astro.
 */
import { isTranslation, type Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { formatAmount } from '../model/format.ts';
import { outlineHeading, provisionLabel } from '../model/labels.ts';
import type { PlanModel } from '../model/model.ts';
import type { Target } from '../model/schema.ts';
import { parseProvisionId } from '../model/provision-id.ts';
import { branchOfText, targetsTextId } from '../model/queries.ts';
import { paths } from '../routes.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';
import { notePath, textView, type ParagraphView } from './text.ts';

export interface TargetRow {
  id: string;
  commitment: string;
  /** the amount in the edition's words; for a deadline (unit year), "not quantified": its value is the year */
  amount: string;
  /** the year it is due (a deadline's own value), "every year", or "not stated" (the source gives none) */
  year: string;
  /** the provision or section that sets it */
  source: { label: string; path: string };
  /** its translator's note, in a translation only (the notes are on the translation's pages) */
  note?: { id: string; label: string; path: string } | undefined;
}

export interface TargetsLedgerData {
  caption: string;
  headers: { commitment: string; amount: string; year: string; source: string };
  /** each value's label on a phone, where the row is a block: with the edition's colon */
  labels: { amount: string; year: string; source: string };
  /** the targets, in content/targets.yaml's order */
  rows: TargetRow[];
}

export function targetsLedger(model: PlanModel, locale: Locale, t: Translate): TargetsLedgerData {
  const sourceOf = (source: string) => {
    const ref = parseProvisionId(source);
    if (ref) return { label: provisionLabel(ref, t), path: paths.provision(locale, source) };
    // A text outside the provisions: the heading of the part or section it opens, on the full text.
    const branch = branchOfText(model, source);
    const label = branch ? outlineHeading(branch, model, locale, t) : undefined;
    return { label: label ?? source, path: paths.plan(locale, branch?.anchor ?? source) };
  };
  const noteOf = (id: string | undefined) => {
    const note = id && isTranslation(locale) ? model.notes.find((n) => n.id === id) : undefined;
    return note
      ? {
          id: note.id,
          label: t('notes.numbered', { number: note.number }),
          path: notePath(note, locale),
        }
      : undefined;
  };
  const colon = t('list.colon');
  return {
    caption: t('targets.caption'),
    headers: {
      commitment: t('targets.commitment'),
      amount: t('targets.amount'),
      year: t('targets.year'),
      source: t('targets.source'),
    },
    labels: {
      amount: `${t('targets.amount')}${colon}`,
      year: `${t('targets.year')}${colon}`,
      source: `${t('targets.source')}${colon}`,
    },
    rows: model.targets.map((target) => ({
      id: target.id,
      commitment: target.label[locale],
      ...amountAndYear(target, t),
      source: sourceOf(target.source),
      note: noteOf(target.note),
    })),
  };
}

/**
 * A target's Amount and Year columns. A deadline (unit year: "by 2020, …") has no amount; its
 * value is the year it is due, so it goes under Year, not under Amount (user audit, minor 15).
 */
export function amountAndYear(
  target: Pick<Target, 'value' | 'unit' | 'atLeast' | 'approximate' | 'per' | 'year'>,
  t: Translate,
): { amount: string; year: string } {
  if (target.unit === 'year') {
    const year = target.year ?? target.value;
    return {
      amount: t('targets.noAmount'),
      year: Number.isFinite(year) ? String(year) : t('targets.yearNotStated'),
    };
  }
  return {
    amount: formatAmount(target, t),
    year:
      target.year !== undefined
        ? String(target.year)
        : target.per === 'year'
          ? t('targets.yearly')
          : t('targets.yearNotStated'),
  };
}

export interface TargetsPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  ledger: TargetsLedgerData;
  /** the heading of the section of the plan the page quotes below the ledger: (三)行动目标 */
  sectionHeading: string;
  /** that section's text: the text the targets quote (content/targets.yaml) */
  paragraphs: ParagraphView[];
}

export function targetsPageData(model: PlanModel, locale: Locale, t: Translate): TargetsPageData {
  const title = t('targets.title');
  const textId = targetsTextId(model);
  const branch = textId ? branchOfText(model, textId) : undefined;
  return {
    title,
    description: t('targets.description', { title: model.document.title[locale] }),
    path: paths.targets(locale),
    breadcrumbs: breadcrumbs(locale, t, { label: title }),
    ledger: targetsLedger(model, locale, t),
    sectionHeading: (branch && outlineHeading(branch, model, locale, t)) ?? '',
    paragraphs: textId ? textView(model, locale, textId) : [],
  };
}
