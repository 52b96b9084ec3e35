/** What the `/` shortcut does (shortcut.ts): focuses the search page's own field, else the header's; where that is hidden (a phone, elder mode), opens the search page. */
export function focusSearch(): void {
  const field =
    document.querySelector<HTMLInputElement>('#search-input') ??
    document.querySelector<HTMLInputElement>('#site-search');
  if (field && field.getClientRects().length === 0) {
    document.querySelector<HTMLAnchorElement>('a[data-search-link]')?.click();
    return;
  }
  if (!field) return;
  field.focus();
  field.select();
}
