/**
 * The shapes of the content files, checked at the edge: a malformed file fails the build with
 * its path and the field that is wrong. Cross-references (an unknown body, a missing twin) are
 * checked by the model in `model.ts`, because content-collection references do not check them.
 */
import { z } from 'astro/zod';

export { LOCALES, type Locale } from '../editions.ts';

export const PROVISION_KINDS = ['principle', 'task', 'measure', 'implementation'] as const;
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase English words joined by "-"');
const zhText = z.string().trim().min(1);
const enText = z.string().trim().min(1);
export const bilingual = z.strictObject({ zh: zhText, en: enText });
export type Bilingual = z.infer<typeof bilingual>;

/** content/plan/{zh,en}/*.mdx — the text of a provision or section in one language. */
export const textSchema = z.strictObject({
  title: z.string().trim().min(1).optional(),
});

/** content/provisions.yaml — the language-neutral facts of a provision. */
export const provisionSchema = z.strictObject({
  id: z.string().regex(/^(principle|task|measure|implementation)-[1-9][0-9]*$/, 'must be <kind>-<number>, e.g. task-7'),
  group: z.number().int().min(1).optional(),
  departments: z.array(slug),
});
export type ProvisionFacts = z.infer<typeof provisionSchema>;

/** content/glossary.yaml → bodies */
export const bodySchema = z.strictObject({
  id: slug,
  name: bilingual,
  fullName: bilingual,
  /** A second title of the same office (a two-nameplate body, 市科技局(市知识产权局)). */
  alsoKnownAs: bilingual.optional(),
  /** An office housed in the body, not another name for it (市委组织部(市人才办)). */
  houses: bilingual.optional(),
  forms: z.array(zhText).min(1),
  kind: bilingual,
});
export type Body = z.infer<typeof bodySchema>;

export const PLACE_KINDS = ['park', 'zone', 'platform', 'centre', 'base', 'network', 'designation'] as const;
/** content/glossary.yaml → places */
export const placeSchema = z.strictObject({
  id: slug,
  kind: z.enum(PLACE_KINDS),
  name: bilingual,
  forms: z.array(zhText).min(1),
});
export type Place = z.infer<typeof placeSchema>;

export const TOPIC_GROUPS = ['core-industry', 'related-industry', 'technology', 'policy'] as const;
/** content/glossary.yaml → topics */
export const topicSchema = z.strictObject({
  id: slug,
  group: z.enum(TOPIC_GROUPS),
  name: bilingual,
  forms: z.array(zhText).min(1),
});
export type Topic = z.infer<typeof topicSchema>;

/** content/targets.yaml — the quantitative commitments of the plan. */
export const targetSchema = z.strictObject({
  id: slug,
  source: z.string().min(1),
  quote: zhText,
  value: z.number().positive(),
  unit: z.enum(['yuan', 'project', 'cluster', 'year']),
  year: z.number().int().optional(),
  per: z.literal('year').optional(),
  atLeast: z.boolean().optional(),
  approximate: z.boolean().optional(),
  label: bilingual,
  /** The id of a translator's note (content/notes.yaml) on how the target is read. */
  note: slug.optional(),
});
export type Target = z.infer<typeof targetSchema>;

/**
 * content/notes.yaml → notes: a translator's note on one paragraph of a text (a provision or a
 * section), in both languages. Numbered in reading order by the model.
 */
export const noteSchema = z.strictObject({
  id: slug,
  /** The provision or section id: the file name in content/plan/<edition>/. */
  text: z.string().min(1),
  /** The paragraph, from 1. */
  paragraph: z.number().int().min(1),
  zh: zhText,
  en: enText,
});
export type NoteFacts = z.infer<typeof noteSchema>;

/** content/glossary.yaml → terms */
export const termSchema = z.strictObject({
  id: z.string().min(1),
  zh: zhText,
  en: enText,
});
export type Term = z.infer<typeof termSchema>;

/** content/structure.yaml */
export const partSchema = z.strictObject({
  id: z.string(),
  number: z.number().int().min(1),
  anchor: slug,
  kind: z.enum(PROVISION_KINDS).optional(),
  title: bilingual,
});
export const groupSchema = z.strictObject({
  id: z.string(),
  number: z.number().int().min(1),
  title: bilingual,
});
export const sectionSchema = partSchema;
export type Part = z.infer<typeof partSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Section = z.infer<typeof sectionSchema>;

/** content/document.yaml */
export const documentSchema = z.strictObject({
  id: z.literal('document'),
  number: zhText,
  /** The number romanized as English-language sources cite it: Shen Zheng Ban Fa [2018] No. 144. */
  numberEn: enText,
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  title: bilingual,
  shortTitle: bilingual,
  issuer: bilingual,
  period: z.strictObject({ start: z.number().int(), end: z.number().int() }),
  parent: z.strictObject({ number: zhText, numberEn: enText, title: bilingual, issuer: bilingual }),
  /** Per translation edition: when its text was last revised (shown on its every page). */
  translations: z.record(z.string(), z.strictObject({ revised: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD') })).optional(),
});
export type PlanDocument = z.infer<typeof documentSchema>;

/** content/search.yaml — the words people type, mapped to the plan's words (see the file's header). */
const words = z.array(z.string().trim().min(1));
const perLocale = <T extends z.ZodType>(item: T) => z.strictObject({ zh: item, en: item });
export const searchVocabularySchema = z.strictObject({
  id: z.literal('document'),
  stopWords: perLocale(words),
  spelling: z.array(z.array(z.string().regex(/^[a-z]+$/, 'must be one lower-case English word')).min(2)),
  synonyms: perLocale(z.array(z.strictObject({ words: words.min(1), plan: words.min(1) }))),
});
export type SearchVocabulary = z.infer<typeof searchVocabularySchema>;
