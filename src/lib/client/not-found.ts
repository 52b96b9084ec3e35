/**
 * The 404 page in the browser (one static 404.html answers every unknown URL, so what depends on
 * the URL is done here, from location.pathname): the block of the URL's edition first (`/en/…`
 * shows English first, with the page's h1 and lang), and "did you mean" links to the pages the
 * URL was probably meant to reach (route-data/near-miss.ts). Without JavaScript the page shows
 * every edition's block, Chinese first, with its plain links.
 */
import { editionOfSegment, suggestPaths } from '../route-data/near-miss.ts';
import { stripBase, withBase } from '../routes.ts';

interface Config {
  locales: string[];
  pages: string[];
}

/** The same element with another tag (a heading one level up or down), its content moved over. */
function retag(element: Element, tag: string): void {
  if (element.localName === tag) return;
  const next = document.createElement(tag);
  for (const { name, value } of element.attributes) next.setAttribute(name, value);
  next.append(...element.childNodes);
  element.replaceWith(next);
}

/** Puts `block` first: its headings become the page's h1 and h2, the first block's h2 and h3. */
function putFirst(block: HTMLElement, blocks: HTMLElement[]): void {
  const first = blocks[0];
  if (!first || first === block) return;
  for (const [el, tag] of [
    [first.querySelector('[data-not-found-title]'), 'h2'],
    [first.querySelector('[data-not-found-subtitle]'), 'h3'],
    [block.querySelector('[data-not-found-title]'), 'h1'],
    [block.querySelector('[data-not-found-subtitle]'), 'h2'],
  ] as const)
    if (el) retag(el, tag);
  first.before(block);
  const lang = block.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
  document.title = [block, ...blocks.filter((b) => b !== block)]
    .map((b) => b.querySelector('[data-not-found-title]')?.textContent?.trim())
    .join(' · ');
}

export function enableNotFound(): void {
  const data = document.getElementById('not-found-config');
  if (!data?.textContent) return;
  const config = JSON.parse(data.textContent) as Config;
  const base = import.meta.env.BASE_URL;
  const path = stripBase(location.pathname, base);
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-not-found]')];

  const edition = editionOfSegment(path.split('/')[1], config.locales);
  const mine = blocks.find((b) => b.dataset['notFound'] === edition);
  if (mine) putFirst(mine, blocks);

  const suggestions = suggestPaths(path, config.pages, config.locales);
  if (suggestions.length === 0) return;
  for (const block of blocks) {
    const box = block.querySelector<HTMLElement>('[data-not-found-suggest]');
    const list = box?.querySelector('ul');
    if (!box || !list) continue;
    list.replaceChildren(
      ...suggestions.map((suggestion) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = withBase(suggestion, base);
        link.textContent = withBase(suggestion, base);
        link.className = 'font-semibold underline underline-offset-4 hover:text-accent-700';
        item.append(link);
        return item;
      }),
    );
    box.hidden = false;
  }
}
