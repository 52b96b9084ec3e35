/**
 * The glossary's filter-as-you-type: hides the entries whose Chinese, English or pinyin does not
 * hold the typed text (case, tone marks and spaces ignored), and kinds left empty, and says how
 * many are shown. Without JavaScript the page is the whole list.
 */

/** Lower case, tone marks and other accents removed, spaces dropped: "Shěn yáng" → "shenyang". */
export function foldForFilter(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Whether an entry's text holds the query (both folded); an empty query keeps everything. */
export function matchesFilter(entryText: string, query: string): boolean {
  const q = foldForFilter(query);
  return q === '' || foldForFilter(entryText).includes(q);
}

export function enableGlossaryFilter(): void {
  const input = document.querySelector<HTMLInputElement>('#glossary-filter');
  const status = document.querySelector<HTMLElement>('#glossary-count');
  if (!input || !status) return;
  const entries = [...document.querySelectorAll<HTMLElement>('[data-glossary-entry]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-glossary-group]')];
  const template = status.dataset['countTemplate'] ?? '{shown}';
  const apply = () => {
    let shown = 0;
    for (const entry of entries) {
      const visible = matchesFilter(entry.dataset['filterText'] ?? '', input.value);
      entry.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups)
      group.hidden = !group.querySelector('[data-glossary-entry]:not([hidden])');
    status.textContent =
      shown === 0 ? (status.dataset['none'] ?? '') : template.replace('{shown}', String(shown));
  };
  input.addEventListener('input', apply);
  if (input.value) apply();
}
