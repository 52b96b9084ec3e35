/**
 * The site's security policy, defined once: a strict Content Security Policy (no inline script
 * but the hashed ones the build emits, WebAssembly only for the search), and the other headers.
 * The build writes it into every page (<meta>) and into `_headers` for static hosts; the nginx
 * configuration in docs/deploy.md is printed from the same function.
 */
import { LOCALES } from '../editions.ts';
import { createHash } from 'node:crypto';

/** The sha256 sources of the inline scripts of some HTML (data blocks such as JSON-LD are not scripts). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\ssrc\s*=/.test(attrs) || !body) continue;
    const type = attrs.match(/\stype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function contentSecurityPolicy(scriptHashes: string[], { forMeta = false } = {}): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly; nothing else needs it.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort()],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  // frame-ancestors is ignored in a <meta> policy; it is sent as a header only.
  if (!forMeta) directives.push(['frame-ancestors', "'none'"]);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Headers for every response. */
export const COMMON_HEADERS: [string, string][] = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** Headers for documents (pages): the policy and the framing and feature rules. */
export function documentHeaders(policy: string): [string, string][] {
  return [
    ['Content-Security-Policy', policy],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/**
 * `_headers` for Netlify, Cloudflare Pages and the like. The page rules cover the pages (the
 * root, every edition's /<id>/…, the 404 page), not the scripts, styles and search files, which need no
 * policy of their own: that keeps every asset response small.
 */
export function headersFile(policy: string, base: string, locales: readonly string[] = LOCALES): string {
  const block = (pattern: string, headers: [string, string][]) => [pattern, ...headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const pages = [base, ...locales.map((l) => `${base}${l}/*`), `${base}404.html`];
  return `${[
    block(`${base}*`, COMMON_HEADERS),
    ...pages.map((p) => block(p, documentHeaders(policy))),
    block(`${base}_astro/*`, [['Cache-Control', 'public, max-age=31536000, immutable']]),
  ].join('\n\n')}\n`;
}

/** Puts the policy into a page's <head> as early as possible (right after <meta charset>). */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`;
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const charset = html.match(/<meta charset="?utf-8"?\s*\/?>/i);
  if (!charset || charset.index === undefined) return html.replace(/<head>/i, `<head>${meta}`);
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}
