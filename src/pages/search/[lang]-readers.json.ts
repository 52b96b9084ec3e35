/**
 * /search/{zh,en}-readers.json — the provisions' readers' words of a written language
 * (search/readers.ts; the Traditional edition uses the Chinese file): fetched only by a search
 * that finds no provision holding every word of the query.
 */
import type { APIRoute } from 'astro';
import { getSearchData, getSearchVocabulary } from '../../lib/astro/plan';
import { readersWordsOf } from '../../lib/search/build-data';
import { WRITTEN_LOCALES, type WrittenLocale } from '../../lib/editions';

export function getStaticPaths() {
  return WRITTEN_LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as WrittenLocale;
  const [data, vocabulary] = await Promise.all([getSearchData(lang), getSearchVocabulary()]);
  return new Response(JSON.stringify(readersWordsOf(data, vocabulary)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
