/**
 * The HTTP headers and content types of the built site, one source for every host. The build
 * writes the rules to `_headers` (Netlify, Cloudflare Pages); our own server (`npm start`) reads
 * that file back and applies it; the nginx configuration is generated from the same rules. The
 * rules never overlap for one header name, so every host, whether it merges matching rules or
 * takes one of them, sends the same headers.
 */
import { COMMON_HEADERS, documentHeaders } from './csp.ts';

export type Header = [name: string, value: string];
export interface HeaderRule {
  /** A URL path; `*` matches any run of characters (`/zh/tasks/*`), anything else itself. */
  pattern: string;
  headers: Header[];
}

/** The content type of every kind of file the build writes; anything else is application/octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
};
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

export function contentTypeOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return (dot > 0 && CONTENT_TYPES[name.slice(dot + 1).toLowerCase()]) || DEFAULT_CONTENT_TYPE;
}

/** Text worth compressing (Pagefind's own files are compressed already and are octet-streams). */
export function isCompressible(type: string): boolean {
  return /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/.test(type);
}

/** Whether `pattern` (a `_headers` pattern) matches the URL path `path`. */
export function matchesPattern(pattern: string, path: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === path;
  const [first = '', ...rest] = parts;
  if (!path.startsWith(first)) return false;
  let at = first.length;
  for (const [i, part] of rest.entries()) {
    if (i === rest.length - 1) return path.length - part.length >= at && path.endsWith(part);
    const found = path.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}

/** The headers of every rule matching `path`, in rule order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Header[] {
  return rules.filter((rule) => matchesPattern(rule.pattern, path)).flatMap((rule) => rule.headers);
}

/**
 * The URL pattern of a group of pages, from a built HTML file's path below the site root:
 * `index.html` → the base itself; `404.html` → itself; `zh/index.html` → `zh/` exactly;
 * `zh/tasks/7/index.html` → `zh/tasks/*` (every page of that kind).
 */
export function pagePattern(file: string, base: string): string {
  const segments = file.split('/').filter(Boolean);
  if (segments.length === 1) return segments[0] === 'index.html' ? base : `${base}${segments[0]}`;
  if (segments.length === 2 && segments[1] === 'index.html') return `${base}${segments[0]}/`;
  return `${base}${segments[0]}/${segments[1]}/*`;
}

export interface SiteHeadersInput {
  /** The site's base path, with its trailing slash. */
  base: string;
  /** The built HTML files, as paths below the site root (`zh/tasks/7/index.html`). */
  pages: readonly string[];
  /** The policy of every page, and of the pages that run WebAssembly (the search). */
  policy: string;
  wasmPolicy: string;
  /** Whether a page (as in `pages`) runs WebAssembly. */
  runsWasm: (page: string) => boolean;
}

/**
 * The site's rules: the common headers for every response; the policy and framing headers for
 * the pages, grouped by kind, each page under its URL and its file's name (the search pages get
 * the policy that allows WebAssembly); a long
 * cache for the fingerprinted files of `_astro/`.
 */
export function siteHeaderRules({
  base,
  pages,
  policy,
  wasmPolicy,
  runsWasm,
}: SiteHeadersInput): HeaderRule[] {
  const groups = new Map<string, boolean>();
  for (const page of pages) {
    const pattern = pagePattern(page, base);
    // A page is also served by its file's own name (`/zh/index.html`): the same headers there,
    // or it could be framed. A glob (`/zh/tasks/*`) matches the file's name already.
    const patterns = pattern.endsWith('/') ? [pattern, `${pattern}index.html`] : [pattern];
    for (const p of patterns) groups.set(p, (groups.get(p) ?? false) || runsWasm(page));
  }
  const pageRules = [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pattern, wasm]) => ({ pattern, headers: documentHeaders(wasm ? wasmPolicy : policy) }));
  const rules = [
    { pattern: `${base}*`, headers: COMMON_HEADERS },
    ...pageRules,
    {
      pattern: `${base}_astro/*`,
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']] as Header[],
    },
  ];
  assertNoOverlap(rules);
  return rules;
}

/** Two patterns can match one path: a glob's fixed prefix starts the other, or they are equal. */
function overlaps(a: string, b: string): boolean {
  const prefix = (p: string) => (p.includes('*') ? p.slice(0, p.indexOf('*')) : undefined);
  const [pa, pb] = [prefix(a), prefix(b)];
  if (pa === undefined && pb === undefined) return a === b;
  if (pa !== undefined && pb !== undefined) return pa.startsWith(pb) || pb.startsWith(pa);
  return pa !== undefined ? b.startsWith(pa) : a.startsWith(pb ?? '');
}

/** Fails when two rules that can match one path set the same header: hosts would combine them. */
export function assertNoOverlap(rules: readonly HeaderRule[]): void {
  for (const [i, a] of rules.entries()) {
    for (const b of rules.slice(i + 1)) {
      const shared = a.headers
        .map(([n]) => n.toLowerCase())
        .filter((n) => b.headers.some(([m]) => m.toLowerCase() === n));
      if (shared.length && overlaps(a.pattern, b.pattern)) {
        throw new Error(
          `header rules ${a.pattern} and ${b.pattern} both set ${shared.join(', ')} for some path`,
        );
      }
    }
  }
}

