/** /search/fold.json — the full Traditional → Simplified table, fetched only by a query that needs it. */
import type { APIRoute } from 'astro';
import { buildFullFoldTable } from '../../lib/search/fold';
import { packFoldTable } from '../../lib/search/text';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(packFoldTable(buildFullFoldTable())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
