/** /data/glossary.csv — the glossary as rows, for spreadsheets and translation tools. */
import type { APIRoute } from 'astro';
import { glossaryCsv } from '../../lib/share/export';
import { href } from '../../lib/astro/links';
import { getGlossary } from '../../lib/astro/plan';

export const GET: APIRoute = async () =>
  new Response(`\uFEFF${glossaryCsv(await getGlossary(), href)}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
