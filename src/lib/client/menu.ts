/**
 * The header's menu (a <details> in SiteHeader.astro; it opens and closes without JavaScript):
 * with JavaScript it also closes as a menu does, so that it never stays open over the page the
 * reader went back to: Escape (focus returns to its button), focus moving out of it (Tab past its
 * last link), a click outside it. Its first opening loads this module (the Base layout's
 * module), so a page's first load carries none of it.
 */

/** The part of a <details> element the menu needs, for tests to stand in. */
export interface MenuElement {
  open: boolean;
  contains(node: Node | null): boolean;
  querySelector(selector: 'summary'): { focus(): void } | null;
}

/** Whether an event outside or leaving the menu closes it: only an open menu, only for a target outside it. */
export function closesMenu(menu: MenuElement, target: Node | null): boolean {
  return menu.open && target !== null && !menu.contains(target);
}

export function enableMenu(
  menu: (MenuElement & HTMLElement) | null = document.querySelector<HTMLDetailsElement>(
    '[data-site-menu]',
  ),
): void {
  if (!menu) return;
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
  menu.addEventListener('focusout', (event) => {
    if (closesMenu(menu, event.relatedTarget as Node | null)) menu.open = false;
  });
  document.addEventListener('click', (event) => {
    if (closesMenu(menu, event.target as Node | null)) menu.open = false;
  });
  // Its closing is on (the module loads on the first opening, so a key pressed at once may come
  // before it): what a test waits for before pressing Escape.
  menu.dataset['menuReady'] = '';
}
