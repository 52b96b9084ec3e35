/**
 * The shape of the search page's data for one language (/search/{locale}.json): every
 * provision's own text cut into sentences (what results quote), the names it is found by
 * (never shown as a snippet), the bodies, places and topics for the direct answers, the targets
 * ledger, and the search vocabulary. Built by build-data.ts; safe in the browser.
 */
import type { Edition, Locale } from '../editions.ts';
import type { ProvisionKind } from '../model/schema.ts';
import type { FoldTable, Folding } from './text.ts';
import type { NumberWords } from './numbered.ts';

/**
 * Question forms (content/search.yaml `questions`; stop words too): `words` (什么, which) cut a run
 * of the plan's text before them; `targets` (多少, how big) ask for an amount; `who`, `charge`
 * and `lead` make and answer a question about which body is responsible (`bodies` and `bodyWords`:
 * "which government office" is one); `goals` (target, 目标) are content words that name the
 * targets (not stop words).
 */
export interface QuestionForms {
  words: string[];
  targets: string[];
  who?: string[];
  charge?: string[];
  lead?: string[];
  goals?: string[];
  /** nouns for a kind of body and the words that may stand before one in a who-question (query.ts whoFormOf) */
  /** forms asking when, and words of the plan coming to its end: together, the targets' deadline (query.ts asksTargets) */
  when?: string[];
  ends?: string[];
  bodies?: string[];
  bodyWords?: string[];
}

export interface SearchDoc {
  /** a provision id (task-7), or the id of a section's text (targets, measures-intro) */
  id: string;
  /** a provision's kind, or 'section' for the plan's text outside the provisions (ranked after provisions) */
  kind: ProvisionKind | 'section';
  /** "Task 7" / "重点任务 7"; for a section, the part it opens or "Full text" */
  label: string;
  title: string;
  /** site path without the base: /en/tasks/7/ (a section: the whole plan, /en/plan/) */
  path: string;
  group?: number;
  bodies: string[];
  places: string[];
  /** the responsible bodies' names, for the line under a result: not sent, filled from the entities (unpacked) */
  bodyNames?: string[];
  /** the responsibility bracket as the source writes it, in the edition (route-data/bracket.ts); none for the principles */
  bracket?: string;
  /** the provision's own text: paragraphs of sentences; paragraph n (from 1) has the anchor {id}-p{n} */
  paragraphs: string[][];
  /** the names of its bodies, places and topics in every form: found by, never quoted (sent without those the entities carry: packed) */
  names: string[];
  /**
   * the names of its lead body (the first of its bracket): a query naming it ranks the provision
   * higher; sent as how many of `names` they are (its first ones: prepare.ts leadNames)
   */
  lead: string[] | number;
}

export type EntityKind = 'body' | 'place' | 'topic';

export interface SearchEntity {
  kind: EntityKind;
  id: string;
  /** every name and form it is found by, its name first (bytes: the name is not sent again) */
  names: string[];
  /**
   * the provisions that name it (bodies: that it is responsible for); bytes: a body's or place's
   * are sent empty, being the provisions whose `bodies` or `places` hold it (packed, unpacked)
   */
  provisions: string[];
}

