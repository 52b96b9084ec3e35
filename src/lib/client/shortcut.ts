/** The `/` key focuses the search field (the search page's own, else the header's), unless the reader is typing. */
export function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))
      return;
    const field =
      document.querySelector<HTMLInputElement>('#search-input') ??
      document.querySelector<HTMLInputElement>('#site-search');
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
  });
}
