/** Last step of `astro build`: every text file of the site compressed once (brotli and gzip), see lib/node/compress.ts. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompress } from '../lib/node/compress.ts';

export function precompressSite(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
        const started = performance.now();
        const written = await precompress(files);
        logger.info(
          `${written} compressed files (.br, .gz) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
