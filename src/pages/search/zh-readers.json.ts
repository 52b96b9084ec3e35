/**
 * /search/zh-readers.json — the provisions' readers' words for both Chinese editions
 * (search/readers.ts): fetched only by a query holding a word the plan's own words never hold.
 */
import type { APIRoute } from 'astro';
import { getSearchData, getSearchVocabulary } from '../../lib/astro/plan';
import { readersWordsOf } from '../../lib/search/build-data';

export const GET: APIRoute = async () => {
  const [data, vocabulary] = await Promise.all([getSearchData('zh'), getSearchVocabulary()]);
  return new Response(JSON.stringify(readersWordsOf(data, vocabulary)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
