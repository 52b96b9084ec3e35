/**
 * Where the site is published. The public origin and the base path come from the environment
 * (SITE_ORIGIN, BASE_PATH) so that one build can be deployed at a domain root or under a sub-path.
 * astro.config.mjs reads the same function, so the value is defined once. Where readers report
 * an error (REPORT_URL: an issue tracker or a mailto: address) is the deployment's too; the site's
 * licences are the project's, declared here once.
 */
export const DEFAULT_ORIGIN = 'https://shenyang-ai-plan.example';

export interface SiteConfig {
  /** Public origin, without a trailing slash: `https://example.org`. */
  origin: string;
  /** Base path, always starting and ending with `/`: `/` or `/shenyang-ai-plan/`. */
  base: string;
  /** Where readers report an error: an http(s) page or a mailto: address; none when not configured. */
  report?: string | undefined;
}

/** The licences of the site's own work (translation, notes, glossary, data) and of its code. */
export const LICENCES = {
  content: { spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  code: { spdx: 'MIT', url: 'https://opensource.org/license/mit' },
} as const;

export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function normaliseOrigin(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_ORIGIN;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_ORIGIN is not a URL: "${value}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_ORIGIN must be an origin only (no path): "${value}". Put a sub-path in BASE_PATH.`,
    );
  }
  return url.origin;
}

/** REPORT_URL: an http(s) URL or a mailto: address, else nothing (the About page then says none is set up). */
export function normaliseReport(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`REPORT_URL is not a URL: "${value}"`);
  }
  if (
    !['http:', 'https:', 'mailto:'].includes(url.protocol) ||
    (url.protocol === 'mailto:' && !url.pathname.includes('@'))
  )
    throw new Error(`REPORT_URL must be an http(s) address or a mailto: address: "${value}"`);
  return url.href;
}

export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  const report = normaliseReport(env['REPORT_URL']);
  return {
    origin: normaliseOrigin(env['SITE_ORIGIN']),
    base: normaliseBase(env['BASE_PATH']),
    ...(report ? { report } : {}),
  };
}
