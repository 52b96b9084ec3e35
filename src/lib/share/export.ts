/**
 * The open data: /data/plan.json (SPEC.md's contract), its JSON Schema,
 * /data/responsibilities.csv, and the glossary (/data/glossary.json, its schema, .csv). All
 * derived from the model; nothing here is written by hand. CSV is written by `csv-stringify`
 * (quoting, CRLF, and cells that a spreadsheet would run as formulas escaped).
 */
import { stringify } from 'csv-stringify/sync';
import {
  EDITIONS,
  LOCALES,
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  perDataKey,
  type Locale,
} from '../editions.ts';
import { z } from 'astro/zod';
import { GLOSSARY_KINDS, type GlossaryEntry } from '../route-data/glossary.ts';
import { formatAmount } from '../model/format.ts';
import { useTranslations } from '../i18n.ts';
import { bracketText } from '../model/bracket.ts';
import type { PlanModel } from '../model/model.ts';
import { paths } from '../routes.ts';
import { PLACE_KINDS, PROVISION_KINDS, TOPIC_GROUPS } from '../model/schema.ts';

const text = z.string().min(1);
/** A value per edition, keyed as SPEC.md keys them (each edition's dataKey). */
const perKey = <T extends z.ZodType>(item: T) => z.object(perDataKey(() => item));
const bilingual = perKey(text);
const urls = perKey(z.string().startsWith('/'));
/** A model value per edition (keyed by edition id), keyed for the open data. */
const keyed = <T>(value: Record<Locale, T>) => perDataKey((l) => value[l]);
const keyedOpt = <T>(value: Record<Locale, T> | undefined) => (value ? keyed(value) : undefined);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const planExportSchema = z.object({
  document: z.object({
    number: text,
    /** The number romanized, as English-language sources cite it. */
    numberEn: text,
    /** The number in every edition (the Traditional edition writes 瀋政辦發〔2018〕144號). */
    numbers: bilingual,
    issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: bilingual,
    issuer: bilingual,
    parent: z.object({
      number: text,
      numberEn: text,
      numbers: bilingual,
      title: bilingual,
      issuer: bilingual,
    }),
    period: z.object({ start: z.number().int(), end: z.number().int() }),
    url: urls,
  }),
  provisions: z.array(
    z.object({
      id: z.string().regex(/^(principle|task|measure|implementation)-[1-9][0-9]*$/),
      kind: z.enum(PROVISION_KINDS),
      number: z.number().int().min(1),
      group: z.number().int().min(1).max(5).optional(),
      title: bilingual,
      text: bilingual,
      paragraphs: perKey(z.array(text)),
      /** The responsibility bracket as the source writes it, per edition (the Chinese character for character; the English the bodies' names, separated by "; "). None for the principles. */
      bracket: bilingual.optional(),
      departments: z.array(slug),
      places: z.array(slug),
      topics: z.array(slug),
      /** The translator's notes on this provision, each with its paragraph (from 1) and its text per edition. */
      notes: z.array(
        z.object({
          id: slug,
          number: z.number().int().min(1),
          paragraph: z.number().int().min(1),
          text: bilingual,
        }),
      ),
      url: urls,
    }),
  ),
  /** Every translator's note, numbered in reading order, with the provision or section (`source`) it is on. */
  notes: z.array(
    z.object({
      id: slug,
      number: z.number().int().min(1),
      source: z.string().min(1),
      paragraph: z.number().int().min(1),
      text: bilingual,
    }),
  ),
  departments: z.array(
    z.object({
      id: slug,
      name: bilingual,
      fullName: bilingual.optional(),
      alsoKnownAs: bilingual.optional(),
      houses: bilingual.optional(),
      kind: bilingual,
      url: urls,
    }),
  ),
  places: z.array(z.object({ id: slug, kind: z.enum(PLACE_KINDS), name: bilingual, url: urls })),
  topics: z.array(z.object({ id: slug, group: z.enum(TOPIC_GROUPS), name: bilingual, url: urls })),
  targets: z.array(
    z.object({
      id: slug,
      source: z.string(),
      value: z.number(),
      unit: text,
      year: z.number().int().optional(),
      per: z.literal('year').optional(),
      atLeast: z.boolean().optional(),
      approximate: z.boolean().optional(),
      label: bilingual,
      display: bilingual,
      quote: text,
    }),
  ),
});
export type PlanExport = z.infer<typeof planExportSchema>;

