/**
 * The shapes of the content files, checked at the edge: a malformed file fails the build with
 * its path and the field that is wrong. Cross-references (an unknown body, a missing twin) are
 * checked by the model in `model.ts`, because content-collection references do not check them.
 */
import { z } from 'astro/zod';

import { WRITTEN_LOCALES, type Locale, type WrittenLocale } from '../editions.ts';
import type { Localize, Localized } from './localize.ts';

export { LOCALES, type Locale } from '../editions.ts';
export type { Localized };

// The kinds live with the ids (zod-free), so that browser code using them carries no zod.
import { PROVISION_KINDS, type ProvisionKind } from './provision-id.ts';
export { PROVISION_KINDS, type ProvisionKind };

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase English words joined by "-"');
const zhText = z.string().trim().min(1);
const text = z.string().trim().min(1);
/** A value in each written edition: `{ zh: …, en: … }` (the generated editions are added by the model). */
function perWritten<T extends z.ZodType>(item: T) {
  return z.strictObject(
    Object.fromEntries(WRITTEN_LOCALES.map((l) => [l, item])) as Record<WrittenLocale, T>,
  );
}
/** A name or text in each written edition. */
export const written = perWritten(text);

/** content/plan/<written edition>/*.mdx — the text of a provision or section in one edition. */
export const textSchema = z.strictObject({
  title: z.string().trim().min(1).optional(),
});

/** content/provisions.yaml — the facts of a provision beside its text. */
export const provisionSchema = z.strictObject({
  id: z
    .string()
    .regex(
      /^(principle|task|measure|implementation)-[1-9][0-9]*$/,
      'must be <kind>-<number>, e.g. task-7',
    ),
  group: z.number().int().min(1).optional(),
  /** The responsibility bracket's content as the source writes it (市科技局、经济和信息化委,各区、县(市)政府). */
  bracket: zhText.optional(),
});
export type ProvisionFacts = z.infer<typeof provisionSchema>;

/** content/glossary.yaml → bodies */
export const bodySchema = z.strictObject({
  id: slug,
  name: written,
  /** The official full name; absent where the source gives none and none could be verified. */
  fullName: written.optional(),
  /** A second title of the same office (a two-nameplate body, 市科技局(市知识产权局)). */
  alsoKnownAs: written.optional(),
  /** An office housed in the body, not another name for it (市委组织部(市人才办)). */
  houses: written.optional(),
  /**
   * What readers also call the body, which the plan does not write: abbreviations (发改委, SASAC)
   * and the names it has had since (市商务局). The search finds the body by them; no page shows them.
   */
  alsoCalled: perWritten(z.array(text).min(1)).optional(),
  forms: z.array(zhText).min(1),
  kind: written,
});
/** The glossary's Chinese forms as each edition in Chinese characters writes them (a generated edition's converted like its text; none in a translation). */
export interface EditionForms {
  formsIn: Record<Locale, string[]>;
}
export type Body = Localize<z.infer<typeof bodySchema>> & EditionForms;

export const PLACE_KINDS = [
  'park',
  'zone',
  'platform',
  'centre',
  'base',
  'network',
  'designation',
] as const;
/** content/glossary.yaml → places */
export const placeSchema = z.strictObject({
  id: slug,
  kind: z.enum(PLACE_KINDS),
  name: written,
  forms: z.array(zhText).min(1),
});
export type Place = Localize<z.infer<typeof placeSchema>> & EditionForms;

export const TOPIC_GROUPS = ['core-industry', 'related-industry', 'technology', 'policy'] as const;
/** content/glossary.yaml → topics */
export const topicSchema = z.strictObject({
  id: slug,
  group: z.enum(TOPIC_GROUPS),
  name: written,
  forms: z.array(zhText).min(1),
});
export type Topic = Localize<z.infer<typeof topicSchema>> & EditionForms;

/** content/targets.yaml — the quantitative commitments of the plan. */
export const targetSchema = z.strictObject({
  id: slug,
  source: z.string().min(1),
  quote: zhText,
  value: z.number().positive(),
  unit: z.enum(['yuan', 'project', 'cluster', 'year', 'none']),
  year: z.number().int().optional(),
  per: z.literal('year').optional(),
  atLeast: z.boolean().optional(),
  approximate: z.boolean().optional(),
  label: written,
  /** The id of a translator's note (content/notes.yaml) on how the target is read. */
  note: slug.optional(),
});
export type Target = Localize<z.infer<typeof targetSchema>>;

/**
 * content/notes.yaml → notes: a translator's note on one paragraph of a text (a provision or a
 * section), in each written edition. Numbered in reading order by the model.
 */
export const noteSchema = z.strictObject({
  id: slug,
  /** The provision or section id: the file name in content/plan/<edition>/. */
  text: z.string().min(1),
  /** The paragraph, from 1. */
  paragraph: z.number().int().min(1),
  ...written.shape,
});
export type NoteFacts = z.infer<typeof noteSchema>;

