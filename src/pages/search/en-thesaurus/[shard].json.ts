/**
 * /search/en-thesaurus/{letter}.json — a shard of the English thesaurus (search/thesaurus.ts),
 * built from WordNet, the plan's words and its readers' words (search/thesaurus-build.ts):
 * fetched only by a query holding a word the plan does not write that begins with the letter.
 */
import type { APIRoute } from 'astro';
import { getSearchData, getSearchVocabulary } from '../../../lib/astro/plan';
import { readersWordsOf } from '../../../lib/search/build-data';
import { shardThesaurus, thesaurusFor } from '../../../lib/search/thesaurus-build';
import { THESAURUS_SHARDS } from '../../../lib/search/thesaurus';
import { loadWordNet } from '../../../lib/node/wordnet';

let shards: Promise<Record<string, Record<string, readonly string[]>>> | undefined;

async function build() {
  const [data, vocabulary] = await Promise.all([getSearchData('en'), getSearchVocabulary()]);
  return shardThesaurus(thesaurusFor(data, loadWordNet(), readersWordsOf(data, vocabulary)));
}

export function getStaticPaths() {
  return THESAURUS_SHARDS.map((shard) => ({ params: { shard } }));
}

export const GET: APIRoute = async ({ params }) => {
  shards ??= build();
  const shard = (await shards)[params.shard ?? ''] ?? {};
  return new Response(JSON.stringify(shard), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
