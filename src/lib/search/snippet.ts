/**
 * The quote under a result: the sentence (or two of one paragraph) holding the most of the
 * query, its matches marked, cut to a window around the first mark.
 */
import type { Segment, Snippet } from './outcome.ts';
import { holdsGroup, holdsPhrase, type PreparedDoc, type PreparedSentence } from './prepare.ts';
import type { Group, ParsedQuery, Script } from './query.ts';
import { runStarts, type Folding } from './text.ts';
import { RANKING } from './weights.ts';

/** The sentence (or two) that hold the most of the query, with the matches marked. */
export function snippet(
  d: PreparedDoc,
  query: ParsedQuery,
  script: Script,
  folding: Folding,
): Snippet {
  const groups = query.groups.filter((g) => !g.weak);
  const coverOf = (s: PreparedSentence) => groups.filter((g) => holdsGroup(s, g, script));
  const ranked = d.sentences
    .map((s, i) => ({ s, i, cover: coverOf(s), phrase: holdsPhrase(s, query.phrase, script) }))
    .filter((x) => x.cover.length > 0)
    .sort(
      (a, b) => Number(b.phrase) - Number(a.phrase) || b.cover.length - a.cover.length || a.i - b.i,
    );
  const best = ranked[0];
  if (!best) {
    const first = d.sentences[0];
    return {
      paragraph: first?.paragraph ?? 1,
      segments: first ? trim([{ text: first.text, mark: false }], script) : [],
    };
  }
  const picked = [best];
  const rest = groups.filter((g) => !best.cover.includes(g));
  const second = ranked.find(
    (x) =>
      x !== best && x.s.paragraph === best.s.paragraph && x.cover.some((g) => rest.includes(g)),
  );
  if (second) picked.push(second);
  picked.sort((a, b) => a.i - b.i);
  const segments: Segment[] = [];
  picked.forEach((x, k) => {
    const part = trim(marks(x.s, groups, script, folding), script);
    if (k > 0) {
      // One ellipsis between two sentences, whether or not either was cut there.
      while (segments.length && isEllipsis(segments[segments.length - 1]!)) segments.pop();
      while (part.length && isEllipsis(part[0]!)) part.shift();
      segments.push({ text: script === 'han' ? '……' : ' … ', mark: false });
    }
    segments.push(...part);
  });
  return { paragraph: best.s.paragraph, segments };
}

/** A sentence as segments, its matches marked. */
export function marks(
  s: PreparedSentence,
  groups: Group[],
  script: Script,
  folding: Folding,
): Segment[] {
  const ranges: [number, number][] = [];
  for (const g of groups) {
    for (const alt of g.alternatives) {
      if (script === 'han') {
        const needle = alt.keys[0]!;
        if (!needle) continue;
        for (
          let at = s.lower.indexOf(needle);
          at >= 0;
          at = s.lower.indexOf(needle, at + needle.length)
        )
          ranges.push([at, at + needle.length]);
      } else {
        const content = s.tokens.filter((t) => !folding.stopWords.has(t.word));
        for (const start of runStarts(
          content.map((t) => t.key),
          alt.keys,
        )) {
          ranges.push([content[start]!.start, content[start + alt.keys.length - 1]!.end]);
        }
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  // Neighbouring matches with only spaces between them are one mark ("innovation vouchers").
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1]!;
    const cur = ranges[i]!;
    if (cur[0] >= prev[1] && /^\s*$/.test(s.text.slice(prev[1], cur[0]))) {
      prev[1] = Math.max(prev[1], cur[1]);
      ranges.splice(i, 1);
      i -= 1;
    }
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: s.text.slice(at, from), mark: false });
    // English: a run's words are marked together with the spaces between them.
    segments.push({ text: s.text.slice(from, end), mark: true });
    at = end;
  }
  if (at < s.text.length) segments.push({ text: s.text.slice(at), mark: false });
  return segments;
}

/** Cuts a long sentence to a window around its first mark, with an ellipsis where it was cut. */
export function trim(segments: Segment[], script: Script): Segment[] {
  const max = script === 'han' ? RANKING.snippet.maxHan : RANKING.snippet.maxLatin;
  const text = segments.map((s) => s.text).join('');
  if ([...text].length <= max) return segments;
  const firstMark = segments.findIndex((s) => s.mark);
  const markAt =
    firstMark < 0 ? 0 : segments.slice(0, firstMark).reduce((n, s) => n + s.text.length, 0);
  let from = Math.max(0, markAt - Math.floor(max / RANKING.snippet.beforeMarkDivisor));
  let to = Math.min(text.length, from + max);
  from = Math.max(0, to - max);
  // Never cut inside a marked match.
  let pos = 0;
  for (const s of segments) {
    if (s.mark && pos < to && pos + s.text.length > to) to = pos + s.text.length;
    pos += s.text.length;
  }
  if (script === 'latin') {
    // Cut at word boundaries.
    while (from > 0 && /\S/.test(text[from - 1]!)) from += 1;
  }
  const out: Segment[] = [];
  pos = 0;
  for (const s of segments) {
    const a = Math.max(pos, from);
    const b = Math.min(pos + s.text.length, to);
    if (b > a) out.push({ text: s.text.slice(a - pos, b - pos), mark: s.mark });
    pos += s.text.length;
  }
  const last = out.length - 1;
  if (script === 'latin' && to < text.length && out[last] && !out[last]!.mark) {
    out[last] = { ...out[last]!, text: out[last]!.text.replace(/\s*\S*$/, '') };
  }
  if (from > 0) out.unshift({ text: '…', mark: false });
  if (to < text.length) out.push({ text: '…', mark: false });
  return out.filter((s) => s.text.length > 0);
}

const isEllipsis = (s: Segment) => !s.mark && /^\s*…+\s*$/.test(s.text);

/** Plain text of segments (for tests and the "quotes its own text" measure). */
export function segmentsText(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}
