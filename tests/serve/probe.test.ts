/**
 * The probe: the real server of `npm start` / `npm run preview` (scripts/serve.mjs) on a copy of
 * the build, sent every request of the issue-11 probe and more. Each must get an answer (never a
 * crash or a dropped connection), nothing outside the site may leak, and afterwards the server
 * must still be serving.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { gunzipSync, gzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile, headersFor } from '../../src/lib/node/headers.ts';
import { paths } from '../../src/lib/routes.ts';
import {
  get,
  load,
  raw,
  requestText,
  ROOT,
  startSiteServer,
  type RawResponse,
  type Running,
} from './support.ts';

const SECRET = 'SECRET-OUTSIDE-THE-SITE';
const DOT_SECRET = 'SECRET-IN-A-DOT-FILE';
const work = mkdtempSync(join(tmpdir(), 'plan-probe-'));
const site = join(work, 'dist');
let server: Running;
let sent = 0;
const leaks: string[] = [];

/** Every response goes through here: counted, and checked for anything from outside the site. */
async function probe(
  target: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  sent += 1;
  const response = await get(server.port, target, headers, method);
  const body = response.body.toString('latin1');
  if (body.includes(SECRET) || body.includes(DOT_SECRET)) leaks.push(target);
  return response;
}

beforeAll(async () => {
  // A copy of the build with, as in the probe, a sibling folder whose name starts like the root's,
  // a dot file and a symlink that leads out of the site.
  cpSync(join(ROOT, 'dist'), site, { recursive: true, preserveTimestamps: true });
  mkdirSync(join(work, 'dist-secret'));
  writeFileSync(join(work, 'dist-secret', 'secret.txt'), SECRET);
  writeFileSync(join(site, '.env'), DOT_SECRET);
  mkdirSync(join(site, '.git'));
  writeFileSync(join(site, '.git', 'config'), DOT_SECRET);
  symlinkSync(join(work, 'dist-secret'), join(site, 'escape'));
  // More links out: a page in the folder a link leads to, a file link to a system file, and a
  // compressed copy of a page that is a link to a file outside, newer than the page.
  writeFileSync(join(work, 'dist-secret', 'index.html'), `<p>${SECRET}</p>`);
  symlinkSync('/etc/passwd', join(site, 'passwd.txt'));
  writeFileSync(join(work, 'dist-secret', 'page.gz'), gzipSync(SECRET));
  rmSync(join(site, 'zh', 'tasks', '3', 'index.html.gz'));
  symlinkSync(
    join(work, 'dist-secret', 'page.gz'),
    join(site, 'zh', 'tasks', '3', 'index.html.gz'),
  );
  server = await startSiteServer(site);
});

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('requests that stopped the old server', () => {
  it('GET // and its relatives', async () => {
    for (const target of ['//', '///', '//zh/', '//evil.example/', '/zh//tasks//7/']) {
      const response = await probe(target);
      expect([200, 404], target).toContain(response.status);
    }
    expect(server.alive()).toBe(true);
  });

  it('a redirect path holding a control character or a character above U+00FF', async () => {
    for (const target of [
      '/%E4%B8%AD%2F..%2Fzh',
      '/%E4%B8%AD',
      '/zh%0d%0aSet-Cookie:%20x=1',
      '/zh%0A',
      '/zh?x=%0d%0aSet-Cookie:%20x=1',
      '/%C0%AE%C0%AE/',
      '/%FF',
      '/zh/%E2%80%AE',
    ]) {
      const response = await probe(target);
      expect(response.status, target).toBeGreaterThanOrEqual(200);
      expect(response.headers['set-cookie'], target).toBeUndefined();
      if (response.headers.location) expect(response.headers.location, target).toMatch(/^\/[^/\\]/);
    }
    // The raw bytes of a query above U+00FF go through the redirect percent-encoded.
    const utf8 = await raw(
      server.port,
      Buffer.concat([
        Buffer.from('GET /zh?q='),
        Buffer.from('机器人'),
        Buffer.from(' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      ]),
    );
    sent += 1;
    expect([301, 400]).toContain(utf8.status);
    expect(server.alive()).toBe(true);
  });
});

describe('only the site is served', () => {
  it('no file outside the root, in any encoding of ..', async () => {
    const targets = [
      '/..%2fdist-secret%2fsecret.txt',
      '/../dist-secret/secret.txt',
      '/%2e%2e/dist-secret/secret.txt',
      '/%2e%2e%2fdist-secret%2fsecret.txt',
      '/..%5cdist-secret%5csecret.txt',
      '/%252e%252e%252fdist-secret%252fsecret.txt',
      '/zh/../../dist-secret/secret.txt',
      '/.%2e/dist-secret/secret.txt',
      '/%c0%ae%c0%ae/dist-secret/secret.txt',
      '/..\\dist-secret\\secret.txt',
      '/escape/secret.txt',
      '/zh/%2e%2e/%2e%2e/dist-secret/secret.txt',
      '/escape/',
      '/escape',
      '/passwd.txt',
    ];
    for (const target of targets) {
      const response = await probe(target);
      expect(response.status, target).toBeGreaterThanOrEqual(400);
      expect(response.body.toString('latin1'), target).not.toContain('root:x:0:0');
    }
    // The compressed copy that leads out is not sent: the page is, as it is.
    const page = await probe(paths.provision('zh', 'task-3'), { 'Accept-Encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body.equals(readFileSync(join(site, 'zh/tasks/3/index.html')))).toBe(true);
  });

  it('no dot file, no _headers, and NUL is refused', async () => {
    for (const target of [
      '/.env',
      '/%2eenv',
      '/.git/config',
      '/zh/../.env',
      '/_headers',
      '/_headers/',
      '/%5fheaders',
      '/index.html%00',
      '/%00',
      '/zh/%00index.html',
    ]) {
      expect((await probe(target)).status, target).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('redirects stay on this site', () => {
  it('answers the open-redirect probes with a path of the site or a 404', async () => {
    for (const target of [
      '/%2Fevil.com%2F..%2Fzh',
      '/%5Cevil.com%2F..%2Fzh',
      '/%2F%2Fevil.com',
      '/\\evil.com/../zh',
      '//evil.com/%2e%2e/zh',
      '/%09/evil.com',
      '/zh?next=//evil.com',
    ]) {
      const response = await probe(target);
      if (response.status >= 300 && response.status < 400)
        expect(response.headers.location, target).toMatch(/^\/[^/\\]/);
    }
    const redirect = await probe('/zh?q=a%20b');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/zh/?q=a%20b');
    expect(redirect.headers['strict-transport-security']).toBeTruthy();
    expect(redirect.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('HTTP as a static host speaks it', () => {
  const page = paths.provision('en', 'task-7');

  it('405 with Allow for every method but GET and HEAD; HEAD has the length and no body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
      const response = await probe(page, {}, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe('GET, HEAD');
    }
    const head = await probe(page, { 'Accept-Encoding': 'identity' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(
      readFileSync(join(site, 'en/tasks/7/index.html')).length,
    );
    expect(head.body.length).toBe(0);
  });

  it('CONNECT is refused with 405 and Allow, not a closed connection', async () => {
    for (const line of ['CONNECT 127.0.0.1:22 HTTP/1.1', 'CONNECT / HTTP/1.1']) {
      sent += 1;
      const response = await raw(server.port, `${line}\r\nHost: 127.0.0.1:22\r\n\r\n`);
      expect(response.status, line).toBe(405);
      expect(response.headers.allow, line).toBe('GET, HEAD');
    }
  });

  it('400 for a request with more than one Host header, or a Host that is no host', async () => {
    const request = (hosts: string[]) =>
      `GET / HTTP/1.1\r\n${hosts.map((h) => `Host: ${h}\r\n`).join('')}Connection: close\r\n\r\n`;
    for (const hosts of [
      Array.from({ length: 100 }, () => 'localhost'),
      ['a.example', 'b.example'],
      ['localhost', 'localhost'],
      ['evil.example/zh/'],
      ['user@evil.example'],
    ]) {
      sent += 1;
      const response = await raw(server.port, request(hosts));
      expect(response.status, `${hosts.length} × ${hosts[0]}`).toBe(400);
      expect(response.headers['strict-transport-security']).toBeTruthy();
    }
    for (const host of [
      'localhost',
      'localhost:4321',
      '127.0.0.1',
      '[::1]:8080',
      'plan.example.org',
    ]) {
      sent += 1;
      expect((await raw(server.port, request([host]))).status, host).toBe(200);
    }
  });

  it('Range, ETag with If-None-Match, Last-Modified with If-Modified-Since', async () => {
    const range = await probe(page, { Range: 'bytes=0-14', 'Accept-Encoding': 'identity' });
    expect(range.status).toBe(206);
    expect(range.body.toString()).toBe('<!DOCTYPE html>');
    expect((await probe(page, { Range: 'bytes=99999999-' })).status).toBe(416);
    // A suffix longer than the file is the whole file (RFC 9110 14.1.3), as sent or compressed.
    for (const [encoding, file] of [
      ['identity', 'en/tasks/7/index.html'],
      ['gzip', 'en/tasks/7/index.html.gz'],
    ] as const) {
      const suffix = await probe(page, { Range: 'bytes=-999999999', 'Accept-Encoding': encoding });
      expect([200, 206], encoding).toContain(suffix.status);
      expect(suffix.body.equals(readFileSync(join(site, file))), encoding).toBe(true);
    }
    expect((await probe(page, { Range: 'bytes=-0' })).status).toBe(416);
    const full = await probe(page);
    expect(full.headers.etag).toBeTruthy();
    expect(full.headers['last-modified']).toBeTruthy();
    expect((await probe(page, { 'If-None-Match': full.headers.etag ?? '' })).status).toBe(304);
    expect(
      (await probe(page, { 'If-Modified-Since': full.headers['last-modified'] ?? '' })).status,
    ).toBe(304);
  });

  it('the files compressed at build time, as Accept-Encoding and its q-values choose', async () => {
    const file = readFileSync(join(site, 'en/tasks/7/index.html'));
    const br = await probe(page, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    // Sent as the build compressed it, not compressed again per request.
    expect(br.body.equals(readFileSync(join(site, 'en/tasks/7/index.html.br')))).toBe(true);
    const gzip = await probe(page, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(file)).toBe(true);
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);
    for (const refused of ['gzip;q=0', 'br;q=0, gzip;q=0', 'identity', '']) {
      const response = await probe(page, refused ? { 'Accept-Encoding': refused } : {});
      expect(response.headers['content-encoding'], refused).toBeUndefined();
      expect(response.body.equals(file), refused).toBe(true);
    }
    expect(
      (await probe(page, { 'Accept-Encoding': 'br;q=0.5, gzip;q=1' })).headers['content-encoding'],
    ).toBe('gzip');
    expect(br.headers.vary).toBe('Accept-Encoding');
  });

  it('the headers of _headers on pages, assets, redirects and the 404', async () => {
    const rules = parseHeadersFile(readFileSync(join(site, '_headers'), 'utf-8'));
    const expected = (path: string) =>
      Object.fromEntries(headersFor(rules, path).map(([k, v]) => [k.toLowerCase(), v]));
    const css = readdirSync(join(site, '_astro')).find((f) => f.endsWith('.css'));
    for (const [target, rulePath] of [
      ['/', '/'],
      [page, page],
      ['/zh/search/?q=x', '/zh/search/'],
      [`/_astro/${css}`, `/_astro/${css}`],
      ['/zh/no-such-page/', '/404.html'],
      ['/zh', '/zh'],
    ] as const) {
      const response = await probe(target);
      expect(response.headers, target).toMatchObject(expected(rulePath));
    }
    const missing = await probe('/zh/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(missing.headers['x-frame-options']).toBe('DENY');
    expect(missing.body.length).toBeGreaterThan(500);
  });

  it('every HTML file asked for by its name (/zh/index.html) has the headers of its URL (/zh/)', async () => {
    const names = [
      'content-security-policy',
      'x-frame-options',
      'permissions-policy',
      'cross-origin-opener-policy',
      'strict-transport-security',
      'x-content-type-options',
      'referrer-policy',
    ];
    const security = (response: RawResponse) =>
      Object.fromEntries(names.map((n) => [n, response.headers[n]]));
    // The build's own files (the copy has links planted in it).
    const files = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf-8' })
      .map((f) => f.split(sep).join('/'))
      .filter((f) => f.endsWith('.html'))
      .sort();
    expect(files.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const file of files) {
      const byName = await probe(`/${file}`);
      expect(byName.status, file).toBe(200);
      expect(byName.headers['content-type'], file).toBe('text/html; charset=utf-8');
      const url =
        file === '404.html' ? '/zh/no-such-page/' : `/${file.slice(0, -'index.html'.length)}`;
      const expected = security(await probe(url));
      expect(expected['x-frame-options'], url).toBe('DENY');
      if (JSON.stringify(security(byName)) !== JSON.stringify(expected)) wrong.push(`/${file}`);
    }
    expect(wrong).toEqual([]);
  });

  it('WebAssembly is allowed on the search pages only', async () => {
    expect((await probe(paths.search('zh'))).headers['content-security-policy']).toContain(
      "'wasm-unsafe-eval'",
    );
    expect((await probe(paths.home('zh'))).headers['content-security-policy']).not.toContain(
      'wasm',
    );
  });
});

describe('abuse', () => {
  it('a 100,000-character URL, a header flood and garbage get an answer, not a crash', async () => {
    expect((await probe(`/zh/?q=${'x'.repeat(100_000)}`)).status).toBe(431);
    const many = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`X-H${i}`, 'y'.repeat(100)]),
    );
    expect((await probe('/', many)).status).toBe(431);
    for (const junk of [
      'GARBAGE\r\n\r\n',
      'GET\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      '\u0000\u0001\u0002\r\n\r\n',
      `GET /${'%'.repeat(10)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      'GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
    ]) {
      sent += 1;
      const response = await raw(server.port, junk);
      expect(response.status, JSON.stringify(junk)).toBeGreaterThanOrEqual(400);
    }
    expect(server.alive()).toBe(true);
  });

  it('200 concurrent keep-alive connections, 2,000 requests, none failed', async () => {
    const result = await load(server.port, paths.provision('zh', 'task-7'), 2000, 200);
    sent += result.requests;
    expect(result.failures).toBe(0);
  });

  it('a build replacing the site while it is read under load', async () => {
    // As scripts/build.mjs does: the old site renamed away and the new one renamed into place,
    // again and again, while 40 connections keep asking for pages (a file can vanish between the
    // server's look and its read).
    const other = join(work, 'dist.other');
    const aside = join(work, 'dist.aside');
    cpSync(site, other, { recursive: true, preserveTimestamps: true });
    let swaps = 0;
    let stop = false;
    const swapping = (async () => {
      while (!stop) {
        renameSync(site, aside);
        renameSync(other, site);
        renameSync(aside, other);
        swaps += 1;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const statuses = new Set<number>();
    const clients = Array.from({ length: 40 }, async (_, i) => {
      for (let n = 0; n < 25; n += 1) {
        const target =
          [
            paths.provision('zh', `task-${(i % 12) + 1}`),
            paths.plan('en'),
            '/search/zh.json',
            '/zh',
          ][n % 4] ?? '/';
        sent += 1;
        statuses.add((await raw(server.port, requestText(target))).status);
      }
    });
    await Promise.all(clients);
    stop = true;
    await swapping;
    expect(swaps).toBeGreaterThan(100);
    expect(server.alive()).toBe(true);
    expect(
      [...statuses].every((s) => [200, 301, 404].includes(s)),
      [...statuses].join(', '),
    ).toBe(true);
  });
});

describe('afterwards', () => {
  it('the server still serves the site, and nothing from outside it was sent', async () => {
    const home = await probe(paths.home('zh'));
    expect(home.status).toBe(200);
    expect(server.alive()).toBe(true);
    expect(leaks).toEqual([]);
    console.log(
      `probe: ${sent.toLocaleString('en')} requests, the server alive after all of them, nothing leaked`,
    );
  });
});
