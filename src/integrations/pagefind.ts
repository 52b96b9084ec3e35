/**
 * Builds the site-pages index after `astro build`: one Pagefind bundle per edition
 * (dist/pagefind/{zh,zh-hant,en}/), the search's second stage, "Elsewhere on this site". It holds
 * the pages the search engine does not answer with: About, the glossary, and every body, place
 * and topic page (src/lib/search/site-pages.ts says which), each page's <main> only. Provisions
 * are not in it: the engine (src/lib/search/core.ts) searches them from /search/{edition}.json.
 * Chinese is segmented by Pagefind's extended build (what the npm package runs).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Locale } from '../lib/editions.ts';
import { SITE_PAGES_BUNDLE, isSitePage } from '../lib/search/site-pages.ts';

/** Pagefind's ready-made UIs: this site has its own search page, so they are not shipped. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
/** Inside <main>, what is not the page's text: the print-only header, controls shown only with JavaScript. */
const NOT_TEXT = ['[data-print-document]', '.js-only', 'script', 'form'];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export function pagefindPerLocale(locales: readonly Locale[]): AstroIntegration {
  return {
    name: 'pagefind-per-locale',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const root = fileURLToPath(dir);
        await rm(join(root, SITE_PAGES_BUNDLE), { recursive: true, force: true });
        const files = (await htmlFiles(root)).map((f) => relative(root, f).split(sep).join('/'));
        try {
          for (const locale of locales) {
            const { index, errors } = await createIndex({
              forceLanguage: locale,
              rootSelector: 'main',
              excludeSelectors: NOT_TEXT,
            });
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const pages = files.filter((f) => isSitePage(f, locale));
            if (pages.length === 0) throw new Error(`Pagefind (${locale}): no page to index`);
            for (const sourcePath of pages) {
              const added = await index.addHTMLFile({
                sourcePath,
                content: await readFile(join(root, sourcePath), 'utf8'),
              });
              if (added.errors.length > 0)
                throw new Error(`Pagefind (${locale}, ${sourcePath}): ${added.errors.join('; ')}`);
            }
            const out = join(root, SITE_PAGES_BUNDLE, locale);
            const written = await index.writeFiles({ outputPath: out });
            if (written.errors.length > 0)
              throw new Error(`Pagefind (${locale}): ${written.errors.join('; ')}`);
            for (const file of await readdir(out)) if (UNUSED.test(file)) await rm(join(out, file));
            logger.info(`${locale}: indexed ${pages.length} pages`);
          }
        } finally {
          await close();
        }
      },
    },
  };
}
