/** /search/fold.json — the full Traditional → Simplified table, fetched only by a query that needs it. */
import type { APIRoute } from 'astro';
import { getPlan, getSearchVocabulary } from '../../lib/astro/plan';
import { buildFullFoldTable } from '../../lib/search/fold';
import { planVocabulary } from '../../lib/search/page';
import { packFoldTable } from '../../lib/search/text';

export const GET: APIRoute = async () => {
  const plan = planVocabulary(await getPlan());
  // Only what folds to the plan's or the search vocabulary's characters: anything else finds nothing.
  const allowed = plan + JSON.stringify(await getSearchVocabulary());
  return new Response(JSON.stringify(packFoldTable(buildFullFoldTable(plan, allowed))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
