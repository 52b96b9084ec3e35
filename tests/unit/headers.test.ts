/** The site's headers, one source for every host: the rules, `_headers`, and the nginx configuration made from them. */
import { describe, expect, it } from 'vitest';
import {
  assertNoOverlap,
  contentTypeOf,
  formatHeadersFile,
  headersFor,
  matchesPattern,
  nginxConfig,
  pagePattern,
  parseHeadersFile,
  siteHeaderRules,
} from '../../src/lib/node/headers.ts';

const PAGES = [
  'index.html',
  '404.html',
  'zh/index.html',
  'zh/tasks/7/index.html',
  'zh/search/index.html',
  'en/plan/index.html',
  'en/search/index.html',
];
const rulesFor = (base: string) =>
  siteHeaderRules({
    base,
    pages: PAGES,
    policy: 'POLICY',
    wasmPolicy: 'WASM-POLICY',
    runsWasm: (page) => page.includes('/search/'),
  });
const header = (headers: [string, string][], name: string) =>
  headers.filter(([n]) => n === name).map(([, v]) => v);

describe('header rules', () => {
  it('match URL paths: exact, or with * as any run of characters', () => {
    expect(matchesPattern('/zh/', '/zh/')).toBe(true);
    expect(matchesPattern('/zh/', '/zh/tasks/')).toBe(false);
    expect(matchesPattern('/zh/tasks/*', '/zh/tasks/7/')).toBe(true);
    expect(matchesPattern('/zh/tasks/*', '/zh/tasks')).toBe(false);
    expect(matchesPattern('/*.css', '/_astro/a.css')).toBe(true);
    expect(matchesPattern('/*.css', '/_astro/a.js')).toBe(false);
    expect(matchesPattern('/a*b*c', '/abc')).toBe(true);
    expect(matchesPattern('/a*b*c', '/acb')).toBe(false);
  });

  it('group pages by kind: the root, the 404, each edition home, each kind below it', () => {
    expect(PAGES.map((p) => pagePattern(p, '/sub/'))).toEqual([
      '/sub/',
      '/sub/404.html',
      '/sub/zh/',
      '/sub/zh/tasks/*',
      '/sub/zh/search/*',
      '/sub/en/plan/*',
      '/sub/en/search/*',
    ]);
  });

  it('give every page its policy, only the search pages WebAssembly, and every response the common headers', () => {
    const rules = rulesFor('/');
    const csp = (path: string) => header(headersFor(rules, path), 'Content-Security-Policy');
    expect(csp('/')).toEqual(['POLICY']);
    expect(csp('/zh/tasks/7/')).toEqual(['POLICY']);
    expect(csp('/404.html')).toEqual(['POLICY']);
    expect(csp('/en/search/')).toEqual(['WASM-POLICY']);
    expect(csp('/_astro/a.css')).toEqual([]);
    for (const path of ['/', '/_astro/a.css', '/search/zh.json', '/zh']) {
      expect(header(headersFor(rules, path), 'X-Content-Type-Options'), path).toEqual(['nosniff']);
    }
    expect(header(headersFor(rules, '/_astro/a.css'), 'Cache-Control')).toEqual([
      'public, max-age=31536000, immutable',
    ]);
  });

  it("give a page asked for by its file's name (/zh/index.html) the headers of its URL (/zh/)", () => {
    for (const base of ['/', '/sub/']) {
      const rules = rulesFor(base);
      for (const page of PAGES.filter((p) => p.endsWith('/index.html') || p === 'index.html')) {
        const dir = `${base}${page.slice(0, -'index.html'.length)}`;
        const file = `${base}${page}`;
        expect(headersFor(rules, file), file).toEqual(headersFor(rules, dir));
        expect(header(headersFor(rules, file), 'X-Frame-Options'), file).toEqual(['DENY']);
      }
    }
  });

  it('never let two rules set one header for one path (hosts would combine the values)', () => {
    expect(() =>
      assertNoOverlap([
        { pattern: '/zh/*', headers: [['A', '1']] },
        { pattern: '/zh/search/*', headers: [['A', '2']] },
      ]),
    ).toThrow(/\/zh\/\* and \/zh\/search\/\* both set a/);
    expect(() =>
      assertNoOverlap([
        { pattern: '/zh/*', headers: [['A', '1']] },
        { pattern: '/zh/', headers: [['a', '2']] },
      ]),
    ).toThrow();
    expect(() =>
      assertNoOverlap([
        { pattern: '/*', headers: [['A', '1']] },
        { pattern: '/zh/*', headers: [['B', '2']] },
      ]),
    ).not.toThrow();
    expect(() =>
      assertNoOverlap([
        { pattern: '/zh/', headers: [['A', '1']] },
        { pattern: '/en/*', headers: [['A', '2']] },
      ]),
    ).not.toThrow();
  });

  it('survive the round trip through _headers, and reject a malformed file', () => {
    const rules = rulesFor('/');
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
    expect(parseHeadersFile('# comment\n/a\n  X: 1\n\n/b\n  Y: y: z\n')).toEqual([
      { pattern: '/a', headers: [['X', '1']] },
      { pattern: '/b', headers: [['Y', 'y: z']] },
    ]);
    expect(() => parseHeadersFile('  X: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/a\n  no colon\n')).toThrow(/line 2/);
  });

  it('reject every malformed line, naming the file and the line, rather than serve without it', () => {
    const bad: [string, RegExp][] = [
      // A header whose indent was lost reads as a path.
      ['/a\n  X: 1\nContent-Security-Policy: default-src none\n', /line 3: .* not a URL path/],
      ['/a b\n  X: 1\n', /line 1: .* not a URL path/],
      ['/a\n  X Frame: 1\n', /line 2: .* not a header name/],
      ['/a\n  : 1\n', /line 2: .* not a header name/],
      ['/a\n  X: a\u0007b\n', /line 2: .* control character/],
    ];
    for (const [text, message] of bad) {
      expect(() => parseHeadersFile(text, '/srv/dist/_headers'), text).toThrow(message);
      expect(() => parseHeadersFile(text, '/srv/dist/_headers'), text).toThrow(
        /^\/srv\/dist\/_headers line \d/,
      );
    }
  });
});

