/**
 * The search page's state and text handling, pure so it can be unit-tested: the state lives in
 * the URL (?q=5G&body=big-data-bureau), queries are folded from Traditional characters, and
 * Pagefind's excerpts become text segments where only <mark> survives.
 */
export const FILTER_KEYS = ['part', 'group', 'body', 'place'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
}

export interface FoldTable {
  chars: Record<string, string>;
  phrases: Record<string, string>;
}

const MAX_QUERY = 200;

export function emptyFilters(): Record<FilterKey, string[]> {
  return { part: [], group: [], body: [], place: [] };
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [...new Set(params.getAll(key).map((v) => v.trim()).filter((v) => /^[a-z0-9-]{1,80}$/.test(v)))];
  }
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
}

/** The query string of a state, keys in a fixed order, so equal states give equal URLs. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => state.filters[k].length > 0);
}

/** Pagefind's filter object: values of one key are alternatives (any), keys combine (all). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length > 0) out[key] = { any: state.filters[key] };
  return out;
}

/** Folds Traditional characters and Taiwan phrasing into the plan's Simplified wording. */
export function foldQuery(query: string, table: FoldTable): string {
  let q = query.normalize('NFKC');
  for (const [from, to] of Object.entries(table.phrases).sort((a, b) => b[0].length - a[0].length)) q = q.split(from).join(to);
  return [...q].map((c) => table.chars[c] ?? c).join('');
}

export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt (escaped text with <mark> around matches) as segments: <mark> is the only
 * markup kept; anything else that looks like a tag stays literal text, shown, never run.
 */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) segments.push({ text: decodeEntities(part), mark });
  }
  return segments;
}
