/**
 * The `/` key focuses the search field, unless the reader is typing. The key is recognized here,
 * on every page's first load; what it does is loaded on its first press (search-focus.ts).
 */

/** Whether a keydown is the shortcut: `/` alone, outside a field, on a page with a search field or link. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
    return false;
  return document.querySelector('#search-input, #site-search, a[data-search-link]') !== null;
}

export function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    void import('./search-focus.ts').then((m) => m.focusSearch());
  });
}
