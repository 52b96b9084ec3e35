/** /search/{locale}.json — what the search page ranks and quotes (see src/lib/search/data.ts). */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../lib/i18n';
import { getPlan, getSearchVocabulary } from '../../lib/astro/plan';
import { buildSearchData } from '../../lib/search/build-data';
import type { Locale } from '../../lib/model/schema';
import { localePaths } from '../../lib/astro/static-paths';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const data = buildSearchData(
    await getPlan(),
    await getSearchVocabulary(),
    locale,
    useTranslations(locale),
  );
  return new Response(JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
