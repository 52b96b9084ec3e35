/**
 * Where the site is published. The public origin and the base path come from the environment
 * (SITE_ORIGIN, BASE_PATH) so that one build can be deployed at a domain root or under a sub-path.
 * astro.config.mjs reads the same function, so the value is defined once.
 */
export const DEFAULT_ORIGIN = 'https://shenyang-ai-plan.example';

export interface SiteConfig {
  /** Public origin, without a trailing slash: `https://example.org`. */
  origin: string;
  /** Base path, always starting and ending with `/`: `/` or `/shenyang-ai-plan/`. */
  base: string;
}

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

export function siteConfigFromEnv(env: Record<string, string | undefined>): SiteConfig {
  return { origin: normaliseOrigin(env['SITE_ORIGIN']), base: normaliseBase(env['BASE_PATH']) };
}
