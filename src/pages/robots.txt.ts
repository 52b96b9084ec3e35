/** /robots.txt — every page may be crawled; the sitemap lists them with their twins in the other editions. */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/astro/links';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