/** The JSON Schema published at /data/plan.schema.json. */
export function planJsonSchema(id: string): object {
  return {
    $id: id,
    title: 'Shenyang AI Three-Year Action Plan (2018–2020): open data',
    ...z.toJSONSchema(planExportSchema, { target: 'draft-2020-12' }),
  };
}

/** /data/plan.json: the contract of SPEC.md, with URLs as site paths (base path included by `link`). */
export function planExport(
  model: PlanModel,
  link: (path: string) => string = (p) => p,
): PlanExport {
  const doc = model.document;
  const data: PlanExport = {
    document: {
      number: doc.number[SOURCE_LOCALE],
      numberEn: doc.number[TRANSLATION_LOCALE],
      numbers: keyed(doc.number),
      issued: doc.issued,
      title: keyed(doc.title),
      issuer: keyed(doc.issuer),
      period: doc.period,
      parent: {
        number: doc.parent.number[SOURCE_LOCALE],
        numberEn: doc.parent.number[TRANSLATION_LOCALE],
        numbers: keyed(doc.parent.number),
        title: keyed(doc.parent.title),
        issuer: keyed(doc.parent.issuer),
      },
      url: perDataKey((l) => link(paths.home(l))),
    },
    provisions: model.provisions.map((p) => ({
      id: p.id,
      kind: p.kind,
      number: p.number,
      ...(p.group !== undefined ? { group: p.group } : {}),
      title: keyed(p.title),
      text: perDataKey((l) => p.paragraphs[l].join('\n')),
      paragraphs: keyed(p.paragraphs),
      ...(p.bracket ? { bracket: perDataKey((l) => bracketText(p.bracket![l])) } : {}),
      departments: p.bodies,
      places: p.places,
      topics: p.topics,
      notes: p.notes.map((n) => ({
        id: n.id,
        number: n.number,
        paragraph: n.paragraph,
        text: keyed(n),
      })),
      url: perDataKey((l) => link(paths.provision(l, p.id))),
    })),
    notes: model.notes.map((n) => ({
      id: n.id,
      number: n.number,
      source: n.text,
      paragraph: n.paragraph,
      text: keyed(n),
    })),
    departments: model.bodies.map((b) => ({
      id: b.id,
      name: keyed(b.name),
      ...(b.fullName ? { fullName: keyed(b.fullName) } : {}),
      ...(b.alsoKnownAs ? { alsoKnownAs: keyedOpt(b.alsoKnownAs) } : {}),
      ...(b.houses ? { houses: keyedOpt(b.houses) } : {}),
      kind: keyed(b.kind),
      url: perDataKey((l) => link(paths.body(l, b.id))),
    })),
    places: model.places.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: keyed(p.name),
      url: perDataKey((l) => link(paths.place(l, p.id))),
    })),
    topics: model.topics.map((t) => ({
      id: t.id,
      group: t.group,
      name: keyed(t.name),
      url: perDataKey((l) => link(paths.topic(l, t.id))),
    })),
    targets: model.targets.map((t) => ({
      ...t,
      label: keyed(t.label),
      display: perDataKey((l) => formatAmount(t, useTranslations(l))),
    })),
  };
  return planExportSchema.parse(data);
}

/** CSV as spreadsheets open it: CRLF rows, quoted where needed, formula-like cells escaped. */
const csv = (rows: readonly (readonly (string | number)[])[]) =>
  stringify(rows as (string | number)[][], { record_delimiter: 'windows', escape_formulas: true });

/** The CSV's columns: titles, body names and URLs once per edition (provision_title_zh, provision_title_en, …). */
export const RESPONSIBILITY_COLUMNS: readonly string[] = [
  'provision_id',
  'provision_kind',
  'provision_number',
  ...EDITIONS.map((e) => `provision_title_${e.dataKey}`),
  'position',
  'department_id',
  ...EDITIONS.map((e) => `department_${e.dataKey}`),
  ...EDITIONS.map((e) => `url_${e.dataKey}`),
];

