/** "Show the Chinese" switched (source-toggle.ts): the class on <html> flipped and remembered, the switches' state said. */
import { SOURCE_CLASS, SOURCE_KEY, syncSourceToggle } from './source-toggle.ts';

export function switchSource(): void {
  const on = document.documentElement.classList.toggle(SOURCE_CLASS);
  try {
    if (on) localStorage.setItem(SOURCE_KEY, '1');
    else localStorage.removeItem(SOURCE_KEY);
  } catch {
    /* not remembered when storage is off */
  }
  syncSourceToggle();
}