describe('content types', () => {
  it('come from one table, with the charset for text', () => {
    expect(contentTypeOf('/zh/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/data/plan.JSON')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('/pagefind/zh/wasm.zh.pagefind')).toBe('application/octet-stream');
    expect(contentTypeOf('/.hidden')).toBe('application/octet-stream');
    expect(contentTypeOf('/a.wasm')).toBe('application/wasm');
  });
});

describe('the nginx configuration', () => {
  const config = nginxConfig(rulesFor('/'), { root: '/srv/site/dist', listen: '8080' });

  it('sets every header once, at server level, its value chosen by path (nginx drops server add_header lines in a location that has its own)', () => {
    expect(config.match(/add_header /g)).toHaveLength(
      new Set(rulesFor('/').flatMap((r) => r.headers.map(([n]) => n))).size,
    );
    expect(config).not.toMatch(/location[^{]*\{[^}]*add_header/);
    expect(config).toContain('add_header Content-Security-Policy $site_header_3 always;');
    expect(config).toMatch(
      /map \$uri \$site_header_3 \{\n {2}default "";\n {2}~\^\/\(index\\\.html\)\?\$ "POLICY";/,
    );
    expect(config).toContain('~^/en/search/.* "WASM-POLICY";');
  });

  it("declares every type itself (a types block replaces nginx's list) and hides dot files and _headers", () => {
    expect(config).toContain('application/wasm wasm;');
    expect(config).toContain('text/javascript js mjs;');
    expect(config).toContain('default_type application/octet-stream;');
    expect(config).toContain('location ~ /\\. { return 404; }');
    expect(config).toContain('location = /_headers { return 404; }');
    expect(config).toContain('disable_symlinks on from=$document_root;');
    expect(config).toContain('root /srv/site/dist;');
    expect(config).toContain('listen 8080;');
  });

  it('refuses what it cannot express: another base path, a value nginx would parse', () => {
    expect(() => nginxConfig(rulesFor('/sub/'), { root: '/srv' })).toThrow(/base is \/sub\//);
    expect(() =>
      nginxConfig([{ pattern: '/*', headers: [['X', 'a"b']] }], { root: '/srv' }),
    ).toThrow(/syntax/);
    expect(() =>
      nginxConfig([{ pattern: '/*', headers: [['X', '$host']] }], { root: '/srv' }),
    ).toThrow(/syntax/);
  });
});
