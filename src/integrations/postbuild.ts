/**
 * After `astro build`: puts the Content Security Policy into every page and `_headers`, then
 * checks every internal link and #anchor of the built site and fails the build on any broken one.
 * Once the search indexes are written too, fails the build on any unrendered `{{placeholder}}`
 * in any text file of the site (placeholderCheck).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, inlineScriptHashes, withMetaPolicy } from '../lib/node/csp.ts';
import { formatHeadersFile, siteHeaderRules } from '../lib/node/headers.ts';
import { groupDigits } from '../lib/model/format.ts';
import { checkLinks } from '../lib/node/link-check.ts';
import { filesWithPlaceholders, placeholderReport } from '../lib/node/placeholders.ts';
import { LOCALES } from '../lib/editions.ts';
import { paths } from '../lib/routes.ts';

/** The pages that run WebAssembly (Pagefind, on the search pages), as paths below the site root. */
const WASM_PAGES = new Set(LOCALES.map((locale) => `${paths.search(locale).slice(1)}index.html`));
const runsWasm = (page: string) => WASM_PAGES.has(page);

/** A page beyond this size is a content error (the largest page, the English full text, is about 90 KB). */
export const MAX_PAGE_BYTES = 1_000_000;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat();
}

export function postBuild(): AstroIntegration {
  let base = '/';
  let origin = 'http://localhost';
  return {
    name: 'post-build-security-and-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        origin = config.site ?? origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = await walk(root);
        const sitePath = (file: string) => `/${relative(root, file).split(sep).join('/')}`;
        const htmlFiles = all.filter((f) => f.endsWith('.html'));
        const pages = new Map<string, string>();
        for (const file of htmlFiles) pages.set(sitePath(file), await readFile(file, 'utf-8'));

        const oversized = [...pages].filter(([, html]) => Buffer.byteLength(html) > MAX_PAGE_BYTES);
        if (oversized.length > 0) {
          const list = oversized
            .map(([path, html]) => `  ${path}: ${groupDigits(Buffer.byteLength(html))} bytes`)
            .join('\n');
          throw new Error(
            `${oversized.length} page(s) larger than ${groupDigits(MAX_PAGE_BYTES)} bytes: a content file holds far more text than a page can carry\n${list}`,
          );
        }

        const hashes = [...pages.values()].flatMap(inlineScriptHashes);
        for (const file of htmlFiles) {
          const path = sitePath(file);
          // A page's own policy allows its own inline scripts only (a browser enforces it and
          // the header's, which allows the site's); the other pages' hashes are bytes it need not carry.
          const policy = contentSecurityPolicy(inlineScriptHashes(pages.get(path) ?? ''), {
            forMeta: true,
            wasm: runsWasm(path.slice(1)),
          });
          const html = withMetaPolicy(pages.get(path) ?? '', policy);
          pages.set(path, html);
          await writeFile(file, html);
        }
        const rules = siteHeaderRules({
          base,
          pages: htmlFiles.map((file) => sitePath(file).slice(1)),
          policy: contentSecurityPolicy(hashes),
          wasmPolicy: contentSecurityPolicy(hashes, { wasm: true }),
          runsWasm,
        });
        await writeFile(join(root, '_headers'), formatHeadersFile(rules));
        logger.info(
          `CSP: ${new Set(hashes).size} inline script hash(es), written to ${htmlFiles.length} pages and _headers (${rules.length} rules)`,
        );

        const broken = checkLinks({ files: new Set(all.map(sitePath)), pages }, base, origin);
        if (broken.length > 0) {
          const list = broken
            .slice(0, 50)
            .map((b) => `  ${b.page}: ${b.link} ${b.problem}`)
            .join('\n');
          throw new Error(`${broken.length} broken internal link(s) in the build:\n${list}`);
        }
        logger.info(`links: every internal link and #anchor of ${htmlFiles.length} pages resolves`);
      },
    },
  };
}

/**
 * Fails the build on an unrendered placeholder (`{{cn}}`) in any text file of the finished site:
 * pages, data, feeds, scripts, styles. Runs after the search indexes are written and before the
 * files are compressed (astro.config.mjs), so it reads every file the site serves.
 */
export function placeholderCheck(): AstroIntegration {
  return {
    name: 'post-build-placeholders',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = await walk(root);
        const sitePath = (file: string) => `/${relative(root, file).split(sep).join('/')}`;
        const files = await Promise.all(
          all.map(async (file): Promise<[string, Uint8Array]> => [
            sitePath(file),
            await readFile(file),
          ]),
        );
        const found = filesWithPlaceholders(files);
        if (found.length > 0) throw new Error(placeholderReport(found));
        logger.info(`placeholders: no unrendered {{…}} in the ${all.length} files of the site`);
      },
    },
  };
}