/** The rules as a `_headers` file. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return `${rules.map((r) => [r.pattern, ...r.headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n\n')}\n`;
}

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Reads a `_headers` file back. Every line must be a URL path (`/…`, no white space), an indented
 * `Name: value` under one, a comment or blank: anything else is an error naming the file (`file`,
 * as given) and the line, for a server to refuse to start rather than send a response without the
 * headers, or one it cannot send.
 */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [n, line] of text.split(/\r?\n/).entries()) {
    const fail = (problem: string) => {
      throw new Error(`${file} line ${n + 1}: "${line.trim()}" ${problem}`);
    };
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      if (!/^\/\S*$/.test(line.trimEnd()))
        fail('is not a URL path (a header line must be indented under one)');
      rules.push({ pattern: line.trimEnd(), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || at < 0) fail('is not "Name: value" under a path');
    const name = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (!HEADER_NAME.test(name)) fail('is not a header name and value');
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value))
      fail('has a control character in its value');
    rule?.headers.push([name, value]);
  }
  return rules;
}

export interface NginxOptions {
  /** The absolute path of the built site (dist/). */
  root: string;
  listen?: string;
  serverName?: string;
}

const regexEscape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern as an nginx map key on `$uri`. nginx has rewritten `$uri` by the time headers go out:
 * a directory's index is `…/index.html`, the error page is `/404.html`.
 */
function nginxKey(pattern: string): string {
  if (pattern.includes('*')) return `~^${pattern.split('*').map(regexEscape).join('.*')}`;
  if (pattern.endsWith('/')) return `~^${regexEscape(pattern)}(index\\.html)?$`;
  return `~^${regexEscape(pattern)}$`;
}

function nginxString(value: string): string {
  if (/[$"\\\n]/.test(value))
    throw new Error(`a header value holds a character nginx would read as syntax: ${value}`);
  return `"${value}"`;
}

/**
 * An nginx configuration (for the http context: `conf.d/`) that serves the build as our own server
 * does. Each header is one `add_header` at server level whose value a `map` chooses by path: nginx
 * applies only the innermost block's `add_header` lines, so headers must not be split across
 * locations. Types are the site's own table (a `types` block replaces nginx's list, so it is
 * complete); gzip files made at build time are served as they are (`gzip_static`).
 */
export function nginxConfig(
  rules: readonly HeaderRule[],
  { root, listen = '80', serverName = '_' }: NginxOptions,
): string {
  const base =
    rules
      .find((r) => r.pattern.endsWith('/*') && !r.pattern.slice(0, -2).includes('/', 1))
      ?.pattern.slice(0, -1) ?? '/';
  if (base !== '/')
    throw new Error(
      `the nginx configuration serves a site built for the root; this build's base is ${base}`,
    );
  const names = [...new Set(rules.flatMap((r) => r.headers.map(([n]) => n)))];
  const maps = names.map((name, i) => {
    const entries = rules.flatMap((r) =>
      r.headers
        .filter(([n]) => n === name)
        .map(([, v]) => `  ${nginxKey(r.pattern)} ${nginxString(v)};`),
    );
    return [`# ${name}`, `map $uri $site_header_${i} {`, '  default "";', ...entries, '}'].join(
      '\n',
    );
  });
  const byType = new Map<string, string[]>();
  const charsetTypes = new Set<string>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
    const bare = type.split(';')[0] ?? type;
    byType.set(bare, [...(byType.get(bare) ?? []), ext]);
    if (type.includes('charset=') && bare !== 'text/html') charsetTypes.add(bare);
  }
  // text/html is in both lists already; naming it again is an nginx warning.
  const textTypes = [...byType.keys()].filter((t) => isCompressible(t) && t !== 'text/html');
  return `# Generated from the build's _headers by scripts/nginx-config.mjs: regenerate after every build
# (the policy holds the hashes of the build's inline scripts). Include it in nginx's http block.
${maps.join('\n\n')}

server {
  listen ${listen};
  server_name ${serverName};
  root ${root};
  index index.html;
  server_tokens off;
  absolute_redirect off;

  types {
${[...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`).join('\n')}
  }
  default_type ${DEFAULT_CONTENT_TYPE};
  charset utf-8;
  charset_types ${[...charsetTypes].join(' ')};

  gzip_static on;
  gzip on;
  gzip_vary on;
  gzip_types ${textTypes.join(' ')};

  # A folder without an index is not a page either.
  error_page 403 404 =404 /404.html;
  # No symlink below the root is followed (a link planted in the site could lead anywhere).
  disable_symlinks on from=$document_root;
  # Dot files and the host's own header file are not part of the site.
  location ~ /\\. { return 404; }
  location = /_headers { return 404; }
  location / {
    try_files $uri $uri/ =404;
  }

${names.map((name, i) => `  add_header ${name} $site_header_${i} always;`).join('\n')}
}
`;
}
