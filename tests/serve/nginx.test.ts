/**
 * The nginx recipe of docs/deploy.md, tested: `scripts/nginx-config.mjs` makes the configuration
 * from the build's _headers, nginx starts on the build, and each kind of response has the status,
 * type and headers it should, the same as our own server's. Then both are timed on one page.
 * Runs where nginx is installed (`.ci/run` installs it); CI fails when it is missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/routes.ts';
import { get, hasNginx, load, ROOT, startSiteServer, type Running } from './support.ts';

const DIST = join(ROOT, 'dist');
const SECRET = 'SECRET-OUTSIDE-THE-SITE';
const installed = hasNginx();
if (!installed && process.env['CI'])
  throw new Error('nginx is not installed: .ci/run installs it (apt-get install nginx)');

/** The body of a chunked response, its chunks joined. */
function dechunk(body: Buffer): Buffer {
  const chunks: Buffer[] = [];
  let at = 0;
  for (;;) {
    const end = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, end).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(chunks);
    chunks.push(body.subarray(end + 2, end + 2 + size));
    at = end + 2 + size + 2;
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe.skipIf(!installed)('nginx with the generated configuration', () => {
  const work = mkdtempSync(join(tmpdir(), 'plan-nginx-'));
  let nginx: ChildProcess;
  let port = 0;
  let ours: Running;

  // Both servers serve a copy of the build with symlinks planted in it, leading out of the site.
  const site = join(work, 'dist');
  const outside = join(work, 'outside');

  beforeAll(async () => {
    cpSync(DIST, site, { recursive: true, preserveTimestamps: true });
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), SECRET);
    writeFileSync(join(outside, 'index.html'), `<p>${SECRET}</p>`);
    writeFileSync(join(outside, 'secret.gz'), gzipSync(SECRET));
    symlinkSync(outside, join(site, 'escape'));
    symlinkSync(join(outside, 'secret.txt'), join(site, 'zh', 'secret.txt'));
    symlinkSync('/etc/passwd', join(site, 'passwd.txt'));
    // A compressed copy that is a link out, newer than its page.
    rmSync(join(site, 'en', 'tasks', '7', 'index.html.gz'));
    symlinkSync(join(outside, 'secret.gz'), join(site, 'en', 'tasks', '7', 'index.html.gz'));
    port = await freePort();
    const generated = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts', 'nginx-config.mjs'), '--dir', site, '--listen', `127.0.0.1:${port}`],
      { encoding: 'utf-8' },
    );
    expect(generated.status, generated.stderr).toBe(0);
    writeFileSync(join(work, 'site.conf'), generated.stdout);
    for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
    // A minimal main configuration around the generated file, as nginx.conf's http block includes conf.d/.
    writeFileSync(
      join(work, 'nginx.conf'),
      `daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`,
    );
    const args = ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')];
    const check = spawnSync('nginx', ['-t', ...args], { encoding: 'utf-8' });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stderr).not.toMatch(/\[warn\]/);
    nginx = spawn('nginx', args, { stdio: 'ignore' });
    for (let i = 0; i < 50 && (await get(port, '/')).status === 0; i += 1)
      await new Promise((r) => setTimeout(r, 100));
    ours = await startSiteServer(site);
  });

  afterAll(async () => {
    nginx?.kill('SIGQUIT');
    await ours?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  const css = () => `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))}`;

  it('serves every kind of response with its status, type and headers', async () => {
    const cases: [string, number, string][] = [
      ['/', 200, 'text/html; charset=utf-8'],
      [paths.home('zh'), 200, 'text/html; charset=utf-8'],
      [paths.provision('en', 'task-7'), 200, 'text/html; charset=utf-8'],
      [paths.search('en'), 200, 'text/html; charset=utf-8'],
      [css(), 200, 'text/css; charset=utf-8'],
      ['/search/zh.json', 200, 'application/json; charset=utf-8'],
      ['/zh/no-such-page/', 404, 'text/html; charset=utf-8'],
      ['/.env', 404, 'text/html; charset=utf-8'],
      ['/_headers', 404, 'text/html; charset=utf-8'],
    ];
    for (const [path, status, type] of cases) {
      const response = await get(port, path);
      expect(response.status, path).toBe(status);
      expect(response.headers['content-type'], path).toBe(type);
      expect(response.headers['strict-transport-security'], path).toBe(
        'max-age=63072000; includeSubDomains',
      );
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      const isPage = type.startsWith('text/html');
      expect(response.headers['content-security-policy'] ?? '', path).toContain(
        isPage ? "frame-ancestors 'none'" : '',
      );
      if (isPage) expect(response.headers['x-frame-options'], path).toBe('DENY');
      else expect(response.headers['content-security-policy'], path).toBeUndefined();
    }
    expect((await get(port, paths.search('zh'))).headers['content-security-policy']).toContain(
      "'wasm-unsafe-eval'",
    );
    expect((await get(port, paths.home('zh'))).headers['content-security-policy']).not.toContain(
      'wasm',
    );
    expect((await get(port, css())).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    const redirect = await get(port, '/zh');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/zh/');
    expect(redirect.headers['strict-transport-security']).toBeTruthy();
  });

  it('follows no symlink out of the site: nginx and our server alike', async () => {
    for (const target of [
      '/escape/secret.txt',
      '/escape/',
      '/escape',
      '/zh/secret.txt',
      '/passwd.txt',
    ]) {
      for (const [name, at] of [
        ['nginx', port],
        ['ours', ours.port],
      ] as const) {
        const response = await get(at, target);
        expect([403, 404], `${name} ${target}`).toContain(response.status);
        expect(response.body.toString('latin1'), `${name} ${target}`).not.toMatch(
          new RegExp(`${SECRET}|root:x:0:0`),
        );
      }
    }
    const page = paths.provision('en', 'task-7');
    for (const at of [port, ours.port]) {
      const response = await get(at, page, { 'Accept-Encoding': 'gzip' });
      expect(response.status).toBe(200);
      // nginx, refused the .gz, compresses the page itself, chunked.
      const sent =
        response.headers['transfer-encoding'] === 'chunked'
          ? dechunk(response.body)
          : response.body;
      const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(sent) : sent;
      expect(body.toString()).not.toContain(SECRET);
      expect(body.toString()).toContain('<!DOCTYPE html>');
    }
  });

  it('sends the gzip files of the build, honouring q=0', async () => {
    const gzip = await get(port, '/search/zh.json', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.length).toBe(readFileSync(join(DIST, 'search', 'zh.json.gz')).length);
    expect(
      (await get(port, '/search/zh.json', { 'Accept-Encoding': 'gzip;q=0' })).headers[
        'content-encoding'
      ],
    ).toBeUndefined();
  });

  it('sends the same headers as our own server, for every kind of path', async () => {
    const names = [
      'content-type',
      'content-security-policy',
      'strict-transport-security',
      'x-content-type-options',
      'referrer-policy',
      'x-frame-options',
      'permissions-policy',
      'cross-origin-opener-policy',
      'cache-control',
    ];
    const pick = (headers: Record<string, string>) =>
      Object.fromEntries(
        names
          .map((n) => [n, headers[n]])
          .filter(([n, v]) => v !== undefined && !(n === 'cache-control' && v === 'no-cache')),
      );
    for (const path of [
      '/',
      '/index.html',
      '/zh/index.html',
      '/zh-hant/index.html',
      '/en/index.html',
      `${paths.provision('en', 'task-7')}index.html`,
      '/404.html',
      paths.home('en'),
      paths.provision('zh', 'measure-2'),
      paths.matrix('en'),
      paths.search('zh'),
      css(),
      '/data/plan.json',
      '/zh/no-such-page/',
    ]) {
      const [a, b] = await Promise.all([get(port, path), get(ours.port, path)]);
      expect(a.status, path).toBe(b.status);
      expect(pick(a.headers), path).toEqual(pick(b.headers));
    }
  });

  it('throughput on one page: our server and nginx, same build, same run', async () => {
    const page = paths.provision('zh', 'task-7');
    const theirs = await load(port, page, 3000, 50);
    const mine = await load(ours.port, page, 3000, 50);
    expect(theirs.failures).toBe(0);
    expect(mine.failures).toBe(0);
    console.log(
      `throughput on ${page}, 3,000 requests over 50 keep-alive connections: our server ${mine.perSecond.toLocaleString('en')} requests/s, nginx ${theirs.perSecond.toLocaleString('en')} requests/s`,
    );
  });
});
