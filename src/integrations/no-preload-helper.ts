/**
 * A Vite plugin: Vite wraps every dynamic import() of the client code in its preload helper
 * (about 0.8 KB gzip on every page, `build.modulePreload: false` or not). The site's dynamic
 * imports need none of it: the modules loaded on first use (client/copy.ts, client/read-aloud-ui.ts,
 * client/anchor-context.ts) import only what the page has already loaded, no stylesheet, and
 * Pagefind's are fetched from its own bundle. So the helper just runs the import, and is written
 * into each module that uses it rather than asked for as a request of its own.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';
const RUN = 'export const __vitePreload = (load) => load();';

export function noPreloadHelper(): Plugin {
  return {
    name: 'no-preload-helper',
    apply: 'build',
    enforce: 'post',
    transform(_code, id) {
      if (id !== HELPER) return undefined;
      return { code: RUN, map: null };
    },
    generateBundle(_options, bundle) {
      const helpers = Object.values(bundle).filter(
        (c) => c.type === 'chunk' && c.moduleIds.length === 1 && c.moduleIds[0] === HELPER,
      );
      for (const helper of helpers) {
        const name = helper.fileName.split('/').pop()!.replace(/[.$]/g, '\\$&');
        const use = new RegExp(`import\\{(\\w+)(?: as (\\w+))?\\}from"\\./${name}";`);
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !use.test(chunk.code)) continue;
          chunk.code = chunk.code.replace(
            use,
            (_m, exported: string, local?: string) => `const ${local ?? exported}=e=>e();`,
          );
        }
        const base = helper.fileName.split('/').pop()!;
        const still = Object.values(bundle).filter(
          (c) => c !== helper && c.type === 'chunk' && c.code.includes(`./${base}`),
        );
        // A chunk that imports the helper in a form not rewritten above would break at run time.
        if (still.length)
          throw new Error(
            `no-preload-helper: ${still.map((c) => c.fileName).join(', ')} still import ${base}`,
          );
        delete bundle[helper.fileName];
      }
    },
  };
}
