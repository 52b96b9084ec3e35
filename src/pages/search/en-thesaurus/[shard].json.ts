/**
 * /search/en-thesaurus/{letter}.json — a shard of the English thesaurus (search/thesaurus.ts):
 * fetched only by a query holding a word the plan does not write that begins with the letter.
 */
import type { APIRoute } from 'astro';
import { getSearchData, getSearchVocabulary } from '../../../lib/astro/plan';
import { shardThesaurus, thesaurusFor } from '../../../lib/search/thesaurus-build';
import { THESAURUS_SHARDS } from '../../../lib/search/thesaurus';
import { loadWordNet } from '../../../lib/node/wordnet';

let shards: Promise<Record<string, Record<string, readonly string[]>>> | undefined;

/** The thesaurus, with the provisions' English readers' words (content/search.yaml `about`). */
async function build() {
  const [data, vocabulary] = await Promise.all([getSearchData('en'), getSearchVocabulary()]);
  const about = Object.fromEntries(
    Object.entries(vocabulary.about ?? {}).map(([id, words]) => [id, words.en]),
  );
  return shardThesaurus(thesaurusFor(data, loadWordNet(), about));
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
