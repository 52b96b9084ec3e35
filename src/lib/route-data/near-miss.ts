/**
 * "Did you mean": the pages of the site an unknown URL was probably meant to reach, for the 404
 * page (one static 404.html for every unknown URL, so this runs in the browser, on
 * location.pathname: src/lib/client/not-found.ts). Pure and small (no model, no i18n), so that the
 * 404 page's script stays light; route-data/not-found.ts gives it the site's real pages.
 *
 * Near misses it mends: no edition (`/tasks/7/` → every edition's `/tasks/7/`), the edition in
 * another case or as a language tag (`/EN/…`, `/zh-TW/…`, `/zh_hant/…`), a word of the path one
 * or two letters off (`/en/task/7/`, `/en/implementations/2/`, `/en/glosary/`), a number written
 * with zeros (`/en/tasks/07/`), `index.html` at the end. A number is never changed into another:
 * `/en/tasks/13/` suggests nothing (there is no task 13, and task 1 is not what was meant).
 */

/** The most letters a path's words may be off in all (and at most a quarter of their length). */
const MAX_EDITS = 2;
/** At most this many pages are suggested (each in the editions that apply). */
const MAX_PAGES = 3;

/** Damerau–Levenshtein distance (adjacent transpositions count one), for short words. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/**
 * The edition a path's first segment names, in any case or as a language tag (`EN`, `en-GB`,
 * `zh-CN`, `zh-TW`, `zh_Hant`), or undefined.
 */
export function editionOfSegment<L extends string>(
  segment: string | undefined,
  locales: readonly L[],
): L | undefined {
  if (!segment) return undefined;
  const tag = segment.toLowerCase().replace(/_/g, '-');
  const exact = locales.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  const language = tag.split('-')[0];
  if (language === 'zh') {
    const traditional = /-(hant|tw|hk|mo)\b/.test(tag);
    return locales.find((l) => l.toLowerCase() === (traditional ? 'zh-hant' : 'zh'));
  }
  return locales.find((l) => l.toLowerCase() === language);
}

/** The path's segments as compared: decoded, in lower case, numbers without leading zeros. */
function segmentsOf(pathname: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (/^index\.html?$/i.test(segments.at(-1) ?? '')) segments.pop();
  return segments.map((s) => (/^\d+$/.test(s) ? String(Number(s)) : s.toLowerCase()));
}

/** How far `wanted` is from a page's segments: letters off in its words; Infinity if not near. */
function nearness(wanted: readonly string[], page: readonly string[]): number {
  if (wanted.length !== page.length) return Infinity;
  let edits = 0;
  let letters = 0;
  for (const [i, w] of wanted.entries()) {
    const p = page[i]!;
    if (/^\d+$/.test(w) || /^\d+$/.test(p)) {
      if (w !== p) return Infinity;
      continue;
    }
    edits += editDistance(w, p);
    letters += p.length;
  }
  return edits <= MAX_EDITS && edits * 4 <= Math.max(letters, 4) ? edits : Infinity;
}

/**
 * The site paths (`/en/tasks/7/`) an unknown path was probably meant to reach, best first; empty
 * when nothing is near. `pages`: every page of one edition, without the edition (`''` for its
 * home, `tasks/7/`); every edition has each. The path has no base path (routes.ts stripBase).
 */
export function suggestPaths<L extends string>(
  pathname: string,
  pages: readonly string[],
  locales: readonly L[],
): string[] {
  const segments = segmentsOf(pathname);
  if (!segments) return [];
  const edition = editionOfSegment(segments[0], locales);
  const wanted = edition ? segments.slice(1) : segments;
  if (!edition && wanted.length === 0) return [];
  let best = Infinity;
  let found: string[] = [];
  for (const page of pages) {
    const d = nearness(wanted, segmentsOf(page) ?? []);
    if (d < best) [best, found] = [d, [page]];
    else if (d === best && d !== Infinity) found.push(page);
  }
  if (best === Infinity) return [];
  const editions = edition ? [edition] : locales;
  return found.slice(0, MAX_PAGES).flatMap((page) => editions.map((l) => `/${l}/${page}`));
}
