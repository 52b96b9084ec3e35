/** The dark-mode toggle: an explicit choice (html.dark / html.light) over the system setting, remembered. */
const KEY = 'theme';

export function isDark(root: HTMLElement, systemDark: boolean): boolean {
  if (root.classList.contains('dark')) return true;
  if (root.classList.contains('light')) return false;
  return systemDark;
}

export function enableThemeToggle(): void {
  const root = document.documentElement;
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(isDark(root, media.matches)));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next = isDark(root, media.matches) ? 'light' : 'dark';
      root.classList.remove('dark', 'light');
      root.classList.add(next);
      try {
        localStorage.setItem(KEY, next);
      } catch {
        /* not remembered when storage is off */
      }
      sync();
    });
  }
  media.addEventListener('change', sync);
  sync();
}
