/**
 * The search data made ready once per edition: every provision's title, sentences and names
 * cut into the keys the query is matched against (English: folded, stemmed tokens; Chinese: the
 * normalised text in Simplified characters), and the tests of whether a prepared sentence holds
 * a query's word. Everything here is computed in the constructor of the engine, never per query.
 */
import { gatherCompounds, type Compounds } from './compounds.ts';
import {
  foldingOf,
  lexiconOf,
  planTexts,
  type SearchData,
  type SearchDoc,
  type SearchEntity,
} from './data.ts';
import type { Alternative, Group, QueryContext, Script } from './query.ts';
import { RANKING } from './weights.ts';
import { hasRun, isHan, normalise, runStarts, tokens, type Folding, type Token } from './text.ts';

export interface PreparedSentence {
  text: string;
  paragraph: number;
  /** English tokens (keys for matching, positions for marks) */
  tokens: Token[];
  /** content keys in order (stop words out), for runs */
  keys: string[];
  /** Chinese: the normalised text */
  lower: string;
}

export interface PreparedDoc {
  doc: SearchDoc;
  order: number;
  title: PreparedSentence;
  sentences: PreparedSentence[];
  names: PreparedSentence[];
  /** English: the provision's kind ("Principle"), also among its names */
  kind: PreparedSentence[];
  lead: PreparedSentence[];
  /** its readers' words (content/search.yaml `about`), when a query needs them (readers.ts) */
  about: PreparedSentence[];
  /** Chinese: the two-character pieces of its text, for telling apart provisions that tie */
  bigrams: Set<string>;
}

/** One edition's search data, prepared. */
export interface Prepared {
  script: Script;
  folding: Folding;
  /** The edition's characters folded to the ones the search works in (see SearchData.chars); one for one. */
  fold: (text: string) => string;
  /** What queries are parsed against. */
  context: QueryContext;
  docs: PreparedDoc[];
  entities: { entity: SearchEntity; names: PreparedSentence[] }[];
  targetNames: PreparedSentence[];
  /** The provision or section stating each target name (SearchData.targets.sources), name for name. */
  targetSources: string[];
  /** Names and terms a misspelt query may have meant. */
  lexicon: string[];
  /** English: the plan's content words with how often they occur, for corrections. */
  vocabularyWords: Map<string, number>;
  /** English: the plan's hyphenated compounds and word keys (compounds.ts). */
  compounds: Compounds;
  /** Every character of the plan's text and names: a query character outside it may be Traditional. */
  knownChars: ReadonlySet<string>;
  /** An edition in Traditional characters: each of its names, by its folded form (创新券 → 創新券), for showing a correction in the edition's form. */
  editionForms: ReadonlyMap<string, string>;
}

export function prepare(data: SearchData): Prepared {
  const script = data.script;
  const folding = foldingOf(data.vocabulary);
  const chars = data.chars ?? {};
  const fold = (text: string): string => {
    if (script !== 'han' || !data.chars) return text;
    let out = '';
    for (const c of text) out += chars[c] ?? c;
    return out;
  };
  const sentence = (text: string, paragraph: number) =>
    prepareSentence(text, paragraph, script, folding, fold);
  const docs = data.docs.map((doc, order) => {
    const kind = kindName(doc, script).map((n) => sentence(n, 0));
    return {
      doc,
      order,
      title: sentence(doc.title, 0),
      sentences: doc.paragraphs.flatMap((sentences, i) => sentences.map((s) => sentence(s, i + 1))),
      // English: the provision's kind is one of its names ("principles", "implementation"), so a
      // query naming the kind finds its provisions where the text does not say the word.
      names: [...doc.names.map((n) => sentence(n, 0)), ...kind],
      kind,
      lead: leadNames(doc).map((n) => sentence(n, 0)),
      // Readers' words come with a query that needs them (readers.ts withReadersWords).
      about: [],
      bigrams:
        script === 'han'
          ? bigrams(fold(normalise([doc.title, ...doc.paragraphs.flat()].join(''))))
          : new Set<string>(),
    };
  });
  const lexicon = lexiconOf(data);
  const written = normalise(planTexts(data).join('\n'));
  const corpus = fold(written);
  const vocabularyWords = new Map<string, number>();
  if (script === 'latin') {
    for (const d of docs)
      for (const s of [d.title, ...d.sentences, ...d.names])
        for (const t of s.tokens) {
          if (
            !folding.stopWords.has(t.word) &&
            t.word.length >= RANKING.suggest.minWord &&
            !/\d/.test(t.word)
          )
            vocabularyWords.set(t.word, (vocabularyWords.get(t.word) ?? 0) + 1);
        }
  }
  return {
    script,
    folding,
    fold,
    context: {
      script,
      folding,
      synonyms: data.vocabulary.synonyms,
      corpus,
      // The question forms and the targets' names: the parser tells a question about the targets.
      questions: data.vocabulary.questions,
      targetNames: data.targets.names.map((n) => fold(normalise(n))),
    },
    docs,
    entities: data.entities.map((entity) => ({
      entity,
      names: entity.names.map((n) => sentence(n, 0)),
    })),
    targetNames: data.targets.names.map((n) => sentence(n, 0)),
    targetSources: data.targets.sources,
    lexicon,
    vocabularyWords,
    compounds:
      script === 'latin'
        ? gatherCompounds(
            data.docs.flatMap((d) => [d.title, ...d.paragraphs.flat(), ...d.names]),
            folding,
          )
        : { split: new Map(), keys: new Set(), pairs: new Set() },
    knownChars: new Set([...written, ...corpus]),
    editionForms: new Map(
      data.chars
        ? lexicon
            .map(normalise)
            .filter((t) => fold(t) !== t)
            .map((t) => [fold(t), t])
        : [],
    ),
  };
}

