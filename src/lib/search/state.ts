/**
 * The search page's state, kept in the URL (?q=5G&body=big-data-bureau) so that a search can be
 * shared and the back button restores it. Pure, so it can be unit-tested.
 */
export const FILTER_KEYS = ['part', 'group', 'body', 'place'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  /** search the query as typed, without correcting a misspelling (?exact=1) */
  exact?: boolean;
}

/** The longest query read from a URL or the search field. */
export const MAX_QUERY = 200;

export function emptyFilters(): Record<FilterKey, string[]> {
  return { part: [], group: [], body: [], place: [] };
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter((v) => /^[a-z0-9-]{1,80}$/.test(v)),
      ),
    ];
  }
  const state: SearchState = { q: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
  if (params.get('exact') === '1') state.exact = true;
  return state;
}

/** The query string of a state, keys in a fixed order, so equal states give equal URLs. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim().slice(0, MAX_QUERY));
  for (const key of FILTER_KEYS)
    for (const value of [...state.filters[key]].sort()) params.append(key, value);
  if (state.exact && state.q.trim()) params.set('exact', '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => state.filters[k].length > 0);
}
