/**
 * A shared link to a paragraph (`…/tasks/7/#task-7-p1`) lands with the paragraph in view, but the
 * browser puts the paragraph at the top and its provision's heading out of sight. When the
 * heading and the start of the paragraph fit in the window together, scroll so that both show.
 */

/** Where to scroll: the heading's top, if the paragraph's top then stays well inside the window; else nothing. */
export function contextScroll(
  headingTop: number,
  paragraphTop: number,
  viewport: number,
  margin = 12,
): number | undefined {
  const target = headingTop - margin;
  return paragraphTop - target < viewport * 0.7 ? Math.max(0, target) : undefined;
}

/**
 * The element id a fragment (`location.hash`) names, percent-decoded; a fragment whose escapes do
 * not decode (`#%E0%A4%A`, a truncated or hand-typed link) is taken as it is, never thrown.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function keepHeadingInView(): void {
  // The browser scrolls to the fragment when the page has loaded: adjust after that.
  if (document.readyState !== 'complete') {
    window.addEventListener('load', () => requestAnimationFrame(keepHeadingInView), { once: true });
    return;
  }
  const id = fragmentId(location.hash);
  const paragraph = id ? document.getElementById(id) : null;
  if (!paragraph || paragraph.tagName !== 'P') return;
  const heading = paragraph.closest('article')?.querySelector<HTMLElement>('h1, h2, h3, h4');
  if (!heading) return;
  const top = (el: HTMLElement) => el.getBoundingClientRect().top + window.scrollY;
  const y = contextScroll(top(heading), top(paragraph), window.innerHeight);
  if (y !== undefined) window.scrollTo({ top: y, behavior: 'instant' });
}
