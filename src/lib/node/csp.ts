/**
 * The site's security policy, defined once: a strict Content Security Policy (no inline script
 * but the hashed ones the build emits, WebAssembly only on the pages that run it), and the other
 * headers. The build writes it into every page (<meta>) and, through `headers.ts`, into
 * `_headers`, from which our server and the nginx configuration take it.
 */
import { createHash } from 'node:crypto';

/** The sha256 sources of the inline scripts of some HTML (data blocks such as JSON-LD are not scripts). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\ssrc\s*=/.test(attrs) || !body) continue;
    const type = attrs.match(/\stype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (
      type &&
      type !== 'module' &&
      type !== 'text/javascript' &&
      type !== 'application/javascript'
    )
      continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export interface PolicyOptions {
  /** For a <meta> element, which cannot hold frame-ancestors. */
  forMeta?: boolean;
  /** Allows WebAssembly ('wasm-unsafe-eval'): only the search pages, where Pagefind runs, need it. */
  wasm?: boolean;
}

export function contentSecurityPolicy(
  scriptHashes: string[],
  { forMeta = false, wasm = false }: PolicyOptions = {},
): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    [
      'script-src',
      "'self'",
      ...(wasm ? ["'wasm-unsafe-eval'"] : []),
      ...[...new Set(scriptHashes)].sort(),
    ],
    // Styles, fonts, fetches, workers and the manifest: default-src's 'self', which each of them
    // falls back to (so no directive of their own, a few bytes less in every page's <meta>).
    ['img-src', "'self'", 'data:'],
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
    [
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    ],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
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
