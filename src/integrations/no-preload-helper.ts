/**
 * A Vite plugin: Vite wraps every dynamic import() of the client code in its preload helper
 * (about 0.8 KB gzip on every page, `build.modulePreload: false` or not). The site's dynamic
 * imports need none of it: the modules loaded on first use (client/copy.ts, client/read-aloud-ui.ts)
 * import only what the page has already loaded, no stylesheet, and Pagefind's are fetched from its
 * own bundle. So the helper just runs the import.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

export function noPreloadHelper(): Plugin {
  return {
    name: 'no-preload-helper',
    apply: 'build',
    enforce: 'post',
    transform(_code, id) {
      if (id !== HELPER) return undefined;
      return { code: 'export const __vitePreload = (load) => load();', map: null };
    },
  };
}
