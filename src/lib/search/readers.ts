/**
 * Chinese: the provisions' readers' words (content/search.yaml `about`: what a reader may type for
 * what a provision says, in words its text does not use), as the search uses them. One file for
 * both Chinese editions, which search in Simplified characters (/search/zh-readers.json, built by
 * build-data.ts readersWordsOf), fetched only for a query holding a word the plan's own words never
 * hold (core.ts needsReadersWords): only such a word is searched in them (rank.ts unwritten).
 * English sends them in the thesaurus's shards (thesaurus.ts aboutRef). Safe in the browser.
 */
import { prepareSentence, type Prepared } from './prepare.ts';

/** Provision or section id → its readers' words, in Simplified characters. */
export type ReadersWords = Readonly<Record<string, readonly string[]>>;

/** The file as fetched (untrusted JSON): anything not id → string[] is left out. */
export function readersWordsFrom(json: unknown): ReadersWords {
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  if (!json || typeof json !== 'object' || Array.isArray(json)) return out;
  for (const [id, words] of Object.entries(json as Record<string, unknown>))
    if (Array.isArray(words) && /^[a-z][a-z0-9-]*$/.test(id))
      out[id] = words.filter((w): w is string => typeof w === 'string' && w.length > 0);
  return out;
}

const made = new WeakMap<Prepared, WeakMap<ReadersWords, Prepared>>();

/** The edition's prepared data with each provision's readers' words (made once per file). */
export function withReadersWords(index: Prepared, readers: ReadersWords): Prepared {
  if (index.script !== 'han') return index;
  let byFile = made.get(index);
  if (!byFile) made.set(index, (byFile = new WeakMap()));
  let prepared = byFile.get(readers);
  if (!prepared) {
    const own = (id: string) =>
      Object.prototype.hasOwnProperty.call(readers, id) ? (readers[id] ?? []) : [];
    prepared = {
      ...index,
      docs: index.docs.map((d) => ({
        ...d,
        about: own(d.doc.id).map((w) => prepareSentence(w, 0, 'han', index.folding, index.fold)),
      })),
    };
    byFile.set(readers, prepared);
  }
  return prepared;
}
