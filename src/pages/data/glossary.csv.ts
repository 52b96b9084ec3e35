/** /data/glossary.csv — the glossary as rows, for spreadsheets and translation tools. */
import type { APIRoute } from 'astro';
import { glossaryCsv } from '../../lib/share/export';
import { glossaryEntries } from '../../lib/route-data/glossary';
import { href } from '../../lib/astro/links';
import { getPlan } from '../../lib/astro/plan';

export const GET: APIRoute = async () =>
  new Response(`\uFEFF${glossaryCsv(glossaryEntries(await getPlan()), href)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
