/** The search's second stage: which pages it indexes, and its excerpts read as text. */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/editions.ts';
import { excerptSegments } from '../../src/lib/client/search-pagefind.ts';
import { isSitePage, sitePagesBundle } from '../../src/lib/search/site-pages.ts';

describe('site pages (Pagefind)', () => {
  it.each(LOCALES)('%s: About, the glossary, bodies, places and topics; never a provision', (l) => {
    for (const page of [
      'about',
      'glossary',
      'departments/big-data-bureau',
      'places/city-brain',
      'topics/5g',
    ])
      expect(isSitePage(`${l}/${page}/index.html`, l), page).toBe(true);
    for (const page of [
      'tasks/7',
      'measures/2',
      'plan',
      'search',
      'departments/matrix',
      'departments',
      'topics',
      '',
    ])
      expect(isSitePage(`${l}/${page ? `${page}/` : ''}index.html`, l), page).toBe(false);
    // Another edition's pages are not this edition's.
    const other = LOCALES.find((x) => x !== l)!;
    expect(isSitePage(`${other}/about/index.html`, l)).toBe(false);
    expect(sitePagesBundle(l)).toBe(`/pagefind/${l}/`);
  });

  it('reads an excerpt as text, its matches marked, any markup dropped', () => {
    expect(excerptSegments('the <mark>pinyin</mark> of &lt;b&gt; &amp; &#39;x&#x27;')).toEqual([
      { text: 'the ', mark: false },
      { text: 'pinyin', mark: true },
      { text: " of <b> & 'x'", mark: false },
    ]);
    expect(excerptSegments('<img src=x onerror=alert(1)>safe')).toEqual([
      { text: 'safe', mark: false },
    ]);
  });
});
