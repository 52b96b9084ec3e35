/**
 * The elder mode (长者模式 / Large text): html.elder gives larger type, more line spacing,
 * stronger contrast and bigger targets (global.css). The choice is remembered in localStorage and
 * applied before the first paint by the inline script of the Base layout, as the theme is.
 */
export const ELDER_KEY = 'elder';
export const ELDER_CLASS = 'elder';

/** Whether a stored value turns the mode on: only the value this module writes ('1'). */
export function elderStored(value: string | null | undefined): boolean {
  return value === '1';
}

/** Turns the mode on or off on `root` and remembers it; a storage that refuses leaves it for this page only. */
export function setElder(
  root: { classList: Pick<DOMTokenList, 'toggle'> },
  on: boolean,
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
): void {
  root.classList.toggle(ELDER_CLASS, on);
  try {
    if (on) storage?.setItem(ELDER_KEY, '1');
    else storage?.removeItem(ELDER_KEY);
  } catch {
    /* not remembered when storage is off */
  }
}

export function enableElderToggle(): void {
  const root = document.documentElement;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-elder-toggle]')];
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(root.classList.contains(ELDER_CLASS)));
  };
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  for (const button of buttons)
    button.addEventListener('click', () => {
      setElder(root, !root.classList.contains(ELDER_CLASS), storage);
      sync();
    });
  sync();
}
