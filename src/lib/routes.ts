/**
 * The URL scheme of SPEC.md, defined once. Paths here never include the base path;
 * `withBase` adds it, so the site works at a domain root or under a sub-path.
 */
import { parseProvisionId } from './model/provision-id.ts';
import { isLocale, pathInEdition, type Locale } from './editions.ts';
import type { ProvisionKind } from './model/schema.ts';

export { isLocale };

/** The path segment of each provision kind: /zh/tasks/7/ */
export const KIND_SEGMENTS: Record<ProvisionKind, string> = {
  principle: 'principles',
  task: 'tasks',
  measure: 'measures',
  implementation: 'implementation',
};

export const paths = {
  root: () => '/',
  home: (locale: Locale) => `/${locale}/`,
  plan: (locale: Locale, anchor?: string) => `/${locale}/plan/${anchor ? `#${anchor}` : ''}`,
  parallel: (locale: Locale, anchor?: string) =>
    `/${locale}/parallel/${anchor ? `#${anchor}` : ''}`,
  /** The list of one kind of provision: /zh/tasks/ */
  kind: (locale: Locale, kind: ProvisionKind) => `/${locale}/${KIND_SEGMENTS[kind]}/`,
  provision: (locale: Locale, id: string) => {
    const ref = parseProvisionId(id);
    if (!ref) throw new Error(`Not a provision id: "${id}"`);
    return `/${locale}/${KIND_SEGMENTS[ref.kind]}/${ref.number}/`;
  },
  /** The QR code of a provision page's address (share/qr.ts): /qr/zh/task-7.png */
  qr: (locale: Locale, id: string) => `/qr/${locale}/${id}.png`,
  // The responsible bodies: "bodies" in the code, /departments/ in the URL (links in the wild use it).
  // A body's, place's or topic's page is its list's page and its slug (the search data sends the
  // lists' pages alone: search/data.ts entityPath).
  bodies: (locale: Locale) => `/${locale}/departments/`,
  body: (locale: Locale, slug: string) => `${paths.bodies(locale)}${slug}/`,
  places: (locale: Locale) => `/${locale}/places/`,
  place: (locale: Locale, slug: string) => `${paths.places(locale)}${slug}/`,
  matrix: (locale: Locale) => `/${locale}/departments/matrix/`,
  topics: (locale: Locale) => `/${locale}/topics/`,
  topic: (locale: Locale, slug: string) => `${paths.topics(locale)}${slug}/`,
  targets: (locale: Locale) => `/${locale}/targets/`,
  /** What the edition is: where the text comes from, the reviews, the changes (#changes), the licence. */
  about: (locale: Locale, anchor?: string) => `/${locale}/about/${anchor ? `#${anchor}` : ''}`,
  search: (locale: Locale, query?: string) =>
    `/${locale}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  data: () => '/data/plan.json',
  dataSchema: () => '/data/plan.schema.json',
  responsibilitiesCsv: () => '/data/responsibilities.csv',
  glossary: (locale: Locale) => `/${locale}/glossary/`,
  /** A download (the plan as PDF): `/downloads/plan-en.pdf`. */
  download: (file: string) => `/downloads/${file}`,
  glossaryData: () => '/data/glossary.json',
  glossarySchema: () => '/data/glossary.schema.json',
  glossaryCsv: () => '/data/glossary.csv',
  /** The copy controls' messages in an edition (share/copy-strings.ts), fetched on a first copy. */
  copyStrings: (locale: Locale) => `/${locale}/copy-strings.json`,
};

/** The same page in another edition: `/zh/tasks/7/#task-7-p1` → `/en/tasks/7/#task-7-p1`. */
export function switchLocale(path: string, to: Locale): string {
  return pathInEdition(path, to);
}

/** The locale of a locale-prefixed path, if any. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** Prefixes a site path with the base path: withBase('/zh/', '/sub/') → '/sub/zh/'. */
export function withBase(path: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The absolute URL of a site path: origin + base + path. */
export function absoluteUrl(path: string, origin: string, base: string): string {
  return new URL(withBase(path, base), origin).href;
}

/** Removes the base path from a pathname (the inverse of withBase). */
export function stripBase(pathname: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) || '/' : pathname;
}
