/**
 * Builds the search index after `astro build`: one Pagefind bundle per language
 * (dist/pagefind/zh/, dist/pagefind/en/), each from that language's pages only, with Chinese
 * segmented by Pagefind's extended build (what the npm package runs). A bundle per language
 * lets a search page also ask the other language (for "no results here, N in English").
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the bundles go in the build: /pagefind/<locale>/ (the search page's config names the same place). */
const SEARCH_BUNDLE_DIR = 'pagefind';
/** Pagefind's ready-made UIs: this site has its own search page, so they are not shipped. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

export function pagefindPerLocale(locales: readonly string[]): AstroIntegration {
  return {
    name: 'pagefind-per-locale',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const root = fileURLToPath(dir);
        await rm(join(root, SEARCH_BUNDLE_DIR), { recursive: true, force: true });
        try {
          for (const locale of locales) {
            const { index, errors } = await createIndex({ forceLanguage: locale });
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const added = await index.addDirectory({ path: root, glob: `${locale}/**/*.html` });
            if (added.errors.length > 0)
              throw new Error(`Pagefind (${locale}): ${added.errors.join('; ')}`);
            if (added.page_count === 0)
              throw new Error(`Pagefind (${locale}): no page was indexed`);
            const written = await index.writeFiles({
              outputPath: join(root, SEARCH_BUNDLE_DIR, locale),
            });
            if (written.errors.length > 0)
              throw new Error(`Pagefind (${locale}): ${written.errors.join('; ')}`);
            const out = join(root, SEARCH_BUNDLE_DIR, locale);
            for (const file of await readdir(out)) if (UNUSED.test(file)) await rm(join(out, file));
            logger.info(`${locale}: indexed ${added.page_count} pages`);
          }
        } finally {
          await close();
        }
      },
    },
  };
}
