/**
 * The static server behind `npm start` and `npm run preview`: serves a built site as a careful
 * static host does, and is safe to leave running. The file transfer is `send` (the module under
 * Express's static files: conditional GET with ETag and Last-Modified, Range, HEAD,
 * Content-Length, read errors answered instead of thrown) and the Accept-Encoding choice is
 * `negotiator` (q-values); this module only maps URLs to files, which no library does for us:
 *
 * - only files under the root: a path with `..`, a dot segment, a control character or an
 *   undecodable escape never reaches the file system, and a symlink leading out (a page's or a
 *   compressed copy's) is not followed;
 * - directories: `/path/` serves `/path/index.html`; `/path` redirects there, to a Location built
 *   from the decoded segments, so it is always a path of this site (never `//host`);
 * - the headers of `_headers` (re-read when a build replaces it) on every response, redirects and
 *   the 404 page included (the 404 takes the rules of `/404.html`); without a well-formed
 *   `_headers` the server does not start (a broken one written later keeps the last good rules);
 * - `.br`/`.gz` files made at build time, when the client accepts them and they are not older
 *   than the file;
 * - GET and HEAD only (405 with Allow otherwise, CONNECT included); one Host header (else 400);
 *   a suffix range longer than the file is the whole file (RFC 9110), not a 416;
 * - bounded waits: a client has `headersTimeout` (30 s) to send its headers, then gets 408; the
 *   listen queue (`LISTEN_BACKLOG`) holds a burst of connections while the server is busy.
 */
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import Negotiator from 'negotiator';
import send from 'send';
import { ENCODINGS } from './compress.ts';
import {
  contentTypeOf,
  headersFor,
  isCompressible,
  parseHeadersFile,
  type HeaderRule,
} from './headers.ts';

export type Target =
  /** Not a request line a static site can answer: 400. */
  | { kind: 'bad' }
  /** A path no file of the site can have (outside the base, `..`, a dot segment): 404. */
  | { kind: 'none' }
  | { kind: 'path'; segments: string[]; slash: boolean; query: string };

/** Bytes outside printable ASCII, as %XX: keeps a query usable in a Location header. */
function escapeQuery(query: string): string {
  return query.replace(/[^\x21-\x7e]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
      : encodeURIComponent(c);
  });
}

/**
 * What a request target asks for, below the base path. Segments are decoded; empty segments
 * (`//`) are dropped. Pure, so that every hostile form can be tested without a server.
 */
export function parseTarget(rawUrl: string, base: string): Target {
  if (!rawUrl.startsWith('/')) return { kind: 'bad' };
  const q = rawUrl.indexOf('?');
  const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = q < 0 ? '' : escapeQuery(rawUrl.slice(q + 1));
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad' };
  }
  // Control characters (NUL included) are in no file name of the site.
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { kind: 'bad' };
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s.startsWith('.') || s.includes('\\'))) return { kind: 'none' };
  const baseSegments = base.split('/').filter(Boolean);
  if (baseSegments.some((s, i) => segments[i] !== s)) return { kind: 'none' };
  return {
    kind: 'path',
    segments: segments.slice(baseSegments.length),
    slash: decoded.endsWith('/'),
    query,
  };
}

/** The Location of the redirect from a directory without its slash: always a path of this site. */
export function directoryLocation(
  base: string,
  segments: readonly string[],
  query: string,
): string {
  return `${base}${segments.map(encodeURIComponent).join('/')}/${query ? `?${query}` : ''}`;
}

/**
 * A Range header with every suffix range longer than the representation (`bytes=-999999999`)
 * made the whole of it (`bytes=0-`): RFC 9110 14.1.3 says such a range is the entire
 * representation, where `send` (range-parser) answers 416.
 */
export function wholeSuffixRanges(range: string, size: number): string {
  const match = /^\s*bytes\s*=(.*)$/i.exec(range);
  if (!match?.[1]) return range;
  const specs = match[1].split(',').map((spec) => {
    const suffix = /^\s*-\s*(\d+)\s*$/.exec(spec)?.[1];
    return suffix !== undefined && size > 0 && Number(suffix) > size ? '0-' : spec.trim();
  });
  return `bytes=${specs.join(', ')}`;
}

export interface SiteServerOptions {
  /** The built site (dist/). */
  root: string;
  /** The base path the site was built for, with its slashes (`/`, `/sub/`). */
  base?: string;
  /**
   * How long a client has to send a request's headers, in ms (default 30 s): then 408 and the
   * connection closed, so that slow or stalled clients cannot hold connections.
   */
  headersTimeout?: number;
  /** How long a client has to send a whole request, in ms (default twice the headers' time). */
  requestTimeout?: number;
}

export const DEFAULT_HEADERS_TIMEOUT = 30_000;
/**
 * The listen queue: connections the kernel completes while the server is busy. Node's default
 * (511) overflows under a burst of connections on a busy event loop: the kernel then drops
 * handshakes, clients wait for retransmissions, and those dropped for long are reset. Linux caps
 * it at net.core.somaxconn (4096 by default).
 */
