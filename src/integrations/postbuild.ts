/**
 * After `astro build`: puts the Content Security Policy into every page and `_headers`, then
 * checks every internal link and #anchor of the built site and fails the build on any broken one.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, headersFile, inlineScriptHashes, withMetaPolicy } from '../lib/build/csp.ts';
import { checkLinks } from '../lib/build/link-check.ts';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])));
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

        const hashes = [...pages.values()].flatMap(inlineScriptHashes);
        const metaPolicy = contentSecurityPolicy(hashes, { forMeta: true });
        for (const file of htmlFiles) {
          const path = sitePath(file);
          const html = withMetaPolicy(pages.get(path) ?? '', metaPolicy);
          pages.set(path, html);
          await writeFile(file, html);
        }
        await writeFile(join(root, '_headers'), headersFile(contentSecurityPolicy(hashes), base));
        logger.info(`CSP: ${new Set(hashes).size} inline script hash(es), written to ${htmlFiles.length} pages and _headers`);

        const broken = checkLinks({ files: new Set(all.map(sitePath)), pages }, base, origin);
        if (broken.length > 0) {
          const list = broken.slice(0, 50).map((b) => `  ${b.page}: ${b.link} ${b.problem}`).join('\n');
          throw new Error(`${broken.length} broken internal link(s) in the build:\n${list}`);
        }
        logger.info(`links: every internal link and #anchor of ${htmlFiles.length} pages resolves`);
      },
    },
  };
}
