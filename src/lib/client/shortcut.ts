/** The `/` key focuses the search field (the search page's own, else the header's; where that is hidden, opens the search page), unless the reader is typing. */
export function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
      return;
    const field =
      document.querySelector<HTMLInputElement>('#search-input') ??
      document.querySelector<HTMLInputElement>('#site-search');
    // The header's field is not shown on a phone nor in elder mode: its search link is.
    if (field && field.getClientRects().length === 0) {
      const link = document.querySelector<HTMLAnchorElement>('a[data-search-link]');
      if (!link) return;
      event.preventDefault();
      link.click();
      return;
    }
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