export const LISTEN_BACKLOG = 4096;
/** Files sent at once (see whenFileFree). */
const OPEN_FILES = 512;
/** A connection on which nothing moves for this long (a client that stopped reading) is closed. */
const IDLE_TIMEOUT = 60_000;

const ALLOWED = 'GET, HEAD';
/** A Host header's value: a name or IPv4 address, or an IPv6 address in brackets, and a port. */
const HOST = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~!$&'()*+,;=%-]*)(:\d*)?$/;
/** Files of the site root that are for the host, not for readers. */
const HOST_FILES = new Set(['_headers', '_redirects']);

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The rules of the site's `_headers`, which carries every security header: a missing, empty or
 * malformed file is an error naming the file (and the line), so that the server refuses to start
 * rather than serve the site without its headers or answer every request with a 500.
 */
export function loadHeaderRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  let text: string;
  try {
    text = readFileSync(file, 'utf-8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Error(
      code === 'ENOENT'
        ? `${file} is missing: it holds the site's security headers (npm run build writes it).`
        : `${file} could not be read: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const rules = parseHeadersFile(text, file);
  if (!rules.some((r) => r.headers.length))
    throw new Error(`${file} sets no header: it should hold the site's security headers.`);
  return rules;
}

export function createSiteServer({
  root,
  base = '/',
  headersTimeout = DEFAULT_HEADERS_TIMEOUT,
  requestTimeout = 2 * headersTimeout,
}: SiteServerOptions): Server {
  const realRoot = realpathSync(root);
  const rulesFile = join(realRoot, '_headers');
  let rules = loadHeaderRules(realRoot);
  let rulesTime = statOf(rulesFile)?.mtimeMs ?? 0;

  /**
   * The `_headers` rules, read again when the file changes (a new build has new policy hashes).
   * While the file is missing (a build swapping dist/) or broken, the last good rules stay, and a
   * broken file is reported once: never a response without the site's headers.
   */
  function currentRules(): HeaderRule[] {
    const time = statOf(rulesFile)?.mtimeMs;
    if (time === undefined || time === rulesTime) return rules;
    rulesTime = time;
    try {
      rules = loadHeaderRules(realRoot);
    } catch (error) {
      if (statOf(rulesFile))
        console.error(`${(error as Error).message}\nThe previous headers are kept.`);
    }
    return rules;
  }

  /** The file or folder at `path`, if it is under the root once symlinks are resolved. */
  function inSite(path: string): Stats | undefined {
    const stat = statOf(path);
    if (!stat) return undefined;
    try {
      const real = realpathSync(path);
      if (real !== realRoot && !real.startsWith(`${realRoot}${sep}`)) return undefined;
    } catch {
      return undefined;
    }
    return stat;
  }

  /** A file of the site: under the root once symlinks are resolved, or nothing. */
  function siteFile(segments: readonly string[]): { path: string; stat: Stats } | undefined {
    const path = join(realRoot, ...segments);
    const stat = inSite(path);
    return stat && { path, stat };
  }

  /** The precompressed file to send for `path`, chosen by the request's Accept-Encoding. */
  function encodingFor(req: IncomingMessage, path: string, stat: Stats) {
    const ready = ENCODINGS.filter((e) => {
      const compressed = inSite(`${path}${e.suffix}`);
      return compressed?.isFile() && compressed.mtimeMs >= stat.mtimeMs;
    });
    // Among encodings the client rates alike, ours in order (brotli is the smaller). The types
    // package lags the library: negotiator 1 takes the server's preference as a second argument.
    const encodings = new Negotiator(req).encodings as (
      available: string[],
      options: { preferred: string[] },
    ) => string[];
    const names = [...ready.map((e) => e.name), 'identity'];
    const chosen = encodings.call(new Negotiator(req), names, { preferred: names })[0];
    return ready.find((e) => e.name === chosen);
  }

  function setHeaders(res: ServerResponse, headers: readonly [string, string][]) {
    for (const [name, value] of headers) res.setHeader(name, value);
  }

  /** A file with the status 200 (or 206, 304, 412, 416 as `send` decides). */
  function serveFile(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    stat: Stats,
    urlPath: string,
  ) {
    const type = contentTypeOf(path);
    res.setHeader('Content-Type', type);
    if (isCompressible(type)) res.setHeader('Vary', 'Accept-Encoding');
    const encoding = isCompressible(type) ? encodingFor(req, path, stat) : undefined;
    if (encoding) res.setHeader('Content-Encoding', encoding.name);
    const range = req.headers.range;
    if (range) {
      const size = encoding ? statOf(`${path}${encoding.suffix}`)?.size : stat.size;
      if (size !== undefined) req.headers.range = wholeSuffixRanges(range, size);
    }
    setHeaders(res, headersFor(rules, urlPath));
    const relative = `/${path
      .slice(realRoot.length + 1)
      .split(sep)
      .map(encodeURIComponent)
      .join('/')}${encoding?.suffix ?? ''}`;
    // The file went away, turned into a folder or could not be read between our look and send's
    // (a build replacing dist/): answered, never thrown.
    const vanished = (status = 404) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      if (status === 404) void notFound(req, res);
      else plain(res, status >= 400 ? status : 500, 'The file could not be read.');
    };
    whenFileFree(res, () =>
      send(req, relative, { root: realRoot, dotfiles: 'ignore', index: false, cacheControl: false })
        .on('error', (error: { status?: number }) => vanished(error.status))
        .on('directory', () => vanished())
        .pipe(res),
    );
  }

  /**
   * Files being sent: at most OPEN_FILES at once, the other responses wait their turn. Each is a
   * file descriptor for as long as its client reads, and a burst of connections (each a
   * descriptor too) must not run the process out of them: `send` would answer 500 (EMFILE) and
   * libuv would reset the connections it could not accept.
   */
  let sending = 0;
  const waiting: (() => void)[] = [];
  function nextFile() {
    while (sending < OPEN_FILES && waiting.length) waiting.shift()?.();
  }
  function whenFileFree(res: ServerResponse, start: () => void) {
    waiting.push(() => {
      if (res.destroyed) return;
      sending += 1;
      res.once('close', () => {
        sending -= 1;
        nextFile();
      });
      start();
    });
    nextFile();
  }

  async function notFound(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = siteFile(['404.html']);
    setHeaders(res, headersFor(rules, `${base}404.html`));
    if (!page) return plain(res, 404, 'Not found');
    const encoding = encodingFor(req, page.path, page.stat);
    const body = await readFile(`${page.path}${encoding?.suffix ?? ''}`).catch(() => undefined);
    if (!body) return plain(res, 404, 'Not found');
    res.writeHead(404, {
      'Content-Type': contentTypeOf(page.path),
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding.name } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function plain(
    res: ServerResponse,
    status: number,
    text: string,
    extra: Record<string, string> = {},
  ): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body = `${text}\n`;
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ...extra,
    });
    res.end(body);
  }

  /** The headers of `path` as header lines, for a response written to the socket itself. */
  function rawHeaders(path: string): string {
    return headersFor(currentRules(), path)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    currentRules();
    // HTTP/1.1 has one Host, a host[:port] (RFC 9112 3.2): more than one, or anything else, is 400.
    const hosts = req.headersDistinct['host'] ?? [];
    if (hosts.length > 1 || hosts.some((h) => !HOST.test(h))) {
      setHeaders(res, headersFor(rules, base));
      return plain(res, 400, 'Bad request: one Host header, a host name.');
    }
    const target = parseTarget(req.url ?? '', base);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      setHeaders(
        res,
        headersFor(rules, target.kind === 'path' ? `${base}${target.segments.join('/')}` : base),
      );
      return plain(res, 405, 'The site is static: only GET and HEAD are allowed.', {
        Allow: ALLOWED,
      });
    }
    if (target.kind === 'bad') {
      setHeaders(res, headersFor(rules, base));
      return plain(res, 400, 'Bad request');
    }
    if (target.kind === 'none' || HOST_FILES.has(target.segments[0] ?? ''))
      return notFound(req, res);
    const { segments, slash, query } = target;
    const found = siteFile(segments);
    const urlPath = `${base}${segments.join('/')}${slash && segments.length ? '/' : ''}`;
    if (found?.stat.isFile() && !slash) return serveFile(req, res, found.path, found.stat, urlPath);
    if (found?.stat.isDirectory()) {
      const index = siteFile([...segments, 'index.html']);
      if (index?.stat.isFile()) {
        if (!slash && segments.length > 0) {
          setHeaders(res, headersFor(rules, urlPath));
          res.writeHead(301, {
            Location: directoryLocation(base, segments, query),
            'Content-Length': 0,
          });
          res.end();
          return;
        }
        return serveFile(req, res, index.path, index.stat, urlPath);
      }
    }
    return notFound(req, res);
  }

  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      // Node looks for expired requests at this interval (30 s by default, on top of the timeout).
      connectionsCheckingInterval: Math.round(Math.min(5_000, Math.max(100, headersTimeout / 4))),
    },
    (req, res) => {
      req.on('error', () => res.destroy());
      res.on('error', () => res.destroy());
      handle(req, res).catch(() => plain(res, 500, 'Internal error'));
    },
  );
  server.setTimeout(IDLE_TIMEOUT);
  // A request Node's parser refuses: too large (431), too slow (408), or not HTTP (400).
  // Answered, then closed.
  server.on('clientError', (error: Error & { code?: string }, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  // CONNECT asks for a tunnel: Node hands it over as a raw socket, closed unanswered by default.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    const body = 'The site is static: only GET and HEAD are allowed.\n';
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOWED}\r\n${rawHeaders(base)}` +
        `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
