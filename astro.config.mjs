// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteConfigFromEnv } from './src/lib/site.ts';
import { pagefindPerLocale } from './src/integrations/pagefind.ts';
import { placeholderCheck, postBuild } from './src/integrations/postbuild.ts';
import { precompressSite } from './src/integrations/precompress.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { EDITIONS, LOCALES, SOURCE_LOCALE } from './src/lib/editions.ts';

// The public origin and base path come from the environment (SITE_ORIGIN, BASE_PATH).
const { origin, base } = siteConfigFromEnv(process.env);

export default defineConfig({
  site: origin,
  base,
  trailingSlash: 'always',
  output: 'static',
  // OUT_DIR lets the tests build a second copy (under a sub-path, or to check that builds are reproducible).
  outDir: process.env.OUT_DIR ?? 'dist',
  // ASTRO_CACHE_DIR gives a copy of the project built beside this one (the failure tests, the
  // repeatability check) a content cache of its own, so that two builds never share one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  // The editions of src/lib/editions.ts, declared to Astro. Every edition, the source's too, has its
  // prefix (/zh/…, /en/…); the root (/) is the site's own language chooser, so Astro redirects nothing.
  i18n: {
    locales: [...LOCALES],
    defaultLocale: SOURCE_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // /sitemap-index.xml: every page of every edition with its hreflang twins; not the root
    // chooser (it only sends readers on) nor the search pages (nothing to index without a query).
    // Before postBuild, whose link check then finds the sitemap that every page links.
    sitemap({
      i18n: {
        defaultLocale: SOURCE_LOCALE,
        locales: Object.fromEntries(EDITIONS.map((e) => [e.id, e.hreflang])),
      },
      filter: (page) => new URL(page).pathname !== base && !/\/search\/$/.test(page),
    }),
    postBuild(),
    // The search's second stage: one Pagefind bundle per edition of its pages beyond the provisions
    // (About, glossary, bodies, places, topics), asked only when the engine has no full match.
    pagefindPerLocale(LOCALES),
    // Every text file of the finished site, search indexes included: no unrendered {{placeholder}}.
    placeholderCheck(),
    // Last: compresses every text file of the finished site once (.br, .gz beside it).
    precompressSite(),
  ],
  // No modulepreload links nor helper: the modules loaded on first use (client/copy.ts,
  // client/read-aloud-ui.ts) import nothing the page has not loaded already.
  vite: { plugins: [tailwindcss(), noPreloadHelper()], build: { modulePreload: false } },
});
