/**
 * The search island: runs Pagefind in the browser on every keystroke, keeps the query and
 * filters in the URL, renders results as text (only Pagefind's <mark> becomes markup), and
 * offers the other language's results when this one has none.
 */
import { fill, type SearchConfig } from '../search-config';
import { focusSearchOnSlash } from './shortcut';
import {
  FILTER_KEYS, excerptSegments, foldQuery, hasFilters, pagefindFilters, readState, writeState, type SearchState, type Segment,
} from '../search-state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results are loaded ten at a time: each costs a fragment request. */
const PAGE_SIZE = 10;

const loaded = new Map<string, Promise<Pagefind>>();
function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  let p = loaded.get(bundle);
  if (!p) {
    p = (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: base, excerptLength: 36 });
      await pf.init();
      return pf;
    });
    loaded.set(bundle, p);
  }
  return p;
}

function segmentsInto(parent: HTMLElement, segments: Segment[]) {
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      parent.append(mark);
    } else parent.append(document.createTextNode(s.text));
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The best link for a result: the matched paragraph's anchor when Pagefind gives one
 * (#task-7-p1), else the page itself — never a heading further down such as the list of bodies.
 */
function resultUrl(data: PagefindResultData): string {
  const sub = data.sub_results?.find((s) => /#[a-z0-9-]+-p\d+$/.test(s.url) && s.excerpt.includes('<mark>'));
  return sub?.url ?? data.url;
}

/** An element the search page must have: a missing one is a bug of the page, said plainly. */
function required<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The search page lacks ${selector}`);
  return found;
}

export function startSearch() {
  const configEl = required<HTMLScriptElement>('#search-config');
  const form = required<HTMLFormElement>('[data-search-form]');
  const input = required<HTMLInputElement>('#search-input');
  const status = required<HTMLElement>('#search-status');
  const list = required<HTMLOListElement>('#search-results');
  const other = required<HTMLElement>('#search-other');
  const more = required<HTMLButtonElement>('[data-search-more]');
  const config = JSON.parse(configEl.textContent ?? '{}') as SearchConfig;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const filterCount = form.querySelector<HTMLElement>('[data-filter-count]');
  const plural = (key: 'results' | 'otherLanguage', count: number) => fill(count === 1 ? config.plurals[key].one : config.plurals[key].other, { count });

  let generation = 0;
  let inputAt = performance.now();
  let pending: { data(): Promise<PagefindResultData> }[] = [];
  more.textContent = config.strings['more'] ?? '';

  const stateFromForm = (): SearchState => {
    const state = readState('');
    state.q = input.value;
    for (const key of FILTER_KEYS) state.filters[key] = checkboxes.filter((c) => c.name === key && c.checked).map((c) => c.value);
    return state;
  };
  const formFromState = (state: SearchState) => {
    input.value = state.q;
    for (const c of checkboxes) c.checked = state.filters[c.name as (typeof FILTER_KEYS)[number]]?.includes(c.value) ?? false;
    const n = FILTER_KEYS.reduce((sum, k) => sum + state.filters[k].length, 0);
    if (filterCount) filterCount.textContent = n > 0 ? `(${n})` : '';
    if (n > 0) form.querySelector('details')?.setAttribute('open', '');
  };
  const syncUrl = (state: SearchState, push: boolean) => {
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  async function run(state: SearchState) {
    const mine = ++generation;
    const query = foldQuery(state.q.trim(), config.fold);
    other.replaceChildren();
    if (!query && !hasFilters(state)) {
      list.replaceChildren();
      more.hidden = true;
      pending = [];
      status.textContent = config.strings['empty'] ?? '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(config.bundles[config.locale], config.base);
    } catch {
      status.textContent = config.strings['error'] ?? '';
      return;
    }
    const search = await pagefind.search(query || null as unknown as string, { filters: pagefindFilters(state) });
    if (!search || mine !== generation) return;
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    pending = search.results.slice(PAGE_SIZE);
    render(state, query, data, search.results.length);
    if (search.results.length === 0 && query) void suggestOther(state, query, mine);
  }

  function items(results: PagefindResultData[], offset: number): HTMLLIElement[] {
    return results.map((data, j) => {
      const i = offset + j;
      const li = el('li', 'rounded-md border border-stone-200 p-4');
      const a = el('a', 'block text-lg font-semibold text-accent-800 underline-offset-4 hover:underline focus:underline');
      a.href = resultUrl(data);
      a.dataset['result'] = String(i);
      if (data.meta['kind'] && !(data.meta['title'] ?? '').startsWith(data.meta['kind'])) {
        a.append(el('span', 'mr-2 text-sm font-normal text-stone-600', data.meta['kind']));
      }
      a.append(document.createTextNode(data.meta['title'] ?? data.url));
      const excerpt = el('p', 'mt-1 text-stone-800');
      segmentsInto(excerpt, excerptSegments(data.excerpt));
      li.append(a, excerpt);
      if (data.meta['bodies']) li.append(el('p', 'mt-1 text-sm text-stone-600', data.meta['bodies']));
      return li;
    });
  }

  function render(state: SearchState, query: string, results: PagefindResultData[], total: number) {
    list.replaceChildren(...items(results, 0));
    more.hidden = pending.length === 0;
    list.dataset['query'] = state.q;
    const folded = query !== state.q.trim() && query ? ` · ${fill(config.strings['folded'] ?? '', { q: query })}` : '';
    status.textContent = total === 0 ? fill(config.strings['none'] ?? '', { q: state.q.trim() }) : `${plural('results', total)}${folded}`;
    if (total === 0) {
      const p = el('p', 'text-stone-700');
      const a = el('a', 'underline underline-offset-4', config.strings['readPlan']);
      a.href = config.strings['planUrl'] ?? config.base;
      p.append(a);
      other.append(p);
    }
    requestAnimationFrame(() => {
      list.dataset['renderMs'] = (performance.now() - inputAt).toFixed(1);
      document.dispatchEvent(new CustomEvent('search:rendered', { detail: { query: state.q, count: total } }));
    });
  }

  async function suggestOther(state: SearchState, query: string, mine: number) {
    try {
      const pf = await loadPagefind(config.bundles[config.otherLocale], config.base);
      const search = await pf.search(query, { filters: pagefindFilters(state) });
      const count = search?.results.length ?? 0;
      if (mine !== generation || count === 0) return;
      const p = el('p', 'mb-2');
      const a = el('a', 'font-semibold underline underline-offset-4', plural('otherLanguage', count));
      a.href = `${config.otherSearchPage}${writeState(state)}`;
      a.hreflang = config.otherLocale === 'zh' ? 'zh-CN' : 'en';
      a.dataset['otherLanguage'] = config.otherLocale;
      p.append(a);
      other.prepend(p);
    } catch {
      /* the other language's index is a suggestion only */
    }
  }

  more.addEventListener('click', async () => {
    const mine = generation;
    const next = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== generation) return;
    const offset = list.children.length;
    list.append(...items(data, offset));
    more.hidden = pending.length === 0;
    list.querySelector<HTMLAnchorElement>(`a[data-result="${offset}"]`)?.focus();
  });

  // Events: typing searches at once (stale answers are dropped); filters and submit add history entries.
  input.addEventListener('input', () => {
    inputAt = performance.now();
    const state = stateFromForm();
    syncUrl(state, false);
    void run(state);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) {
      inputAt = performance.now();
      const state = stateFromForm();
      formFromState(state);
      syncUrl(state, true);
      void run(state);
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    inputAt = performance.now();
    const state = stateFromForm();
    syncUrl(state, true);
    void run(state);
  });
  form.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
    const state = { ...stateFromForm(), filters: readState('').filters };
    formFromState(state);
    syncUrl(state, true);
    void run(state);
  });
  window.addEventListener('popstate', () => {
    const state = readState(location.search);
    formFromState(state);
    void run(state);
  });

  // Keyboard: ↓ from the field into the results, ↑/↓ through them, Enter opens (a link's own behaviour).
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown' && all[i + 1]) {
      event.preventDefault();
      all[i + 1]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (all[i - 1] ?? input).focus();
    }
  });

  focusSearchOnSlash();
  const initial = readState(location.search);
  formFromState(initial);
  if (!initial.q) input.focus();
  void run(initial);
}
