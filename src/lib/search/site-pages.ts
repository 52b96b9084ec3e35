/**
 * The pages of the search's second stage, "Elsewhere on this site" (Pagefind): the pages of an
 * edition that are not provisions, which the engine does not answer with — About, the glossary,
 * and each body, place and topic page. The build indexes these (src/integrations/pagefind.ts);
 * the search page asks their bundle only when the engine has no full match (client/search-pagefind.ts).
 */
import type { Locale } from '../editions.ts';
import { escapeRegExp } from '../model/text.ts';
import { paths } from '../routes.ts';

/** Where the bundles are, under the site's base path: /pagefind/{edition}/. */
export const SITE_PAGES_BUNDLE = 'pagefind';

export function sitePagesBundle(locale: Locale): string {
  return `/${SITE_PAGES_BUNDLE}/${locale}/`;
}

const SLUG = '\u0000';
/** A route with one slug as a pattern: /zh/departments/<slug>/. */
const pattern = (path: string) => new RegExp(`^${escapeRegExp(path).replace(SLUG, '[^/]+')}$`);

/** Whether a built file (its path in the build, e.g. zh/about/index.html) is one of the edition's site pages. */
export function isSitePage(file: string, locale: Locale): boolean {
  if (!file.endsWith('/index.html')) return false;
  const path = `/${file.slice(0, -'index.html'.length)}`;
  if (path === paths.about(locale) || path === paths.glossary(locale)) return true;
  if (path === paths.matrix(locale)) return false;
  return [paths.body(locale, SLUG), paths.place(locale, SLUG), paths.topic(locale, SLUG)].some(
    (p) => pattern(p).test(path),
  );
}
