/** /data/responsibilities.csv — the responsibility matrix as rows, one per body of each bracket. */
import type { APIRoute } from 'astro';
import { responsibilitiesCsv } from '../../lib/export';
import { href } from '../../lib/links';
import { getPlan } from '../../lib/plan';

export const GET: APIRoute = async () =>
  new Response(`\uFEFF${responsibilitiesCsv(await getPlan(), href)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
