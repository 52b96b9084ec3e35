/**
 * "Show the Chinese": on a translation's provision page, the source's sentence under each of
 * the translation's. The choice is a class on <html> (show-source), remembered across pages
 * and applied before the first paint by the Base layout's inline script.
 */
export const SOURCE_KEY = 'show-source';
export const SOURCE_CLASS = 'show-source';

export function enableSourceToggle(): void {
  const root = document.documentElement;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-source-toggle]')];
  const sync = () => {
    for (const b of buttons)
      b.setAttribute('aria-pressed', String(root.classList.contains(SOURCE_CLASS)));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const on = root.classList.toggle(SOURCE_CLASS);
      try {
        if (on) localStorage.setItem(SOURCE_KEY, '1');
        else localStorage.removeItem(SOURCE_KEY);
      } catch {
        /* not remembered when storage is off */
      }
      sync();
    });
  }
  sync();
}
