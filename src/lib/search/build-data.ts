/**
 * Build time: the search page's data for one language, built once from the checked model and
 * the search vocabulary (content/search.yaml), served as /search/{locale}.json.
 */
import { resources, type Translate } from '../i18n.ts';
import { numberWords } from './numbered.ts';
import { provisionLabel } from '../model/labels.ts';
import { bracketText } from '../model/bracket.ts';
import { textPlaces } from '../route-data/outline-view.ts';
import { sentences } from '../model/graph.ts';
import type { PlanModel } from '../model/model.ts';
import { targetsTextId } from '../model/queries.ts';
import { unique } from '../model/text.ts';
import { paths } from '../routes.ts';
import {
  SOURCE_LOCALE,
  LOCALES,
  edition,
  isHanScript,
  writtenEditionOf,
  type DerivedLocale,
  type Locale,
  type WrittenLocale,
} from '../editions.ts';
import type { SearchVocabulary } from '../model/schema.ts';
import { ContentError } from '../model/errors.ts';
import { foldToSource } from '../convert/derive.ts';
import {
  foldingOf,
  planTexts,
  type SearchData,
  type SearchDoc,
  type SearchEntity,
} from './data.ts';
import type { ReadersWords } from './readers.ts';
import {
  contentKeys,
  foldQuery,
  foldSpelling,
  hasRun,
  inflectionless,
  inflectionlessWords,
  tokens,
  type FoldTable,
} from './text.ts';
import { buildFullFoldTable } from './fold.ts';

export const VOCABULARY_FILE = 'content/search.yaml';

