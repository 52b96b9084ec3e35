/**
 * Browser: the search's second stage, "Elsewhere on this site". When the engine finds no provision
 * holding every word, the page asks this edition's Pagefind bundle (/pagefind/{edition}/), which
 * indexes its pages beyond the provisions: About, the glossary, bodies, places and topics
 * (src/lib/search/site-pages.ts). Loaded only then: a query the engine answers never fetches it.
 * An excerpt comes as HTML with <mark>; it is read into text segments, never inserted as markup.
 */
import type { Segment } from '../search/engine.ts';

/** A page the second stage found: its URL (with the base path), title and excerpt. */
export interface SitePageHit {
  url: string;
  title: string;
  excerpt: Segment[];
}

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data: () => Promise<PagefindFragment> }[] } | null>;
}

/** How many pages the second stage shows. */
export const SITE_PAGES_SHOWN = 5;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    });
}

/** A Pagefind excerpt (escaped text, matches in <mark>) as text segments; any other tag is dropped. */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  const parts = html.split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    const text = decode(part);
    if (text) segments.push({ text, mark: i % 2 === 1 });
  });
  return segments;
}

export class SitePages {
  private pagefind?: Promise<Pagefind>;

  constructor(
    private readonly bundleUrl: string,
    private readonly base: string,
  ) {}

  private load(): Promise<Pagefind> {
    this.pagefind ??= (
      import(/* @vite-ignore */ `${this.bundleUrl}pagefind.js`) as Promise<Pagefind>
    ).then(async (pf) => {
      // The bundle's own URL (Pagefind otherwise looks for /pagefind/); results' URLs get the base path.
      await pf.options({ basePath: this.bundleUrl, baseUrl: this.base, noWorker: true });
      await pf.init();
      return pf;
    });
    this.pagefind.catch(() => {
      this.pagefind = undefined;
    });
    return this.pagefind;
  }

  /** The pages found for a query, best first; rejects when the bundle cannot be loaded. */
  async search(query: string): Promise<SitePageHit[]> {
    const pf = await this.load();
    const found = await pf.search(query);
    const fragments = await Promise.all(
      (found?.results ?? []).slice(0, SITE_PAGES_SHOWN).map((r) => r.data()),
    );
    return fragments.map((f) => ({
      url: f.url,
      title: f.meta['title'] ?? f.url,
      excerpt: excerptSegments(f.excerpt),
    }));
  }
}
