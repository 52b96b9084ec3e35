/**
 * Text handling shared by the search index and the search page: English tokens with their
 * spelling folded and stemmed, Chinese folded from Traditional characters, edit distance.
 * Pure functions, the same at build time and in the browser.
 */
import { stemmer } from 'stemmer';

/** What the text and the query are both folded with. */
export interface Folding {
  /** British/other spelling → the one form it folds to (organisation → organization). */
  spelling: Map<string, string>;
  stopWords: Set<string>;
}

/** An English token with where it stands in the text it came from. */
export interface Token {
  /** lower-case word as written */
  word: string;
  /** folded and stemmed: what matching compares */
  key: string;
  start: number;
  end: number;
}

/**
 * Regular British endings, folded in the query and the text alike, so a word folded wrongly
 * (enterprise → enterprize) is folded the same way on both sides and still matches.
 */
const RULES: [RegExp, string][] = [
  [/^(\w{3,})isation(s?)$/, '$1ization$2'],
  [/^(\w{3,})is(e|es|ed|ing|er|ers)$/, '$1iz$2'],
  [/^(\w{2,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^(\w{2,})tre(s?)$/, '$1ter$2'],
];

export function foldSpelling(word: string, spelling: Map<string, string>): string {
  const listed = spelling.get(word);
  if (listed) return listed;
  for (const [rule, to] of RULES) if (rule.test(word)) return word.replace(rule, to);
  return word;
}

export function keyOf(word: string, folding: Folding): string {
  return stemmer(foldSpelling(word, folding.spelling));
}

/** Lower-cases and folds compatibility forms (full-width letters, ligatures) and curly quotes. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'");
}

/**
 * Contractions as typed without the apostrophe, where that is no word of English (doesnt, im,
 * whats; not well for we'll, nor ill for I'll): the group that matches is the first word.
 */
const BARE =
  /^(?:(do|does|did|is|are|was|were|could|would|should|has|have|had)nt|(i)(?:m|ve)|(you|they)(?:re|ve)|(we)ve|(what|who|where|how|that|there|here)s)$/;

/**
 * A contraction as its first word, a possessive as its noun: doesn't and doesnt → does, I'm → i,
 * we'll → we, can't → can, who's → who, Shenyang's → shenyang. Without it, "doesnt", "im" and
 * "well" (we'll) would be searched for as words, and "does the city" would not frame a question.
 */
export function uncontracted(word: string): string {
  if (/^can'?t$/.test(word)) return 'can';
  if (/^won'?t$/.test(word)) return 'will';
  const bare = BARE.exec(word);
  return bare ? bare.slice(1).find(Boolean)! : word.replace(/(?:n't|'(?:s|re|ve|ll|d|m))$/, '');
}

/** The English words of a text with their positions; a contraction is its first word (uncontracted), digits kept (5G, 2020). */
export function tokens(text: string, folding: Folding): Token[] {
  const out: Token[] = [];
  const lower = normalise(text);
  // NFKC can change lengths only for characters the plan's English does not use; positions are
  // taken on the normalised text, which has the original's length whenever it is plain text.
  const sameLength = lower.length === text.length;
  // A short form joined by an ampersand (R&D, S&T) is one word, as the plan means it; so is one
  // spelt with full stops (A.I. is AI), and a letter hyphened to a word (e-commerce: not "e").
  for (const m of lower.matchAll(
    /(?:[a-z]\.){2,}|(?<![a-z0-9&-])[a-z]-[a-z0-9]+|[a-z0-9]+(?:&[a-z0-9]{1,2}(?![a-z0-9]))?(?:'[a-z]+)?/g,
  )) {
    const word = uncontracted(m[0]).replace(/['.]/g, '');
    const start = sameLength ? (m.index ?? 0) : 0;
    const end = sameLength ? start + m[0].length : 0;
    out.push({ word, key: keyOf(word.replace('-', ''), folding), start, end });
  }
  return out;
}

/** The keys of a text's content words (stop words left out), in order. */
export function contentKeys(text: string, folding: Folding): string[] {
  return tokens(text, folding)
    .filter((t) => !folding.stopWords.has(t.word))
    .map((t) => t.key);
}

/** Whether `needle` occurs in `hay` as a contiguous run. */
export function hasRun(hay: readonly string[], needle: readonly string[]): boolean {
  return runStarts(hay, needle).length > 0;
}

export function runStarts(hay: readonly string[], needle: readonly string[]): number[] {
  const starts: number[] = [];
  if (needle.length === 0 || needle.length > hay.length) return starts;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    starts.push(i);
  }
  return starts;
}

export const isHan = (c: string) => /\p{Script=Han}/u.test(c);

/** Traditional → Simplified: characters, and Taiwan/Hong Kong wording (資訊 → 信息) as phrases. */
export interface FoldTable {
  chars: Record<string, string>;
  phrases: Record<string, string>;
}

/** Folds Traditional characters and Taiwan/Hong Kong wording into Simplified (phrases first, longest first). */
export function foldQuery(query: string, table: FoldTable): string {
  let q = query.normalize('NFKC');
  for (const [from, to] of Object.entries(table.phrases).sort((a, b) => b[0].length - a[0].length))
    q = q.split(from).join(to);
  return [...q].map((c) => table.chars[c] ?? c).join('');
}

/** Whether a query holds Han characters that neither `known` text nor the small table accounts for: then the full table is needed. */
export function needsFullFold(
  query: string,
  known: ReadonlySet<string>,
  table: FoldTable,
): boolean {
  return [...query].some((c) => isHan(c) && !known.has(c) && !(c in table.chars));
}

/** The full table as sent: characters as pairs in one string, phrases as "from to|from to". */
export interface PackedFoldTable {
  chars: string;
  phrases: string;
}

export function packFoldTable(table: FoldTable): PackedFoldTable {
  return {
    chars: Object.entries(table.chars)
      .map(([t, s]) => t + s)
      .join(''),
    phrases: Object.entries(table.phrases)
      .map(([t, s]) => `${t} ${s}`)
      .join('|'),
  };
}

export function unpackFoldTable(packed: PackedFoldTable): FoldTable {
  const chars: Record<string, string> = {};
  const cs = [...packed.chars];
  for (let i = 0; i + 1 < cs.length; i += 2) chars[cs[i]!] = cs[i + 1]!;
  const phrases: Record<string, string> = {};
  for (const entry of packed.phrases.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to) phrases[from] = to;
  }
  return { chars, phrases };
}

/**
 * An English word without its inflection: a plural's -s, -es, -ies (businesses → business,
 * companies → company). Not a stem: development, developer and develop stay three words.
 */
export function inflectionless(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** English: the words of a text, each without its inflection (which forms of a word the plan writes). */
export function inflectionlessWords(text: string, folding: Folding): Set<string> {
  return new Set(tokens(text, folding).map((t) => inflectionless(t.word)));
}