/** /data/responsibilities.csv: one row per body named in a provision's bracket, in bracket order. */
export function responsibilitiesCsv(
  model: PlanModel,
  link: (path: string) => string = (p) => p,
): string {
  const rows = model.provisions.flatMap((p) =>
    p.bodies.map((bodyId, i) => {
      const body = model.bodies.find((b) => b.id === bodyId);
      if (!body) throw new Error(`Unknown body "${bodyId}"`);
      return [
        p.id,
        p.kind,
        p.number,
        ...LOCALES.map((l) => p.title[l]),
        i + 1,
        body.id,
        ...LOCALES.map((l) => body.name[l]),
        ...LOCALES.map((l) => link(paths.provision(l, p.id))),
      ];
    }),
  );
  return csv([RESPONSIBILITY_COLUMNS, ...rows]);
}

export const glossaryExportSchema = z.object({
  entries: z.array(
    z.object({
      kind: z.enum(GLOSSARY_KINDS),
      id: slug,
      name: bilingual,
      /** The Chinese name in Hanyu Pinyin, by the orthography of GB/T 16159-2012 (words joined, proper names capitalized). */
      pinyin: text,
      /** A body's official full name. */
      fullName: bilingual.optional(),
      /** A body's second title (市科技局 is also 市知识产权局). */
      alsoKnownAs: bilingual.optional(),
      /** An office a body houses (市委组织部 houses 市人才办). */
      houses: bilingual.optional(),
      /** The entry's page per edition; terms have none. */
      url: urls.optional(),
      /** The provisions that use it. */
      provisions: z.array(
        z.string().regex(/^(principle|task|measure|implementation)-[1-9][0-9]*$/),
      ),
    }),
  ),
});
export type GlossaryExport = z.infer<typeof glossaryExportSchema>;

export function glossaryJsonSchema(id: string): object {
  return {
    $id: id,
    title: 'Shenyang AI Three-Year Action Plan (2018–2020): glossary',
    ...z.toJSONSchema(glossaryExportSchema, { target: 'draft-2020-12' }),
  };
}

/** /data/glossary.json: every glossary entry (see route-data/glossary.ts), URLs with the base path. */
export function glossaryExport(
  entries: readonly GlossaryEntry[],
  link: (path: string) => string = (p) => p,
): GlossaryExport {
  return glossaryExportSchema.parse({
    entries: entries.map((e) => ({
      kind: e.kind,
      id: e.id,
      name: keyed(e.name),
      pinyin: e.pinyin,
      ...(e.fullName ? { fullName: keyed(e.fullName) } : {}),
      ...(e.alsoKnownAs ? { alsoKnownAs: keyed(e.alsoKnownAs) } : {}),
      ...(e.houses ? { houses: keyed(e.houses) } : {}),
      ...(e.path ? { url: perDataKey((l) => link(e.path?.[l] ?? '')) } : {}),
      provisions: e.provisions,
    })),
  });
}

export const GLOSSARY_COLUMNS: readonly string[] = [
  'kind',
  'id',
  ...EDITIONS.map((e) => `name_${e.dataKey}`),
  'pinyin',
  ...EDITIONS.map((e) => `url_${e.dataKey}`),
  'provisions',
  // Added after the first columns, so that readers of the earlier file find theirs in place.
  ...EDITIONS.map((e) => `full_name_${e.dataKey}`),
  ...EDITIONS.map((e) => `also_known_as_${e.dataKey}`),
  ...EDITIONS.map((e) => `houses_${e.dataKey}`),
];

/** /data/glossary.csv: the same entries, one row each; provisions separated by spaces; a body's further names empty where it has none. */
export function glossaryCsv(
  entries: readonly GlossaryEntry[],
  link: (path: string) => string = (p) => p,
): string {
  const rows = entries.map((e) => [
    e.kind,
    e.id,
    ...LOCALES.map((l) => e.name[l]),
    e.pinyin,
    ...LOCALES.map((l) => (e.path ? link(e.path[l]) : '')),
    e.provisions.join(' '),
    ...LOCALES.map((l) => e.fullName?.[l] ?? ''),
    ...LOCALES.map((l) => e.alsoKnownAs?.[l] ?? ''),
    ...LOCALES.map((l) => e.houses?.[l] ?? ''),
  ]);
  return csv([GLOSSARY_COLUMNS, ...rows]);
}
