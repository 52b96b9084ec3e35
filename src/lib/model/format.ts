/** Amounts of the targets ledger in each language: 30亿元 / 3 billion yuan. */
import { isHanScript, type Locale } from '../editions.ts';
import type { Target } from './schema.ts';

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}

export function formatAmount(target: Pick<Target, 'value' | 'unit' | 'atLeast' | 'approximate' | 'per'>, locale: Locale): string {
  const { value, unit } = target;
  let amount: string;
  if (isHanScript(locale)) {
    if (unit === 'yuan') amount = value >= 1e8 ? `${trim(value / 1e8)}亿元` : value >= 1e4 ? `${trim(value / 1e4)}万元` : `${trim(value)}元`;
    else if (unit === 'year') amount = `${value}年`;
    else amount = `${value}个`;
    const prefix = target.atLeast ? '不少于' : '';
    const suffix = target.approximate ? '左右' : '';
    const per = target.per === 'year' ? '/年' : '';
    return `${prefix}${amount}${suffix}${per}`;
  }
  if (unit === 'yuan') amount = value >= 1e9 ? `${trim(value / 1e9)} billion yuan` : value >= 1e6 ? `${trim(value / 1e6)} million yuan` : `${trim(value)} yuan`;
  else if (unit === 'year') amount = String(value);
  else amount = `${value} ${unit}${value === 1 ? '' : 's'}`;
  const prefix = target.atLeast ? 'at least ' : target.approximate ? 'about ' : '';
  const per = target.per === 'year' ? ' a year' : '';
  return `${prefix}${amount}${per}`;
}

/** A count with thousands separators for messages to content authors (1,000,000): the same on every machine. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
