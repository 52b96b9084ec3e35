/** How provisions and headings are labelled in each language, from the UI strings. */
import type { ModelTranslate } from './translate.ts';
import type { Provision } from './model.ts';
import type { OutlineNode } from './outline.ts';
import { chineseNumeral } from './provision-id.ts';
import { SOURCE_LOCALE, isTranslation } from '../editions.ts';
import type { Locale, Localized } from './schema.ts';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function numerals(n: number) {
  return { n, cn: chineseNumeral(n), roman: ROMAN[n] ?? String(n) };
}

/** "重点任务 7" / "Task 7" */
export function provisionLabel(p: Pick<Provision, 'kind' | 'number'>, t: ModelTranslate): string {
  return t(`kind.${p.kind}.label`, numerals(p.number));
}

/** The provision's heading as the source writes it: "7.实施一批产业化项目" / "(一)制定…" */
export function provisionHeading(p: Provision, locale: Locale, t: ModelTranslate): string {
  const style =
    p.kind === 'principle' || p.kind === 'task' ? 'heading.numbered' : 'heading.lettered';
  return t(style, { ...numerals(p.number), title: p.title[locale] });
}

/** "一、总体要求" / "I. General Requirements" */
export function partHeading(number: number, title: string, t: ModelTranslate): string {
  return t('heading.part', { ...numerals(number), title });
}

/** "(一)指导思想" / "(1) Guiding Ideology" */
export function sectionHeading(number: number, title: string, t: ModelTranslate): string {
  return t('heading.section', { ...numerals(number), title });
}

/** "(一)构建…" / "Group 1: Build…" */
export function groupHeading(number: number, title: string, t: ModelTranslate): string {
  return t('heading.group', { ...numerals(number), title });
}

/** A short column label: "任务7" / "T7". */
export function provisionShortLabel(
  p: Pick<Provision, 'kind' | 'number'>,
  t: ModelTranslate,
): string {
  return t(`kind.${p.kind}.short`, numerals(p.number));
}

/** A document number as an edition cites it: a translation gives the romanized form first, the Chinese beside it. */
export interface DocumentNumber {
  /** The romanized number (Shen Zheng Ban Fa [2018] No. 144), in translations only. */
  romanized?: string | undefined;
  /** The number as issued (沈政办发〔2018〕144号). */
  original: string;
}

export function documentNumber(doc: { number: Localized }, locale: Locale): DocumentNumber {
  return isTranslation(locale)
    ? { romanized: doc.number[locale], original: doc.number[SOURCE_LOCALE] }
    : { original: doc.number[locale] };
}

/** The same as one line of plain text: "Shen Zheng Ban Fa [2018] No. 144 (沈政办发〔2018〕144号)" or "沈政办发〔2018〕144号". */
export function documentNumberText(doc: { number: Localized }, locale: Locale): string {
  const n = documentNumber(doc, locale);
  return n.romanized ? `${n.romanized} (${n.original})` : n.original;
}

/** The heading of a node of the outline as the source writes it, in one edition: none for a text that opens a part or section. */
export function outlineHeading(
  node: OutlineNode,
  model: { document: { title: Localized } },
  locale: Locale,
  t: ModelTranslate,
): string | undefined {
  switch (node.type) {
    case 'front':
      return node.heading === 'document' ? model.document.title[locale] : node.text.title?.[locale];
    case 'part':
      return partHeading(node.part.number, node.part.title[locale], t);
    case 'section':
      return sectionHeading(node.section.number, node.section.title[locale], t);
    case 'group':
      return groupHeading(node.group.number, node.group.title[locale], t);
    case 'provision':
      return provisionHeading(node.provision, locale, t);
    case 'text':
      return undefined;
  }
}
