/**
 * The first-load part of anchor-context.ts: loads it only when the page has a fragment to land on
 * (opened with one, or one set later: a link followed, a hand-edited address), so a page opened
 * without one carries none of its code.
 */
type Landing = typeof import('./anchor-context.ts');
let landing: Promise<Landing> | undefined;
const load = () => (landing ??= import('./anchor-context.ts'));

export function keepHeadingInView(): void {
  // A fragment changed on the page that may name nothing here.
  window.addEventListener('hashchange', () => void load().then((m) => m.land(false)));
  if (!location.hash) return;
  const loading = load();
  const land = () => void loading.then((m) => m.land(true));
  // The browser scrolls to the fragment when the page has loaded: adjust after that.
  if (document.readyState !== 'complete')
    window.addEventListener('load', () => requestAnimationFrame(land), { once: true });
  else land();
}
