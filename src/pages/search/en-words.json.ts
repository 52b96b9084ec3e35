/**
 * /search/en-words.json — what the English correction is given (search/words.ts EnglishAids):
 * the common words of English it might take for a misspelling of one of the plan's words, which it
 * then leaves as typed, and the glossary's terms it may correct to (not sent in en.json: data.ts
 * packed). Fetched with the later stages, only by an English search that reaches the correction.
 */
import type { APIRoute } from 'astro';
import { getSearchData } from '../../lib/astro/plan';
import { loadTaggedLemmas } from '../../lib/node/wordnet';
import { unpacked } from '../../lib/search/data';
import { prepare } from '../../lib/search/prepare';
import { correctionTargets } from '../../lib/search/suggest';
import { nearTargets } from '../../lib/search/words';

export const GET: APIRoute = async () => {
  const data = await getSearchData('en');
  const index = prepare(unpacked(data));
  const words = nearTargets(loadTaggedLemmas(), correctionTargets(index));
  return new Response(JSON.stringify({ words, terms: data.lexicon }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
