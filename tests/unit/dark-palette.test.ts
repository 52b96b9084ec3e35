/**
 * Dark mode changes colours only (the palette's custom properties and `color-scheme`), never
 * layout or what is shown: what lets the axe matrix (tests/e2e/a11y.spec.ts) run the
 * colour-independent rules once per layout, in the light scheme, and only the colour rules again
 * in the dark on the same page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STYLES = 'src/styles';

/** The text inside the braces that open at `from` (nested blocks included). */
function block(css: string, from: number): string {
  const open = css.indexOf('{', from);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error(`Unclosed block at ${from}`);
}

/** The properties set where only dark mode applies: `@variant dark` and prefers-color-scheme: dark. */
function darkProperties(css: string): string[] {
  const starts = [...css.matchAll(/@variant dark\b|@media[^{]*prefers-color-scheme:\s*dark/g)];
  return starts.flatMap((m) => {
    const body = block(css, m.index).replace(/\/\*[\s\S]*?\*\//g, '');
    return [...body.matchAll(/([-\w]+)\s*:\s*[^;{}]+;/g)].map((d) => d[1]!);
  });
}

const colourOnly = (property: string) =>
  property === 'color-scheme' || property.startsWith('--color-');

describe('dark mode', () => {
  it('sets colours only, in every style sheet', () => {
    const sheets = readdirSync(STYLES).filter((f) => f.endsWith('.css'));
    expect(sheets).toContain('global.css');
    // The one exception: the theme button's icon (ThemeToggle.astro), a sun while light, a moon
    // while dark, both aria-hidden in a button whose name does not change, so that axe's rules
    // find in dark mode what they found in light.
    const iconSwap = /\[data-theme-icon='(?:light|dark)'\]\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g;
    const set = sheets.flatMap((f) =>
      darkProperties(readFileSync(join(STYLES, f), 'utf-8').replace(iconSwap, '')),
    );
    expect(set).toContain('--color-white');
    expect(set.filter((p) => !colourOnly(p))).toEqual([]);
  });

  it('is told apart from what is not dark mode', () => {
    expect(darkProperties('@media (prefers-color-scheme: dark) { a { display: none; } }')).toEqual([
      'display',
    ]);
    expect(
      darkProperties(':root { @variant dark { --color-x: red; color-scheme: dark; } }'),
    ).toEqual(['--color-x', 'color-scheme']);
    expect(darkProperties('@media print { a { display: none; } }')).toEqual([]);
  });

  // A decorative icon may follow the scheme (the theme toggle's sun and moon, minor 28): hidden
  // from assistive technology, it changes nothing axe checks beyond colour.
  it('has dark: utility classes only on decorative (aria-hidden) elements', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const found = files('src')
      .filter((f) => /\.(astro|ts|tsx)$/.test(f))
      .flatMap((f) =>
        [...readFileSync(f, 'utf-8').matchAll(/<[^<>]*(?:^|[\s"'`])dark:[a-z[][^<>]*>/g)]
          .filter((tag) => !/\saria-hidden="true"/.test(tag[0]))
          .map((tag) => `${f}: ${tag[0].slice(0, 60)}`),
      );
    expect(found).toEqual([]);
    // The check sees a dark: class on an element that is not hidden.
    const probe = '<span class="dark:hidden">x</span>';
    expect(/<[^<>]*(?:^|[\s"'`])dark:[a-z[][^<>]*>/.test(probe)).toBe(true);
  });
});
