/**
 * /search/en-words.json — the common words of English the correction might take for a
 * misspelling of one of the plan's words (search/words.ts): fetched with the later stages, only by
 * an English search that reaches the correction, which then leaves them as typed.
 */
import type { APIRoute } from 'astro';
import { getSearchData } from '../../lib/astro/plan';
import { loadTaggedLemmas } from '../../lib/node/wordnet';
import { unpacked } from '../../lib/search/data';
import { prepare } from '../../lib/search/prepare';
import { correctionTargets } from '../../lib/search/suggest';
import { nearTargets } from '../../lib/search/words';

export const GET: APIRoute = async () => {
  const index = prepare(unpacked(await getSearchData('en')));
  return new Response(JSON.stringify(nearTargets(loadTaggedLemmas(), correctionTargets(index))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
