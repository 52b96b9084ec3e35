/**
 * "Show the Chinese": on a translation's provision page, the source's sentence under each of
 * the translation's. The choice is a class on <html> (show-source), remembered across pages
 * and applied before the first paint by the Base layout's inline script. The switch says its
 * state from the first load; what switches is loaded on its first press (source-switch.ts).
 */
export const SOURCE_KEY = 'show-source';
export const SOURCE_CLASS = 'show-source';

/** Each switch's aria-pressed, from the class on <html>. */
export function syncSourceToggle(): void {
  const on = String(document.documentElement.classList.contains(SOURCE_CLASS));
  for (const b of document.querySelectorAll('[data-source-toggle]'))
    b.setAttribute('aria-pressed', on);
}

export function enableSourceToggle(): void {
  for (const button of document.querySelectorAll('[data-source-toggle]'))
    button.addEventListener(
      'click',
      () => void import('./source-switch.ts').then((m) => m.switchSource()),
    );
  syncSourceToggle();
}