export function buildSearchData(
  model: PlanModel,
  vocabulary: SearchVocabulary,
  locale: Locale,
  t: Translate,
): SearchData {
  // An edition in Chinese characters is also found by the glossary's Chinese forms, as it writes them.
  const han = isHanScript(locale);
  const forms = (x: { formsIn: Record<Locale, string[]> }) => x.formsIn[locale];
  const bodyNames = (b: PlanModel['bodies'][number]) => [
    b.name[locale],
    ...(b.fullName ? [b.fullName[locale]] : []),
    ...(b.alsoKnownAs ? [b.alsoKnownAs[locale]] : []),
    ...(b.houses ? [b.houses[locale]] : []),
    ...(b.alsoCalled?.[locale] ?? []),
    ...forms(b),
  ];
  const placeNames = (p: PlanModel['places'][number]) => [p.name[locale], ...forms(p)];
  const topicNames = (p: PlanModel['topics'][number]) => [p.name[locale], ...forms(p)];
  /** A topic names a provision by its name and by the forms its text uses (创新券 is a form of finance, but not every finance provision says it). */
  const topicNamesIn = (p: PlanModel['topics'][number], sourceText: string) => [
    p.name[locale],
    ...forms(p).filter((_, i) => sourceText.includes(p.forms[i]!)),
  ];
  const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;

  const docs: SearchDoc[] = model.provisions.map((p) => ({
    id: p.id,
    kind: p.kind,
    label: provisionLabel(p, t),
    title: p.title[locale],
    path: paths.provision(locale, p.id),
    ...(p.group ? { group: p.group } : {}),
    bodies: p.bodies,
    places: p.places,
    ...(p.bracket ? { bracket: bracketText(p.bracket[locale]) } : {}),
    paragraphs: p.paragraphs[locale].map((para) => sentences(para, locale)),
    // Bytes: the lead body's names are the first of `names`; only how many is sent.
    lead: p.bodies[0] ? unique(bodyNames(byId(model.bodies, p.bodies[0]))).length : 0,
    names: unique([
      ...p.bodies.flatMap((id) => bodyNames(byId(model.bodies, id))),
      ...p.places.flatMap((id) => placeNames(byId(model.places, id))),
      // In the topics' order, as their entities come (data.ts packed).
      ...model.topics
        .filter((x) => p.topics.includes(x.id))
        .flatMap((x) =>
          topicNamesIn(x, p.title[SOURCE_LOCALE] + p.paragraphs[SOURCE_LOCALE].join('')),
        ),
    ]),
  }));

  // The plan's text outside the provisions (the notice, the preamble, the guiding ideology, the
  // targets, the introductions of parts three and four): found too, after the provisions.
  const headings = textPlaces(model, locale, t);
  for (const [id, text] of Object.entries(model.texts)) {
    docs.push({
      id,
      kind: 'section',
      label: headings.get(id)?.label ?? t('plan.title'),
      title: headings.get(id)?.title ?? t('plan.title'),
      path: paths.plan(locale),
      bodies: [],
      places: text.places,
      paragraphs: text.paragraphs[locale].map((para) => sentences(para, locale)),
      names: unique(text.places.flatMap((pid) => placeNames(byId(model.places, pid)))),
      lead: [],
    });
  }

  checkAbout(vocabulary, docs);

  const entities: SearchEntity[] = [
    ...model.bodies.map((b) => ({
      kind: 'body' as const,
      id: b.id,
      names: unique(bodyNames(b)),
      provisions: model.provisions.filter((p) => p.bodies.includes(b.id)).map((p) => p.id),
    })),
    ...model.places.map((x) => ({
      kind: 'place' as const,
      id: x.id,
      names: unique(placeNames(x)),
      provisions: model.provisions.filter((p) => p.places.includes(x.id)).map((p) => p.id),
    })),
    ...model.topics.map((x) => ({
      kind: 'topic' as const,
      id: x.id,
      names: unique(topicNames(x)),
      provisions: model.provisions.filter((p) => p.topics.includes(x.id)).map((p) => p.id),
    })),
  ];

  const targetsText = targetsTextId(model);
  // Each target's names (its label; in Chinese its quote too), with the provision or section stating it.
  const targetNamed = new Map<string, string>();
  for (const x of model.targets)
    for (const name of [x.label[locale], ...(han ? [x.quote] : [])])
      if (!targetNamed.has(name)) targetNamed.set(name, x.source);
  const targets: SearchData['targets'] = {
    path: paths.targets(locale),
    count: model.targets.length,
    names: [...targetNamed.keys()],
    sources: [...targetNamed.values()],
    ...(targetsText ? { text: targetsText } : {}),
  };
  // Bytes: the entities' names are sent once, with the entities; prepare.ts puts them back (lexiconOf).
  const lexicon = unique(model.terms.map((x) => x[locale].replace(/[“”"]/g, ''))).filter(
    (term) => !entities.some((e) => e.names.includes(term)),
  );
  const data: SearchData = {
    locale,
    script: edition(locale).script,
    docs,
    entities,
    entityPaths: {
      body: paths.bodies(locale),
      place: paths.places(locale),
      topic: paths.topics(locale),
    },
    targets,
    // A generated edition searches with its source edition's vocabulary (its queries fold to it).
    vocabulary: searchVocabularyOf(
      vocabulary,
      writtenEditionOf(locale),
      planTexts({ docs, entities, lexicon, targets }),
    ),
    numbering: numberWords(LOCALES.map((l) => resources[l].kind)),
    lexicon,
  };
  if (writtenEditionOf(locale) !== locale) {
    data.chars = foldToSource(locale as DerivedLocale, planTexts(data).join(''));
  } else {
    checkSynonyms(model, data);
  }
  return data;
}

/**
 * The readers' words of each provision and section (content/search.yaml `about`) in the written
 * edition `data` is for, served apart (/search/{zh,en}-readers.json, readers.ts). Chinese: as both
 * Chinese editions search (Simplified: each word also as a query is folded); bytes: a word the
 * plan's own words hold whole is left out (it never finds more than the text does).
 */
export function readersWordsOf(data: SearchData, vocabulary: SearchVocabulary): ReadersWords {
  const source = writtenEditionOf(data.locale);
  const han = isHanScript(source);
  const plan = planTexts(data).join('\n');
  const out: Record<string, string[]> = {};
  for (const [id, words] of Object.entries(vocabulary.about ?? {})) {
    const kept = han
      ? asQueried(words[source]).filter((w) => !plan.includes(w))
      : unique(words[source]);
    if (kept.length) out[id] = kept;
  }
  return out;
}

/** Every key of `about` is the id of a provision or section: a typo there would find nothing, silently. */
function checkAbout(vocabulary: SearchVocabulary, docs: SearchDoc[]): void {
  const ids = new Set(docs.map((d) => d.id));
  for (const id of Object.keys(vocabulary.about ?? {}))
    if (!ids.has(id))
      throw new ContentError(VOCABULARY_FILE, `about.${id}`, 'no provision or section has this id');
}

/**
 * A written edition's search vocabulary as the search meets a query: in Chinese, words written in
 * Traditional characters or Taiwan/Hong Kong wording (甚麼, 軟體) are folded the way a query is
 * (甚么, 软件) and kept beside the form written. Question forms are handed over apart (for cutting
 * runs, English question phrases, target questions and a query that only asks) and once only:
 * the reader adds them to the stop words (data.ts foldingOf), never required of a result.
 * Spelling variants are English only.
 */
export function searchVocabularyOf(
  vocabulary: SearchVocabulary,
  source: WrittenLocale,
  /** the plan's text and names in that language (planTexts): which forms of a synonym's words it writes */
  texts: string[],
): SearchData['vocabulary'] {
  const han = isHanScript(source);
  const folded = han ? asQueried : (ws: string[]) => unique(ws);
  const words = folded(vocabulary.questions?.words[source] ?? []);
  const targets = folded(vocabulary.questions?.targets[source] ?? []);
  // Sent apart too in English: a query of question words only ("what", "is there") searches nothing.
  const who = folded(vocabulary.questions?.who?.[source] ?? []);
  const charge = vocabulary.questions?.charge?.[source] ?? [];
  const lead = folded(vocabulary.questions?.lead?.[source] ?? []);
  const goals = folded(vocabulary.questions?.goals?.[source] ?? []).map((w) => w.toLowerCase());
  const when = folded(vocabulary.questions?.when?.[source] ?? []);
  const ends = folded(vocabulary.questions?.ends?.[source] ?? []);
  const bodies = folded(vocabulary.questions?.bodies?.[source] ?? []);
  const bodyWords = folded(vocabulary.questions?.bodyWords?.[source] ?? []);
  // Bytes: a who-question is sent only where the edition has the plan's words for being in charge.
  const questions = {
    words,
    targets,
    ...(who.length && charge.length
      ? {
          who,
          charge,
          ...(lead.length ? { lead } : {}),
          ...(bodies.length ? { bodies, ...(bodyWords.length ? { bodyWords } : {}) } : {}),
        }
      : {}),
    ...(goals.length ? { goals } : {}),
    ...(when.length && ends.length ? { when, ends } : {}),
  };
  return {
    // The question forms are stop words too: added where the data is read (data.ts foldingOf).
    stopWords: unique(folded(vocabulary.stopWords[source])).filter(
      (w) => !words.includes(w) && !targets.includes(w) && !when.includes(w),
    ),
    // Bytes: a variant the regular endings fold already (organisation, centre) is not sent.
    spelling: han
      ? []
      : vocabulary.spelling
          .map(([to, ...from]) => [to!, ...from.filter((f) => foldSpelling(f, new Map()) !== to)])
          .filter((entry) => entry.length > 1),
    synonyms: han
      ? vocabulary.synonyms[source].map((entry) => ({
          words: folded(entry.words),
          plan: entry.plan,
        }))
      : byKeys(vocabulary, source, texts),
    questions,
  };
}

/**
 * Bytes: English synonym words are matched on their keys (stemmed, spelling folded: query.ts), so
 * of the forms of one word (subsidy, subsidies, subsidise) only the first is sent; but a word the
 * plan writes stands for a synonym only when the entry lists it (query.ts), so a form of it the
 * plan writes is sent too (funding, fund: the plan writes "fund").
 */
function byKeys(
  vocabulary: SearchVocabulary,
  source: WrittenLocale,
  texts: string[],
): SearchData['vocabulary']['synonyms'] {
  const folding = foldingOf({
    stopWords: vocabulary.stopWords[source],
    spelling: vocabulary.spelling,
    synonyms: [],
  });
  // The plan's words, each without its inflection (made once: tokenizing the plan takes a moment).
  const written = inflectionlessWords(texts.join('\n'), folding);
  return vocabulary.synonyms[source].map((entry) => {
    const seen = new Set<string>();
    const words = entry.words.filter((w) => {
      const toks = tokens(w, folding);
      const key = toks.map((t) => t.key).join(' ');
      const forms = toks.map((t) => inflectionless(t.word));
      const form = `${key}/${forms.join(' ')}`;
      if (seen.has(form) || (seen.has(key) && !forms.every((f) => written.has(f)))) return false;
      seen.add(key);
      seen.add(form);
      return true;
    });
    return { words, plan: entry.plan };
  });
}

/**
 * Chinese words as a query meets them: each folded the way a query is (甚麼 → 甚么, 軟體 → 软件) and
 * as written; both, because the whole of OpenCC's table reads some of the plan's own words as
 * Taiwan wording (智慧 → 智能).
 */
function asQueried(words: string[]): string[] {
  return unique(words.flatMap((w) => [foldQuery(w, fullFold()), w]));
}

let full: FoldTable | undefined;
/** OpenCC's whole Traditional → Simplified table (made once: it takes a moment). */
function fullFold(): FoldTable {
  full ??= buildFullFoldTable();
  return full;
}

/** Every `plan` word of a synonym must be in the plan's text or names in its language: a typo there would find nothing, silently. */
function checkSynonyms(model: PlanModel, data: SearchData) {
  const locale = data.locale;
  const texts = [
    ...model.provisions.flatMap((p) => [p.title[locale], ...p.paragraphs[locale]]),
    ...Object.values(model.texts).flatMap((x) => [
      ...(x.title ? [x.title[locale]] : []),
      ...x.paragraphs[locale],
    ]),
    ...data.entities.flatMap((e) => e.names),
  ];
  const folding = foldingOf(data.vocabulary);
  const han = isHanScript(locale);
  const keyed = han ? [] : texts.map((x) => contentKeys(x, folding));
  for (const word of data.vocabulary.questions?.charge ?? [])
    if (!texts.some((x) => x.includes(word)))
      throw new ContentError(
        VOCABULARY_FILE,
        `questions.charge.${locale}`,
        `"${word}" does not occur in the plan's ${locale} text`,
      );
  data.vocabulary.synonyms.forEach((entry, i) => {
    for (const word of entry.plan) {
      const found = han
        ? texts.some((x) => x.includes(word))
        : keyed.some((keys) => hasRun(keys, contentKeys(word, folding)));
      if (!found)
        throw new ContentError(
          VOCABULARY_FILE,
          `synonyms.${locale}[${i}].plan`,
          `"${word}" does not occur in the plan's ${locale} text`,
        );
    }
  });
}
