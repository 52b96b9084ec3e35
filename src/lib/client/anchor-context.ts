/**
 * A shared link to a paragraph (`…/tasks/7/#task-7-p1`) lands with the paragraph in view, but the
 * browser puts the paragraph at the top and its provision's heading out of sight. When the
 * heading and the start of the paragraph fit in the window together, scroll so that both show.
 * A link to a sentence or paragraph the page does not have lands on the nearest that it has.
 * Loaded only when there is a fragment to land on (anchor-landing.ts).
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

/**
 * Where a fragment lands: the element it names when the page has it (`exact`); else, for a link to
 * a sentence or paragraph the page does not have (`#task-7-p1-s2` where paragraph 1 has one
 * sentence, `#task-7-p3` where the provision has two paragraphs), the nearest that exists: the
 * sentence's paragraph, else the paragraph's text or provision (`#task-7`). Tried as written, then
 * in lower case (`#Task-7-P1`). Undefined when nothing fits: the page then stays where the browser put it.
 */
export function resolveAnchor(
  id: string,
  exists: (id: string) => boolean,
): { id: string; exact: boolean } | undefined {
  if (!id || id.length > 200) return undefined;
  const chain = (x: string): string[] => {
    const sentence = /^(.+)-p(\d+)-s\d+$/.exec(x);
    if (sentence) return [x, `${sentence[1]}-p${sentence[2]}`, sentence[1]!];
    const paragraph = /^(.+)-p\d+$/.exec(x);
    if (paragraph) return [x, paragraph[1]!];
    return [x];
  };
  const candidates = [...chain(id), ...(id === id.toLowerCase() ? [] : chain(id.toLowerCase()))];
  for (const [i, candidate] of candidates.entries())
    if (exists(candidate)) return { id: candidate, exact: i === 0 };
  return undefined;
}

/** What a link lands on is shown under its heading: a provision page's header (kind and title), else the heading of its provision or section. */
function headingOf(target: HTMLElement): HTMLElement | null {
  const block = target.closest<HTMLElement>('article, section');
  if (!block || block === target) return null;
  const heading = block.querySelector<HTMLElement>('h1, h2, h3, h4');
  return heading?.closest<HTMLElement>('header') ?? heading;
}

const top = (el: HTMLElement) => el.getBoundingClientRect().top + window.scrollY;

/**
 * Land on the fragment: on the nearest existing element when the page lacks the one named (marked
 * data-landed, as :target marks the one named), and with the provision's heading in view when it
 * fits with the paragraph or sentence (the browser alone puts that at the top, the heading out of
 * sight). `adjustExact`: also adjust the browser's own landing on an element that exists.
 */
export function land(adjustExact: boolean): void {
  const id = fragmentId(location.hash);
  for (const el of document.querySelectorAll('[data-landed]')) el.removeAttribute('data-landed');
  const found = resolveAnchor(id, (x) => document.getElementById(x) !== null);
  if (!found || (found.exact && !adjustExact)) return;
  const target = document.getElementById(found.id);
  if (!target) return;
  if (!found.exact) target.setAttribute('data-landed', '');
  const text = target.matches('p, [data-sentence], [data-pair]');
  const heading = text ? headingOf(target) : null;
  const y = heading ? contextScroll(top(heading), top(target), window.innerHeight) : undefined;
  if (y !== undefined) window.scrollTo({ top: y, behavior: 'instant' });
  else if (!found.exact) target.scrollIntoView({ block: 'start', behavior: 'instant' });
}
