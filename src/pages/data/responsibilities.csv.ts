/** /data/responsibilities.csv — the responsibility matrix as rows, one per body of each bracket. */
import type { APIRoute } from 'astro';
import { responsibilitiesCsv } from '../../lib/share/export';
import { href } from '../../lib/astro/links';
import { getPlan } from '../../lib/astro/plan';

export const GET: APIRoute = async () =>
  new Response(`\uFEFF${responsibilitiesCsv(await getPlan(), href)}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
