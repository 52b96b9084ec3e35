/**
 * The full text's contents mark where the reader is: the last heading or provision whose top has
 * passed a line near the top of the window gets aria-current on its contents link, and the
 * contents column keeps that link in view. Without JavaScript the contents are a plain list.
 */

/** The index of the current section: the last whose top is at or above `line` (0 if none has passed). */
export function currentIndex(tops: readonly number[], line: number): number {
  let current = 0;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}

export function enableContentsSpy(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-contents-link]')];
  const targets = links
    .map((a) => document.getElementById(a.dataset['contentsLink'] ?? ''))
    .filter((el): el is HTMLElement => !!el);
  if (targets.length !== links.length || targets.length === 0) return;
  let marked = -1;
  let queued = false;
  const update = () => {
    queued = false;
    // The line a reader's eyes start from: just below the top of the window.
    const index = currentIndex(
      targets.map((el) => el.getBoundingClientRect().top),
      Math.min(100, window.innerHeight * 0.15),
    );
    if (index === marked) return;
    links[marked]?.removeAttribute('aria-current');
    links[index]?.setAttribute('aria-current', 'true');
    marked = index;
    const column = links[index]?.closest<HTMLElement>('[data-contents]');
    const link = links[index];
    // Keep the marked entry in view in the side column (only where the column scrolls by itself),
    // but never move it under the reader's pointer: an entry being aimed at stays where it is.
    if (column && link && column.scrollHeight > column.clientHeight && !column.matches(':hover')) {
      const [l, c] = [link.getBoundingClientRect(), column.getBoundingClientRect()];
      if (l.top < c.top || l.bottom > c.bottom)
        column.scrollTop += l.top - c.top - column.clientHeight / 3;
    }
  };
  const schedule = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(update);
    }
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  update();
}