/** content/glossary.yaml → terms */
export const termSchema = z.strictObject({
  id: z.string().min(1),
  ...written.shape,
});
export type Term = Localize<z.infer<typeof termSchema>>;

/** content/structure.yaml — the plan's outline (see the file's header). */
const outlineFields = {
  number: z.number().int().min(1),
  anchor: slug,
  title: written,
  /** A text that opens the part or section (content/plan/<edition>/<text>.mdx). */
  text: slug.optional(),
  /** The kind of provisions it holds, all of them, in number order. */
  kind: z.enum(PROVISION_KINDS).optional(),
  /** How many provisions of `kind` the plan has: they are numbered 1…count. */
  count: z.number().int().min(1).optional(),
};
export const sectionSchema = z.strictObject(outlineFields);
export const groupSchema = z.strictObject({ number: z.number().int().min(1), title: written });
export const partSchema = z.strictObject({
  ...outlineFields,
  sections: z.array(sectionSchema).min(1).optional(),
  groups: z.array(groupSchema).min(1).optional(),
});
export const frontSchema = z.strictObject({ text: slug, heading: z.enum(['notice', 'document']) });
export const structureSchema = z.strictObject({
  id: z.literal('document'),
  front: z.array(frontSchema),
  parts: z.array(partSchema).min(1),
});
export type StructureFacts = z.infer<typeof structureSchema>;
export type FrontText = z.infer<typeof frontSchema>;
/** A part of the plan (一、总体要求), its names in every edition. */
export type Part = Localize<Omit<z.infer<typeof partSchema>, 'sections' | 'groups'>>;
/** A section of a part ((一)指导思想), with the number of its part. */
export type Section = Localize<z.infer<typeof sectionSchema>> & { part: number };
/** A group of a part's provisions ((一)构建…), with its anchor (group-<number>) and the number of its part. */
export type Group = Localize<z.infer<typeof groupSchema>> & { anchor: string; part: number };

/** content/document.yaml */
export const documentSchema = z.strictObject({
  id: z.literal('document'),
  /** The number as issued (沈政办发〔2018〕144号), and in a translation romanized as its sources cite it (Shen Zheng Ban Fa [2018] No. 144). */
  number: written,
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
  title: written,
  shortTitle: written,
  issuer: written,
  period: z.strictObject({ start: z.number().int(), end: z.number().int() }),
  parent: z.strictObject({ number: written, title: written, issuer: written }),
  /** Per translation edition: when its text was last revised (shown on its every page). */
  translations: z
    .record(
      z.string(),
      z.strictObject({
        revised: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
      }),
    )
    .optional(),
});
export type PlanDocument = Localize<z.infer<typeof documentSchema>>;

/** content/search.yaml — the words people type, mapped to the plan's words (see the file's header). */
const words = z.array(z.string().trim().min(1));
export const searchVocabularySchema = z.strictObject({
  id: z.literal('document'),
  stopWords: perWritten(words),
  spelling: z.array(
    z.array(z.string().regex(/^[a-z]+$/, 'must be one lower-case English word')).min(2),
  ),
  synonyms: perWritten(z.array(z.strictObject({ words: words.min(1), plan: words.min(1) }))),
  /**
   * question forms: never required of a result; `targets` (how big, 多少) send the query to the
   * targets ledger; `who` (哪个部门, 谁负责) ask which body is in charge, and then a provision
   * holding the plan's words for being in charge (`charge`: 负责, 统筹协调) scores more; `lead`
   * (推进, 牵头): verbs of leading a who-question puts before what it asks about, left out there;
   * `goals` (target, KPI, 目标, 指标): a word for the plan's targets, which sends the query to the
   * targets ledger by itself (a query word beginning with one: targets, KPIs); `bodies` (department,
   * office, 部门, 局): nouns for a kind of body, which a who-question may name with other words
   * (`bodyWords`: government, city, 市级) after its question word ("which government office",
   * 哪个政府部门): read as the who-form of that question word ("which department", 哪个部门);
   * `when` (by when, 什么时候) with nothing but `ends` (end, last, 结束) asks for the targets' deadline
   */
  questions: z
    .strictObject({
      words: perWritten(words),
      targets: perWritten(words),
      who: perWritten(words).optional(),
      charge: perWritten(words).optional(),
      lead: perWritten(words).optional(),
      goals: perWritten(words).optional(),
      when: perWritten(words).optional(),
      ends: perWritten(words).optional(),
      bodies: perWritten(words).optional(),
      bodyWords: perWritten(words).optional(),
    })
    .optional(),
  /**
   * readers' words for each provision or section of the plan (by its id): what a reader may type
   * for what it says, in words its text does not use; a provision is found by them, with less
   * weight than by its own text (weights.ts `score.about`), and they are never shown
   */
  about: z.record(z.string(), perWritten(words)).optional(),
});
/** Per written edition: a generated edition searches with its source's (its queries and text are folded to it). */
export type SearchVocabulary = z.infer<typeof searchVocabularySchema>;
