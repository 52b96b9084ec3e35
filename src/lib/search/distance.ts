/**
 * How far apart two words are, for typing slips: a module of its own, shared by the stages a
 * search loads only when it needs them (suggest.ts, the correction; numbered.ts, a kind's name
 * mistyped beside a number), so that a first search does not load it.
 */

/** Optimal string alignment distance (Levenshtein with transpositions), capped: returns cap+1 when over. */
export function editDistance(a: string, b: string, cap = 2): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= y.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
    if (Math.min(...rows[i]!) > cap) return cap + 1;
  }
  return Math.min(rows[x.length]![y.length]!, cap + 1);
}
