/** /data/plan.json — the open data of SPEC.md, derived from the same model as the pages. */
import type { APIRoute } from 'astro';
import { planExport } from '../../lib/share/export';
import { href } from '../../lib/astro/links';
import { getPlan } from '../../lib/astro/plan';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(planExport(await getPlan(), href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
