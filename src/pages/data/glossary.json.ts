/** /data/glossary.json — every glossary entry, the same data as the glossary pages. */
import type { APIRoute } from 'astro';
import { glossaryExport } from '../../lib/share/export';
import { href } from '../../lib/astro/links';
import { getGlossary } from '../../lib/astro/plan';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(glossaryExport(await getGlossary(), href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
