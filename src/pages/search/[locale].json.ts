/** /search/{locale}.json — what the search page ranks and quotes (see src/lib/search/data.ts). */
import type { APIRoute } from 'astro';
import { getPlan, getSearchData } from '../../lib/astro/plan';
import { packed } from '../../lib/search/data';
import { pageFoldTable } from '../../lib/search/page';
import type { Locale } from '../../lib/model/schema';
import { localePaths } from '../../lib/astro/static-paths';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const data = await getSearchData(locale);
  return new Response(JSON.stringify(packed(data, pageFoldTable(await getPlan()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
