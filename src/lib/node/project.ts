/**
 * Node: the project's own files, found from this module's place, never from the working
 * directory (a test, a script or a build started elsewhere reads the same files). The root is
 * the nearest folder above this module that holds astro.config.mjs: three folders up from
 * src/lib/node/ when run from the sources, and above dist…/.prerender/ once Astro has bundled
 * this module into its build output (which lies inside the project, as the fonts' resolution
 * from node_modules also needs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The project's root folder. */
export function projectRoot(): string {
  if (root === undefined) {
    const start = dirname(fileURLToPath(import.meta.url));
    let dir = start;
    while (!existsSync(join(dir, 'astro.config.mjs'))) {
      const up = dirname(dir);
      if (up === dir)
        throw new Error(
          `No folder above ${start} holds astro.config.mjs: the project's root is not found`,
        );
      dir = up;
    }
    root = dir;
  }
  return root;
}

/** A text file of the project, by its path from the root (content/conversion.yaml); a missing file names it. */
export function readProjectFile(path: string): string {
  const file = join(projectRoot(), path);
  try {
    return readFileSync(file, 'utf-8');
  } catch {
    throw new Error(`${path}: (file): is missing (looked for ${file})`);
  }
}
