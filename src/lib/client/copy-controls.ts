/**
 * The copy and share controls' first-load part: shows the share buttons where the browser can
 * share, and on a click of a control loads what copies or shares (copy.ts) and runs it, so that
 * a page's first load carries none of that code.
 */
const CONTROLS =
  '[data-share-paragraph], [data-copy-link], [data-copy-url], [data-copy-from], [data-copy-paragraph]';

export function enableCopyControls(): void {
  if (typeof navigator.share === 'function')
    for (const b of document.querySelectorAll<HTMLElement>('[data-share-paragraph]'))
      b.hidden = false;
  document.addEventListener('click', (event) => {
    const control = (event.target as HTMLElement | null)?.closest<HTMLElement>(CONTROLS);
    if (control) void import('./copy.ts').then((m) => m.runControl(control));
  });
}