export interface SearchData {
  locale: Locale;
  /** how the edition's text and queries are cut: Chinese character runs, or words */
  script: Edition['script'];
  docs: SearchDoc[];
  entities: SearchEntity[];
  /** Bytes: each kind's list page; an entity's page is it and the entity's id (entityPath) */
  entityPaths: Record<EntityKind, string>;
  /**
   * the targets ledger: its page, how many targets, their names and, name for name, the id of the
   * provision or section stating each (`sources`); `text`, the id of the plan's text stating
   * them, whose readers' words (content/search.yaml `about`) ask for the ledger
   */
  targets: { path: string; count: number; names: string[]; sources: string[]; text?: string };
  vocabulary: {
    stopWords: string[];
    spelling: string[][];
    synonyms: { words: string[]; plan: string[] }[];
    /** question forms (content/search.yaml `questions`), stop words too (foldingOf): `words` cut the plan's runs, `targets` ask for an amount */
    questions?: QuestionForms;
  };
  /** the words for each kind of provision in every edition, for a provision asked for by number (numbered.ts) */
  numbering: NumberWords;
  /**
   * the glossary's terms a misspelt query may have meant (with the entities' names: prepare.ts
   * lexiconOf). Bytes: English sends none here (packed); they come with the common English words,
   * which only the correction needs (/search/en-words.json, words.ts englishAidsFrom).
   */
  lexicon: string[];
  /**
   * An edition in Traditional characters: each of its characters → the Simplified one the
   * search works in. The text and the query are both folded with it (one character for one, so
   * a quote's positions hold), and the vocabulary is the Simplified edition's.
   */
  chars?: Record<string, string>;
  /**
   * Bytes: `chars` as sent holds only the pairs the search page's own fold table (SearchConfig.fold,
   * page.ts pageFoldTable) lacks; the rest are that table's pairs of the edition's characters,
   * put back when the data is read (packed, unpacked).
   */
  charsFromFold?: true;
}

/** A doc as sent: without `names` when they are its bodies', places' and topics' (packed). */
export type SentDoc = Omit<SearchDoc, 'names'> & Partial<Pick<SearchDoc, 'names'>>;

/** The data as sent (/search/{locale}.json; packed, unpacked). */
export type SentData = Omit<SearchData, 'docs'> & { docs: SentDoc[] };

export function foldingOf(vocabulary: SearchData['vocabulary']): Folding {
  const spelling = new Map<string, string>();
  for (const [to, ...from] of vocabulary.spelling) for (const f of from) spelling.set(f, to!);
  // The question forms are stop words too, sent once (bytes).
  const { words = [], targets = [], when = [] } = vocabulary.questions ?? {};
  const stop = [...vocabulary.stopWords, ...words, ...targets, ...when];
  return { spelling, stopWords: new Set(stop.map((w) => w.toLowerCase())) };
}

/** A doc's bodies' and places' names, in order, each once: the first of its `names` (build-data.ts). */
function entityNames(
  doc: Pick<SearchDoc, 'bodies' | 'places'>,
  entities: Map<string, SearchEntity>,
): string[] {
  const of = (kind: EntityKind, id: string) => entities.get(`${kind}:${id}`)?.names ?? [];
  return [
    ...new Set([
      ...doc.bodies.flatMap((id) => of('body', id)),
      ...doc.places.flatMap((id) => of('place', id)),
    ]),
  ];
}

/** The provisions naming a body or place among their bodies or places (a section names none: data.ts packed). */
const namingDocs = (data: Pick<SentData, 'docs'>, e: SearchEntity): string[] =>
  data.docs
    .filter((d) => d.kind !== 'section' && (e.kind === 'body' ? d.bodies : d.places).includes(e.id))
    .map((d) => d.id);

/** The names of the topics naming a provision, in their order. */
const topicNames = (data: Pick<SearchData, 'entities'>, id: string): string[] =>
  data.entities.flatMap((e) => (e.kind === 'topic' && e.provisions.includes(id) ? e.names : []));

const byKindAndId = (data: Pick<SearchData, 'entities'>) =>
  new Map(data.entities.map((e) => [`${e.kind}:${e.id}`, e]));

/** The pairs of `fold` for the characters of the plan's own words in `data` (whole, unpacked). */
function foldedChars(data: SearchData, fold: FoldTable): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of new Set(planTexts(data).join('')))
    if (Object.prototype.hasOwnProperty.call(fold.chars, c)) out[c] = fold.chars[c]!;
  return out;
}

