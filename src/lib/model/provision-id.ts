/** Provision ids (`task-7`) and what they mean: the spec fixes the kinds and their order; content/structure.yaml the counts. */

/**
 * The kinds in the plan's reading order. Here, not in schema.ts (which re-exports them), so that
 * browser code reading ids (the 404's suggestions) does not bundle zod with the schemas.
 */
export const PROVISION_KINDS = ['principle', 'task', 'measure', 'implementation'] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

export interface ProvisionRef {
  kind: ProvisionKind;
  number: number;
}

export function provisionId(kind: ProvisionKind, number: number): string {
  return `${kind}-${number}`;
}

export function parseProvisionId(id: string): ProvisionRef | undefined {
  const match = id.match(/^(principle|task|measure|implementation)-([1-9][0-9]*)$/);
  if (!match) return undefined;
  return { kind: match[1] as ProvisionKind, number: Number(match[2]) };
}

/** Sort key in the plan's reading order: principles, tasks, measures, implementation items. */
export function compareProvisionIds(a: string, b: string): number {
  const pa = parseProvisionId(a);
  const pb = parseProvisionId(b);
  if (!pa || !pb) return a.localeCompare(b);
  return (
    PROVISION_KINDS.indexOf(pa.kind) - PROVISION_KINDS.indexOf(pb.kind) || pa.number - pb.number
  );
}

/** Chinese ordinal used in the source for measures and implementation items: (一)…(十). */
export function chineseNumeral(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  if (n <= 10) return digits[n] ?? String(n);
  if (n < 20) return `十${digits[n - 10]}`;
  return String(n);
}
