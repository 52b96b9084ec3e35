/**
 * The plan as one typed, checked model, built from the content files. Pure: the Astro glue in
 * `plan.ts` feeds it the collections; unit tests feed it the files directly or fixtures.
 * Every cross-reference the schemas cannot see is checked here, and a problem fails the build
 * with the file and field that are wrong.
 */
import { EXPECTED_COUNTS, compareProvisionIds, parseProvisionId } from './provision-id.ts';
import {
  LOCALES, PROVISION_KINDS, type Bilingual, type Body, type Group, type Locale, type Part, type Place,
  type PlanDocument, type ProvisionFacts, type ProvisionKind, type Section, type Target, type Term, type Topic,
} from './schema.ts';
import { foldPunctuation } from './text.ts';
import { markdownParagraphs, paragraphsOf } from './text.ts';
import { edition } from '../editions.ts';
import { ContentError } from '../build/yaml-loader.ts';

/** Texts that are not provisions: the covering notice, the preamble, and section texts. */
export const SECTION_TEXT_IDS = ['notice', 'preamble', 'guiding-ideology', 'targets', 'measures-intro', 'implementation-intro'] as const;
export type SectionTextId = (typeof SECTION_TEXT_IDS)[number];

export interface TextFile {
  locale: Locale;
  id: string;
  title?: string | undefined;
  body: string;
  /** Path of the file, for error messages. */
  file: string;
}

export interface RawContent {
  document: PlanDocument;
  texts: TextFile[];
  provisions: (ProvisionFacts & { file: string })[];
  bodies: Body[];
  places: Place[];
  topics: Topic[];
  terms: Term[];
  targets: Target[];
  parts: Part[];
  sections: Section[];
  groups: Group[];
}

export interface Paragraphs {
  zh: string[];
  en: string[];
}

export interface Provision {
  id: string;
  kind: ProvisionKind;
  number: number;
  /** For tasks: the (一)…(五) group of 二、重点任务. */
  group?: number | undefined;
  title: Bilingual;
  /** Plain-text paragraphs, paired by index across the two languages. */
  paragraphs: Paragraphs;
  /** The same paragraphs as one-line Markdown (emphasis kept), for pages that pair them. */
  markdown: Paragraphs;
  /** Body ids, in the order of the source's responsibility bracket. */
  departments: string[];
  /** Place ids named in the provision's Chinese text, in order of first mention (derived, never written by hand). */
  places: string[];
  /** Topic ids named in the provision's Chinese text, in order of first mention (derived). */
  topics: string[];
}

export interface SectionText {
  id: SectionTextId;
  title?: Bilingual | undefined;
  paragraphs: Paragraphs;
  markdown: Paragraphs;
  places: string[];
}

export interface PlanModel {
  document: PlanDocument;
  /** In reading order: principles, tasks, measures, implementation items. */
  provisions: Provision[];
  texts: Record<SectionTextId, SectionText>;
  bodies: Body[];
  places: Place[];
  topics: Topic[];
  terms: Term[];
  targets: Target[];
  parts: Part[];
  sections: Section[];
  groups: Group[];
}

const GLOSSARY = 'content/glossary.yaml';
/** A paragraph longer than this is a content error (a pasted file, a lost line break), not text. */
export const MAX_PARAGRAPH_CHARS = 5000;
const TARGETS = 'content/targets.yaml';

/** The glossary entries (places, topics) whose Chinese forms occur in a text, in order of first mention. */
export function namedIn<T extends { id: string; forms: string[] }>(entries: T[], zhText: string): string[] {
  const firstAt = (e: T) => Math.min(...e.forms.map((f) => zhText.indexOf(f)).filter((i) => i >= 0));
  return entries
    .filter((e) => e.forms.some((f) => zhText.includes(f)))
    .sort((a, b) => firstAt(a) - firstAt(b) || (a.id < b.id ? -1 : 1))
    .map((e) => e.id);
}