export function prepareSentence(
  text: string,
  paragraph: number,
  script: Script,
  folding: Folding,
  fold: (text: string) => string = (t) => t,
): PreparedSentence {
  if (script === 'han')
    return { text, paragraph, tokens: [], keys: [], lower: fold(normalise(text)) };
  const toks = tokens(text, folding);
  return {
    text,
    paragraph,
    tokens: toks,
    keys: toks.filter((t) => !folding.stopWords.has(t.word)).map((t) => t.key),
    lower: '',
  };
}

/** Whether a sentence holds an alternative: Chinese, the string; English, its keys in a row. */
export function holds(s: PreparedSentence, alt: Alternative, script: Script): boolean {
  if (script === 'han') return s.lower.includes(alt.keys[0]!);
  return alt.keys.length === 1 ? s.keys.includes(alt.keys[0]!) : hasRun(s.keys, alt.keys);
}

export function holdsGroup(s: PreparedSentence, g: Group, script: Script): boolean {
  return g.alternatives.some((a) => holds(s, a, script));
}

/** How many times a sentence mentions the group: the most of any one alternative (Chinese: the string; English: its keys in a row). */
export function mentionsOf(s: PreparedSentence, g: Group, script: Script): number {
  let most = 0;
  for (const a of g.alternatives) {
    const n =
      script === 'han' ? s.lower.split(a.keys[0]!).length - 1 : runStarts(s.keys, a.keys).length;
    if (n > most) most = n;
  }
  return most;
}

/** The weight of the best alternative of `g` that `s` holds (0: none). */
export function groupWeight(s: PreparedSentence, g: Group, script: Script): number {
  let best = 0;
  for (const a of g.alternatives) if (a.weight > best && holds(s, a, script)) best = a.weight;
  return best;
}

/** Whether a sentence holds the query's content in one piece. */
export function holdsPhrase(s: PreparedSentence, phrase: string[], script: Script): boolean {
  if (phrase.length === 0) return false;
  if (script === 'han') return s.lower.includes(phrase[0]!);
  return phrase.length > 1 && hasRun(s.keys, phrase);
}

/**
 * Whether the plan's own words for a provision (title, text or names) hold the group: not its
 * readers' words, which are not the plan's (a word only they hold is one the plan does not use).
 */
export function docHolds(d: PreparedDoc, g: Group, script: Script): boolean {
  return [d.title, ...d.sentences, ...d.names].some((x) => holdsGroup(x, g, script));
}

/** The two-character pieces of a Chinese text. */
export function bigrams(text: string): Set<string> {
  const chars = [...text].filter(isHan);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** The names of a doc's lead body: sent as how many of its names they are (the first ones), or as the names. */
export function leadNames(doc: SearchDoc): string[] {
  return typeof doc.lead === 'number' ? doc.names.slice(0, doc.lead) : doc.lead;
}

/** English: the name of a provision's kind, its label without the number ("Implementation item"). */
function kindName(doc: SearchDoc, script: Script): string[] {
  const kind = script === 'latin' && doc.kind !== 'section' ? doc.label.replace(/\s*\d+$/, '') : '';
  return kind ? [kind] : [];
}
