/**
 * The provisions' readers' words (content/search.yaml `about`: what a reader may type for what a
 * provision says, in words its text does not use), as the search uses them. One file per written
 * language (/search/{zh,en}-readers.json, built by build-data.ts readersWordsOf; the Traditional
 * edition searches in Simplified characters and uses the Chinese one), fetched only when a search
 * finds no provision holding every word of the query, or (English) holds a word the plan's text
 * does not write, found only by the thesaurus's guesses or a body's name (core.ts
 * wantsReadersWords), like the later stages. A provision's readers' words count only for a word
 * its own words do not hold (rank.ts).
 * Safe in the browser.
 */
import { prepareSentence, type Prepared } from './prepare.ts';
import type { ParsedQuery } from './query.ts';
import { inReadersWords } from './rank.ts';

/** Provision or section id → its readers' words, in the words and characters the search works in. */
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
        about: own(d.doc.id).map((w) =>
          prepareSentence(w, 0, index.script, index.folding, index.fold),
        ),
      })),
    };
    byFile.set(readers, prepared);
  }
  return prepared;
}

/**
 * The thesaurus guesses for a word only where neither the plan nor its readers' words write it:
 * a word some provision's readers' words hold ("published": the notice) loses its guesses
 * (publicize), which would find other provisions before the one readers mean by it.
 */
export function withoutGuessesReadersHold(query: ParsedQuery, index: Prepared): ParsedQuery {
  let changed = false;
  const groups = query.groups.map((g) => {
    if (!g.alternatives.some((a) => a.guess)) return g;
    const own = { ...g, alternatives: g.alternatives.filter((a) => !a.guess) };
    if (!inReadersWords(index, own)) return g;
    changed = true;
    return own;
  });
  return changed ? { ...query, groups } : query;
}
