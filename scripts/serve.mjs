#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a static host does: directory index pages, a redirect
 * from /path to /path/, the site's own 404.html for anything unknown, the headers of
 * dist/_headers, gzip for text when the browser accepts it, and the base path (BASE_PATH) the
 * site was built for.
 *
 *   node scripts/serve.mjs [--port 4321] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? '4321'));
const root = resolve(arg('dir', 'dist'));
const rawBase = (process.env.BASE_PATH ?? '').trim().replace(/^\/+|\/+$/g, '');
const base = rawBase ? `/${rawBase}/` : '/';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** Rules of a Netlify/Cloudflare-style _headers file: [{ pattern, headers: [[name, value]] }]. */
function readHeaderRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf-8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules();
const matches = (pattern, path) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|schema\+json)|image\/svg)/;

function send(req, res, status, file) {
  res.statusCode = status;
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  res.setHeader('Content-Type', type);
  // _headers patterns are URL paths, base path included, as a static host sees them.
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const rule of headerRules) if (matches(rule.pattern, urlPath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Vary', 'Accept-Encoding');
    createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
  } else createReadStream(file).pipe(res);
}

function notFound(req, res) {
  const page = join(root, '404.html');
  if (existsSync(page)) return send(req, res, 404, page);
  res.statusCode = 404;
  res.end('Not found');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(req, res);
  }
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound(req, res);
  const sitePath = `/${pathname.slice(base.length)}`;
  const file = normalize(join(root, sitePath));
  if (!file.startsWith(root)) return notFound(req, res);
  const stat = existsSync(file) ? statSync(file) : undefined;
  if (stat?.isFile()) return send(req, res, 200, file);
  if (stat?.isDirectory() && existsSync(join(file, 'index.html'))) {
    if (!pathname.endsWith('/')) {
      res.statusCode = 301;
      res.setHeader('Location', `${pathname}/${url.search}`);
      return res.end();
    }
    return send(req, res, 200, join(file, 'index.html'));
  }
  return notFound(req, res);
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Stop what uses it, or choose another: PORT=4322 npm run preview`);
    process.exit(1);
  }
  throw error;
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}${base}`);
});