/**
 * The data as sent (/search/{locale}.json). Bytes: a doc's names begin with its bodies' and
 * places' names, which the entities carry: only the rest (its topics' names) is sent, and none
 * when they are every name of the topics naming it, in their order (English: every provision); a
 * body's or place's provisions are the docs naming it, and are sent empty. English sends no
 * glossary terms: only its correction needs them, and gets them with the common English words
 * (/search/en-words.json). An edition in Traditional characters sends only the pairs of `chars`
 * that `fold`, the table its search page carries, does not give (charsFromFold), when that table
 * gives no pair the edition lacks.
 */
export function packed(data: SearchData, fold?: FoldTable): SentData {
  const entities = byKindAndId(data);
  const sent: SentData = {
    ...data,
    lexicon: data.script === 'latin' ? [] : data.lexicon,
    docs: data.docs.map((d) => {
      const known = entityNames(d, entities);
      if (known.some((n, i) => d.names[i] !== n))
        throw new Error(`search data: ${d.id}'s names do not begin with its bodies' and places'`);
      const { names, ...doc } = d;
      const own = names.slice(known.length);
      return own.join('\n') === topicNames(data, d.id).join('\n') ? doc : { ...doc, names: own };
    }),
    entities: data.entities.map((e) => {
      if (e.kind === 'topic') return e;
      if (e.provisions.join() !== namingDocs(data, e).join())
        throw new Error(`search data: ${e.kind} ${e.id}'s provisions are not the docs naming it`);
      return { ...e, provisions: [] };
    }),
  };
  if (!data.chars || !fold) return sent;
  const chars = data.chars;
  const given = new Map(Object.entries(foldedChars(data, fold)));
  if ([...given].some(([c, s]) => chars[c] !== s)) return sent;
  const rest = Object.entries(chars).filter(([c]) => !given.has(c));
  return { ...sent, chars: Object.fromEntries(rest), charsFromFold: true };
}

/**
 * The data as read (packed turned round): a body's or place's provisions from the docs naming it;
 * each doc's bodies' and places' names put back before its own (its topics', where it was sent
 * without); its bodies' names for the line under a result (bodyNames), from the entities; an
 * edition's characters from `fold`, the table its search page carries, where it was sent without.
 */
export function unpacked(data: SentData, fold?: FoldTable): SearchData {
  const entities = byKindAndId(data);
  const whole: SearchData = {
    ...data,
    entities: data.entities.map((e) =>
      e.kind === 'topic' ? e : { ...e, provisions: namingDocs(data, e) },
    ),
    docs: data.docs.map((d) => ({
      ...d,
      names: [...new Set([...entityNames(d, entities), ...(d.names ?? topicNames(data, d.id))])],
      bodyNames: d.bodyNames ?? d.bodies.map((id) => entities.get(`body:${id}`)?.names[0] ?? id),
    })),
  };
  if (!data.charsFromFold) return whole;
  if (!fold)
    throw new Error(
      `search data (${data.locale}): its characters need the search page's fold table`,
    );
  const read: SearchData = { ...whole, chars: { ...foldedChars(whole, fold), ...data.chars } };
  delete read.charsFromFold;
  return read;
}

/** An entity's page: its kind's list page and its id (routes.ts: paths.body, place, topic). */
export function entityPath(entity: SearchEntity, entityPaths: SearchData['entityPaths']): string {
  return `${entityPaths[entity.kind]}${entity.id}/`;
}

/**
 * Everything the plan's own words say, as the search finds in it: each provision's and text's
 * title, sentences and names, the glossary's terms and the entities' names, the targets' names.
 */
export function planTexts(
  data: Pick<SearchData, 'docs' | 'entities' | 'lexicon' | 'targets'>,
): string[] {
  return [
    ...data.docs.flatMap((d) => [d.title, ...d.paragraphs.flat(), ...d.names]),
    ...lexiconOf(data),
    ...data.targets.names,
  ];
}

/** The names and terms a misspelt query may have meant: the entities' names (sent once, with the entities) and the glossary's terms. */
export function lexiconOf(data: Pick<SearchData, 'entities' | 'lexicon'>): string[] {
  return [...new Set([...data.entities.flatMap((e) => e.names), ...data.lexicon])];
}
