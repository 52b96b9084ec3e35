/** /data/plan.schema.json — the JSON Schema of /data/plan.json, generated from the export's zod schema. */
import type { APIRoute } from 'astro';
import { planJsonSchema } from '../../lib/share/export';
import { absolute } from '../../lib/astro/links';
import { paths } from '../../lib/routes';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(planJsonSchema(absolute(paths.dataSchema())), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
