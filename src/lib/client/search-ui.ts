/**
 * The search island: wires the form to the search (search-backend.ts) and the rendering
 * (search-view.ts). The query and filters live in the URL; typing searches at once (stale
 * answers are dropped); ↑/↓ move through the answers and results. What screen readers hear waits
 * for the typing to pause (announcements below): the results follow every keystroke, the live
 * region only the query the reader stopped at.
 */
import type { SearchConfig } from '../search/config.ts';
import {
  FILTER_KEYS,
  hasFilters,
  readState,
  writeState,
  type FilterKey,
  type SearchState,
} from '../search/state.ts';
import { onlyAsks } from '../search/outcome.ts';
import { SearchBackend } from './search-backend.ts';
import { SearchView } from './search-view.ts';

/** Results are shown ten at a time. */
const PAGE_SIZE = 10;
/** How long typing must pause before the outcome is announced (submitting announces at once). */
export const ANNOUNCE_AFTER_MS = 500;

/** An element the search page must have: a missing one is a bug of the page, said plainly. */
function required<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The search page lacks ${selector}`);
  return found;
}

interface Form {
  form: HTMLFormElement;
  input: HTMLInputElement;
  checkboxes: HTMLInputElement[];
  filterCount: HTMLElement | null;
}

function stateFromForm({ input, checkboxes }: Form): SearchState {
  const state = readState('');
  state.q = input.value;
  for (const key of FILTER_KEYS)
    state.filters[key] = checkboxes.filter((c) => c.name === key && c.checked).map((c) => c.value);
  return state;
}

function formFromState({ form, input, checkboxes, filterCount }: Form, state: SearchState) {
  input.value = state.q;
  for (const c of checkboxes)
    c.checked = state.filters[c.name as FilterKey]?.includes(c.value) ?? false;
  const n = FILTER_KEYS.reduce((sum, k) => sum + state.filters[k].length, 0);
  if (filterCount) filterCount.textContent = n > 0 ? `(${n})` : '';
  if (n > 0) form.querySelector('details')?.setAttribute('open', '');
}

/** ↓ from the field into the answers and results, ↑/↓ through them, ↑ from the first back to the field. */
function keyboard(input: HTMLInputElement, container: HTMLElement) {
  const links = () => [
    ...container.querySelectorAll<HTMLAnchorElement>(
      'a[data-answer], a[data-result], a[data-site]',
    ),
  ];
  const toFirst = (event: KeyboardEvent) => {
    const first = links()[0];
    if (event.key !== 'ArrowDown' || !first) return;
    event.preventDefault();
    first.focus();
  };
  input.addEventListener('keydown', toFirst);
  // Arriving with a query (from the header's search or a shared link), nothing has focus yet: ↓ starts at the first result.
  document.addEventListener('keydown', (event) => {
    if (!document.activeElement || document.activeElement === document.body) toFirst(event);
  });
  container.addEventListener('keydown', (event) => {
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
}

export function startSearch() {
  const config = JSON.parse(
    required<HTMLScriptElement>('#search-config').textContent ?? '{}',
  ) as SearchConfig;
  const form: Form = {
    form: required<HTMLFormElement>('[data-search-form]'),
    input: required<HTMLInputElement>('#search-input'),
    checkboxes: [
      ...document.querySelectorAll<HTMLInputElement>('[data-search-form] input[type="checkbox"]'),
    ],
    filterCount: document.querySelector<HTMLElement>('[data-filter-count]'),
  };
  const list = required<HTMLOListElement>('#search-results');
  const more = required<HTMLButtonElement>('[data-search-more]');
  const view = new SearchView(config, {
    status: required('#search-status'),
    notice: required('#search-notice'),
    answers: required('#search-answers'),
    answerList: required('#search-answer-list'),
    list,
    listTitle: required('#search-results-title'),
    more,
    other: required('#search-other'),
    site: required('#search-site'),
    siteList: required('#search-site-list'),
  });
  const backend = new SearchBackend(config);
  let generation = 0;
  let inputAt = performance.now();
  let pending: ReturnType<SearchView['render']> = [];
  more.textContent = config.strings.more;

  // Announcements: #search-status and #search-notice show the outcome at once, but are not live;
  // the live region #search-announce says the same once the typing has paused (or at once on
  // submit, a filter, the back button or arrival), so a screen reader hears the query the reader
  // stopped at, not every half-typed one. data-announced says what was last announced (tests).
  const announcer = required<HTMLElement>('#search-announce');
  let quietAt = 0;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (q: string) => {
    clearTimeout(announceTimer);
    const say = () => {
      // The status and notice; then what the page found beyond this edition's provisions: the
      // other language's offer and the second stage's heading, when they are shown.
      const beyond = [
        view.parts.other.querySelector('[data-other-language]'),
        view.parts.site.hidden ? null : view.parts.site.querySelector('h2'),
      ];
      const text = [view.parts.status, view.parts.notice, ...beyond]
        .map((e) => e?.textContent?.trim() ?? '')
        .filter(Boolean)
        .join(' ');
      announcer.textContent = text;
      list.dataset['announced'] = q;
    };
    announceTimer = setTimeout(say, Math.max(0, quietAt - performance.now()));
  };

  const rendered = (state: SearchState, count: number) => {
    list.dataset['query'] = state.q;
    requestAnimationFrame(() => {
      list.dataset['renderMs'] = (performance.now() - inputAt).toFixed(1);
      document.dispatchEvent(
        new CustomEvent('search:rendered', { detail: { query: state.q, count } }),
      );
    });
  };

  async function run(state: SearchState) {
    const mine = ++generation;
    const status = required<HTMLElement>('#search-status');
    if (!state.q.trim() && !hasFilters(state)) {
      view.render(
        state,
        {
          query: {
            script: config.script,
            text: '',
            groups: [],
            phrase: [],
            dropped: [],
            asksTargets: false,
          },
          results: [],
          answers: [],
          leftOut: [],
          absent: [],
        },
        PAGE_SIZE,
      );
      pending = [];
      status.textContent = config.strings.empty;
      rendered(state, 0);
      list.dataset['done'] = state.q;
      announce(state.q);
      return;
    }
    try {
      const { outcome, converted } = await backend.search(state.q, state.filters, !state.exact);
      if (mine !== generation) return;
      pending = view.render(state, outcome, PAGE_SIZE, converted);
      rendered(state, outcome.results.length);
      // (A query that only asks, 什么 or "what", searched nothing: nothing to ask elsewhere.)
      if (!outcome.results.some((r) => r.full) && state.q.trim() && !onlyAsks(outcome)) {
        // No provision holds every word: the other language (offered only with full matches
        // there) and the second stage, this edition's other pages. Asked once the typing has
        // paused (a half-typed "rob" fetches nothing); either failing takes nothing from what is
        // shown, the page's answer being complete without them.
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, quietAt - performance.now())),
        );
        if (mine !== generation) return;
        const q = converted ?? state.q.trim();
        const [count, hits] = await Promise.all([
          backend.otherEditionCount(state.q, state.filters).catch(() => 0),
          backend.elsewhere(q).catch(() => []),
        ]);
        if (mine !== generation) return;
        view.offerOther(state, count);
        view.showElsewhere(hits);
      }
      // Nothing more will change for this query (tests and the benchmark wait for this).
      list.dataset['done'] = state.q;
      announce(state.q);
    } catch {
      if (mine === generation) {
        status.textContent = config.strings.error;
        list.dataset['done'] = state.q;
        announce(state.q);
      }
    }
  }

  const syncUrl = (state: SearchState, push: boolean) => {
    const url = `${location.pathname}${writeState(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[push ? 'pushState' : 'replaceState'](null, '', url);
  };
  /** Searches what the form holds; `typing`: announce only once the typing has paused. */
  const searchFromForm = (push: boolean, typing = false) => {
    inputAt = performance.now();
    quietAt = typing ? inputAt + ANNOUNCE_AFTER_MS : 0;
    clearTimeout(announceTimer);
    const state = stateFromForm(form);
    formFromState(form, state);
    syncUrl(state, push);
    void run(state);
  };

  more.addEventListener('click', () => {
    const offset = list.children.length;
    list.append(...view.resultItems(pending.splice(0, PAGE_SIZE), offset));
    more.hidden = pending.length === 0;
    list.querySelector<HTMLAnchorElement>(`a[data-result="${offset}"]`)?.focus();
  });
  form.input.addEventListener('focus', () => void backend.warm().catch(() => undefined), {
    once: true,
  });
  form.input.addEventListener('input', () => searchFromForm(false, true));
  form.form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) searchFromForm(true);
  });
  form.form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchFromForm(true);
  });
  form.form.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
    const state = { ...stateFromForm(form), filters: readState('').filters };
    quietAt = 0;
    formFromState(form, state);
    syncUrl(state, true);
    void run(state);
  });
  window.addEventListener('popstate', () => {
    const state = readState(location.search);
    quietAt = 0;
    formFromState(form, state);
    void run(state);
  });
  keyboard(form.input, required<HTMLElement>('[data-search-output]'));

  const initial = readState(location.search);
  formFromState(form, initial);
  if (!initial.q) form.input.focus();
  void run(initial);
}
