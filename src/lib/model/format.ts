/** Amounts of the targets ledger in each edition's words (UI strings `amount.*`): 30亿元 / 3 billion yuan. */
import type { ModelTranslate } from './translate.ts';
import type { Target } from './schema.ts';

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}

/** An amount as the edition writes it: its own scale words (亿, 万 / billion, million) and its own order of "at least", "about" and "a year". */
export function formatAmount(
  target: Pick<Target, 'value' | 'unit' | 'atLeast' | 'approximate' | 'per'>,
  t: ModelTranslate,
): string {
  const { value, unit } = target;
  const large = Number(t('amount.largeScale'));
  const medium = Number(t('amount.mediumScale'));
  let amount: string;
  if (unit === 'yuan')
    amount =
      value >= large
        ? t('amount.large', { n: trim(value / large) })
        : value >= medium
          ? t('amount.medium', { n: trim(value / medium) })
          : t('amount.small', { n: trim(value) });
  else if (unit === 'year') amount = t('amount.year', { n: value });
  // A bare number: the label says what is counted (5个左右 / about 5).
  else if (unit === 'none') amount = t('amount.number', { n: value });
  else amount = t('amount.count', { n: value, count: value, unit });
  if (target.approximate) amount = t('amount.about', { amount });
  if (target.atLeast) amount = t('amount.atLeast', { amount });
  if (target.per === 'year') amount = t('amount.perYear', { amount });
  return amount;
}

/** A count with thousands separators for messages to content authors (1,000,000): the same on every machine. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
