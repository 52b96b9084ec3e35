/**
 * The English thesaurus, as the search uses it: a word the plan does not write (its key, folded
 * and stemmed as the text is) → the plan's words that share a WordNet sense with it (hire →
 * employers, chipmaker → chips), or, where none does, the provisions' readers' words that do
 * (kiosk → booths: found once the readers' words are loaded, readers.ts). Built at build time
 * (thesaurus-build.ts), sent in shards by the key's first letter
 * (/search/en-thesaurus/{letter}.json), fetched only for a query holding a word the plan does
 * not write. Safe in the browser.
 */
import { tokens, type Folding } from './text.ts';

/** One shard or several merged: key → the plan's words (or readers' words), best first. */
export type Thesaurus = Readonly<Record<string, readonly string[]>>;

/** The shards there are: a key's first letter (keys starting with a digit have none). */
export const THESAURUS_SHARDS = [...'abcdefghijklmnopqrstuvwxyz'] as const;

/** The shard a key is in, or undefined for a key no shard holds. */
export function shardOf(key: string): string | undefined {
  const first = key[0];
  return first !== undefined && first >= 'a' && first <= 'z' ? first : undefined;
}

/**
 * The shards a query needs: the first letters of its words' keys that the plan does not write
 * (`planKeys`) and that are not stop words. Empty for a query of the plan's own words.
 */
export function shardsFor(
  query: string,
  folding: Folding,
  planKeys: { has(key: string): boolean },
): string[] {
  const shards = new Set<string>();
  for (const t of tokens(query.slice(0, 200), folding)) {
    if (folding.stopWords.has(t.word) || planKeys.has(t.key) || /\d/.test(t.key)) continue;
    const shard = shardOf(t.key);
    if (shard) shards.add(shard);
  }
  return [...shards].sort();
}

/** The plan's words for a key, or none; safe on any key (an own property only, never `__proto__`'s). */
export function lookUp(thesaurus: Thesaurus | undefined, key: string): readonly string[] {
  return (
    (thesaurus && Object.prototype.hasOwnProperty.call(thesaurus, key) && thesaurus[key]) || []
  );
}

/** Shards as fetched (untrusted JSON) merged into one thesaurus; anything not key → string[] is left out. */
export function mergeShards(shards: unknown[]): Thesaurus {
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const shard of shards) {
    if (!shard || typeof shard !== 'object' || Array.isArray(shard)) continue;
    for (const [key, words] of Object.entries(shard as Record<string, unknown>))
      if (Array.isArray(words) && /^[a-z][a-z0-9]*$/.test(key))
        out[key] = words.filter((w): w is string => typeof w === 'string').slice(0, 8);
  }
  return out;
}
