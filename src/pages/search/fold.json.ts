/** /search/fold.json — the full Traditional → Simplified table, fetched only by a query that needs it. */
import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/astro/plan';
import { buildFullFoldTable } from '../../lib/search/fold';
import { planVocabulary } from '../../lib/search/page';
import { packFoldTable } from '../../lib/search/text';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(packFoldTable(buildFullFoldTable(planVocabulary(await getPlan())))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
