/** sitemap.xml: every page in both languages, each with its hreflang twins. */
import type { APIRoute } from 'astro';
import { HREFLANG } from '../lib/i18n';
import { absolute } from '../lib/astro/links';
import { getPlan } from '../lib/astro/plan';
import { sitePages } from '../lib/model/site-pages';
import { switchLocale } from '../lib/routes';
import { LOCALES } from '../lib/model/schema';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async () => {
  const model = await getPlan();
  const urls = sitePages(model).map((path) => {
    const alternates = LOCALES.map(
      (locale) => `    <xhtml:link rel="alternate" hreflang="${HREFLANG[locale]}" href="${escapeXml(absolute(switchLocale(path, locale)))}"/>`,
    ).join('\n');
    return `  <url>\n    <loc>${escapeXml(absolute(path))}</loc>\n${alternates}\n  </url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
