/** /data/glossary.schema.json — the JSON Schema of /data/glossary.json, generated from the export's zod schema. */
import type { APIRoute } from 'astro';
import { glossaryJsonSchema } from '../../lib/share/export';
import { absolute } from '../../lib/astro/links';
import { paths } from '../../lib/routes';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(glossaryJsonSchema(absolute(paths.glossarySchema())), null, 2)}\n`,
    { headers: { 'Content-Type': 'application/schema+json' } },
  );