export function buildModel(raw: RawContent): PlanModel {
  const texts = new Map<string, TextFile>();
  for (const text of raw.texts) texts.set(`${text.locale}/${text.id}`, text);

  const bodyIds = new Set(raw.bodies.map((b) => b.id));
  const groupNumbers = new Set(raw.groups.map((g) => g.number));
  const provisionIds = new Set(raw.provisions.map((p) => p.id));
  const sectionIds = new Set<string>(SECTION_TEXT_IDS);

  // Every text file stands for a known provision or section.
  for (const text of raw.texts) {
    if (!provisionIds.has(text.id) && !sectionIds.has(text.id)) {
      throw new ContentError(text.file, '(file name)', `"${text.id}" is neither a provision of content/provisions.yaml nor one of ${SECTION_TEXT_IDS.join(', ')}`);
    }
  }

  /** The text of `id` in both languages; a missing twin or a paragraph-count mismatch fails. */
  const pair = (id: string, needsTitle: boolean, owner: string) => {
    const found = Object.fromEntries(
      LOCALES.map((locale) => {
        const text = texts.get(`${locale}/${id}`);
        if (!text) throw new ContentError(`content/plan/${locale}/${id}.mdx`, '(file)', `is missing: ${owner} needs its ${edition(locale).name} text`);
        if (needsTitle && !text.title) throw new ContentError(text.file, 'title', 'is required for a provision');
        return [locale, text];
      }),
    ) as Record<Locale, TextFile>;
    const paragraphs = { zh: paragraphsOf(found.zh.body), en: paragraphsOf(found.en.body) };
    for (const locale of LOCALES) {
      if (paragraphs[locale].length === 0) throw new ContentError(found[locale].file, '(body)', 'is empty');
      paragraphs[locale].forEach((paragraph, i) => {
        if (paragraph.length > MAX_PARAGRAPH_CHARS) {
          throw new ContentError(found[locale].file, `paragraph ${i + 1}`, `has ${paragraph.length.toLocaleString('en')} characters; a paragraph may have at most ${MAX_PARAGRAPH_CHARS.toLocaleString('en')} (the plan's longest has about 1,250)`);
        }
      });
    }
    if (paragraphs.zh.length !== paragraphs.en.length) {
      throw new ContentError(found.en.file, '(body)', `has ${paragraphs.en.length} paragraphs but its Chinese twin has ${paragraphs.zh.length}: paragraphs are paired one to one`);
    }
    const title = found.zh.title && found.en.title ? { zh: found.zh.title, en: found.en.title } : undefined;
    if (!!found.zh.title !== !!found.en.title) {
      throw new ContentError((found.zh.title ? found.en : found.zh).file, 'title', 'is missing while its twin has one');
    }
    const markdown = { zh: markdownParagraphs(found.zh.body), en: markdownParagraphs(found.en.body) };
    return { title, paragraphs, markdown };
  };

  const provisions: Provision[] = raw.provisions.map((facts) => {
    const ref = parseProvisionId(facts.id);
    if (!ref) throw new ContentError(facts.file, `${facts.id}.id`, 'is not a provision id');
    if (ref.kind === 'task' && facts.group === undefined) throw new ContentError(facts.file, `${facts.id}.group`, 'is required for a task');
    if (ref.kind !== 'task' && facts.group !== undefined) throw new ContentError(facts.file, `${facts.id}.group`, 'is only for tasks');
    if (facts.group !== undefined && !groupNumbers.has(facts.group)) {
      throw new ContentError(facts.file, `${facts.id}.group`, `${facts.group} is not a group of content/structure.yaml`);
    }
    facts.departments.forEach((id, i) => {
      if (!bodyIds.has(id)) throw new ContentError(facts.file, `${facts.id}.departments[${i}]`, `unknown body "${id}" (not in content/glossary.yaml bodies)`);
    });
    if (new Set(facts.departments).size !== facts.departments.length) {
      throw new ContentError(facts.file, `${facts.id}.departments`, 'names a body twice');
    }
    const { title, paragraphs, markdown } = pair(facts.id, true, facts.id);
    const zh = `${title?.zh ?? ''}。${paragraphs.zh.join('')}`;
    return {
      id: facts.id, kind: ref.kind, number: ref.number, group: facts.group,
      title: title as Bilingual, paragraphs, markdown, departments: [...facts.departments],
      places: namedIn(raw.places, zh), topics: namedIn(raw.topics, zh),
    };
  });

  // Each kind is numbered 1…N exactly as the spec fixes it: no gap, no duplicate.
  const file = raw.provisions[0]?.file ?? 'content/provisions.yaml';
  for (const kind of PROVISION_KINDS) {
    const numbers = provisions.filter((p) => p.kind === kind).map((p) => p.number).sort((a, b) => a - b);
    const expected = EXPECTED_COUNTS[kind];
    for (let n = 1; n <= expected; n++) {
      if (!numbers.includes(n)) throw new ContentError(file, `${kind}-${n}`, `is missing: the plan has ${expected} ${kind} provisions`);
    }
    const extra = numbers.find((n) => n > expected);
    if (extra !== undefined) throw new ContentError(file, `${kind}-${extra}`, `is beyond the ${expected} ${kind} provisions of the plan`);
  }
  provisions.sort((a, b) => compareProvisionIds(a.id, b.id));

  const sectionTexts = Object.fromEntries(
    SECTION_TEXT_IDS.map((id) => {
      const text = pair(id, false, `section "${id}"`);
      return [id, { id, ...text, places: namedIn(raw.places, text.paragraphs.zh.join('')) }];
    }),
  ) as Record<SectionTextId, SectionText>;

  // Every body, place and topic of the glossary is named somewhere: an unused entry is a mistake.
  raw.bodies.forEach((b, i) => {
    if (!provisions.some((p) => p.departments.includes(b.id))) throw new ContentError(GLOSSARY, `bodies[${i}] (${b.id})`, 'is named in no provision\'s responsibility bracket');
  });
  raw.places.forEach((place, i) => {
    const named = provisions.some((p) => p.places.includes(place.id)) || Object.values(sectionTexts).some((t) => t.places.includes(place.id));
    if (!named) throw new ContentError(GLOSSARY, `places[${i}] (${place.id})`, `none of its forms (${place.forms.join(', ')}) occurs in the plan's Chinese text`);
  });
  raw.topics.forEach((topic, i) => {
    if (!provisions.some((p) => p.topics.includes(topic.id))) throw new ContentError(GLOSSARY, `topics[${i}] (${topic.id})`, `none of its forms (${topic.forms.join(', ')}) occurs in any provision`);
  });

  // Each target quotes the text of the provision or section that states it.
  raw.targets.forEach((target, i) => {
    const provision = provisions.find((p) => p.id === target.source);
    const section = sectionIds.has(target.source) ? sectionTexts[target.source as SectionTextId] : undefined;
    if (!provision && !section) throw new ContentError(TARGETS, `[${i}] (${target.id}).source`, `"${target.source}" is neither a provision nor a section`);
    const zh = provision ? provision.paragraphs.zh.join('') : (section?.paragraphs.zh.join('') ?? '');
    if (!foldPunctuation(zh).includes(foldPunctuation(target.quote))) {
      throw new ContentError(TARGETS, `[${i}] (${target.id}).quote`, `is not in the Chinese text of ${target.source}`);
    }
  });

  return {
    document: raw.document,
    provisions,
    texts: sectionTexts,
    bodies: raw.bodies,
    places: raw.places,
    topics: raw.topics,
    terms: raw.terms,
    targets: raw.targets,
    parts: [...raw.parts].sort((a, b) => a.number - b.number),
    sections: [...raw.sections].sort((a, b) => a.number - b.number),
    groups: [...raw.groups].sort((a, b) => a.number - b.number),
  };
}
