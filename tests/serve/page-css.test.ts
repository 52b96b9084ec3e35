/**
 * Each kind of page loads only the stylesheet it needs (issue 23): a provision page its own light
 * one (src/styles/provision.css, whose utilities come from the files such a page renders only),
 * the other pages the site's. Read from dist/ (run `npm run build` first), no browser.
 *
 * - A class on a page that some stylesheet of the site defines is defined by a stylesheet the page
 *   loads: a component added to a provision page without its file in provision.css's @source
 *   list would otherwise lose its styles there, silently.
 * - A provision page carries none of the matrix, glossary, full text or search styles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support';

const DIST = join(ROOT, 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The class names a stylesheet's selectors name (.a, .sm\:b, .w-\[3cm\]), unescaped. */
function cssClasses(css: string): Set<string> {
  const names = new Set<string>();
  for (const m of css.matchAll(/\.((?:\\.|[\w-])+)/g)) names.add(m[1]!.replace(/\\(.)/g, '$1'));
  return names;
}

const stylesheets = new Map<string, Set<string>>();
const stylesheet = (href: string) => {
  let names = stylesheets.get(href);
  if (!names) {
    names = cssClasses(readFileSync(join(DIST, href), 'utf-8'));
    stylesheets.set(href, names);
  }
  return names;
};

const pages = htmlFiles(DIST).map((file) => {
  const html = readFileSync(file, 'utf-8');
  const hrefs = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const classes = new Set(
    [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)),
  );
  return { path: `/${relative(DIST, file)}`, hrefs, classes };
});
const everywhere = new Set(pages.flatMap((p) => p.hrefs.flatMap((h) => [...stylesheet(h)])));

describe('page stylesheets', () => {
  it('every class a page uses is in a stylesheet the page loads, when the site defines it', () => {
    const missing: string[] = [];
    for (const page of pages) {
      const own = new Set(page.hrefs.flatMap((h) => [...stylesheet(h)]));
      for (const name of page.classes)
        if (everywhere.has(name) && !own.has(name)) missing.push(`${page.path}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('a provision page loads a lighter stylesheet, without the other page kinds’ styles', () => {
    const task = pages.find((p) => p.path === '/en/tasks/7/index.html');
    const glossary = pages.find((p) => p.path === '/en/glossary/index.html');
    expect(task?.hrefs).toHaveLength(1);
    expect(task?.hrefs).not.toEqual(glossary?.hrefs);
    const css = readFileSync(join(DIST, task!.hrefs[0]!), 'utf-8');
    for (const other of ['glossary-entry', 'contents-details', 'plan-aids', 'data-matrix', 'prose'])
      expect(css, other).not.toContain(other);
  });
});
