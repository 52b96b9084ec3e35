/**
 * /search/zh-sounds.json — which characters sound alike (search/sounds.ts), for correcting a
 * Chinese query typed with a pinyin input method: fetched with the later stages, only by a Chinese
 * search that reaches the correction.
 */
import type { APIRoute } from 'astro';
import { getPlan, getSearchVocabulary } from '../../lib/astro/plan';
import { soundsTable } from '../../lib/node/sounds';
import { planVocabulary } from '../../lib/search/page';

export const GET: APIRoute = async () => {
  const plan = planVocabulary(await getPlan()) + JSON.stringify(await getSearchVocabulary());
  return new Response(JSON.stringify(soundsTable(plan)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
