/** Questions pages ask of the model: find a provision, its neighbours, its place in the plan. */
import type { PlanModel, Provision, SectionText } from './model.ts';
import { isTranslation } from '../editions.ts';
import type { Body, Locale, Part, ProvisionKind } from './schema.ts';

export function provisionById(model: PlanModel, id: string): Provision {
  const found = model.provisions.find((p) => p.id === id);
  if (!found) throw new Error(`Unknown provision "${id}"`);
  return found;
}

/** The provision or section text with this id; asking for another is a programming error. */
export function textById(model: PlanModel, id: string): Provision | SectionText {
  const text = model.provisions.find((p) => p.id === id) ?? (model.texts as Record<string, SectionText | undefined>)[id];
  if (!text) throw new Error(`no provision or section text "${id}"`);
  return text;
}

/** When an edition's translation was last revised (content/document.yaml); the source edition has none. */
export function translationRevised(model: Pick<PlanModel, 'document'>, locale: Locale): string | undefined {
  return isTranslation(locale) ? model.document.translations?.[locale]?.revised : undefined;
}

export function provisionsOfKind(model: PlanModel, kind: ProvisionKind): Provision[] {
  return model.provisions.filter((p) => p.kind === kind);
}

export function provisionsOfGroup(model: PlanModel, group: number): Provision[] {
  return model.provisions.filter((p) => p.kind === 'task' && p.group === group);
}

/** The previous and next provision in reading order (across kinds). */
export function neighbours(model: PlanModel, id: string): { prev?: Provision | undefined; next?: Provision | undefined } {
  const i = model.provisions.findIndex((p) => p.id === id);
  return { prev: model.provisions[i - 1], next: model.provisions[i + 1] };
}

/**
 * The part of the plan a kind of provision belongs to, from content/structure.yaml: the part
 * whose `kind` it is (tasks → 二、重点任务), else the part holding the section whose `kind` it is
 * (principles → (二)基本原则 in 一、总体要求). One rule, for every page that places a provision.
 */
export function partOfKind(model: Pick<PlanModel, 'parts' | 'sections'>, kind: ProvisionKind): Part {
  const part = model.parts.find((x) => x.kind === kind) ?? (model.sections.some((s) => s.kind === kind) ? model.parts[0] : undefined);
  if (!part) throw new Error(`No part of content/structure.yaml holds ${kind} provisions`);
  return part;
}

/** The part of the plan a provision belongs to. */
export function partOf(model: Pick<PlanModel, 'parts' | 'sections'>, p: Pick<Provision, 'kind'>): Part {
  return partOfKind(model, p.kind);
}

/** Where a provision's kind is introduced on the whole-plan page: its section's anchor (#principles), else its part's (#tasks). */
export function homeAnchorOf(model: Pick<PlanModel, 'parts' | 'sections'>, kind: ProvisionKind): string {
  return model.sections.find((s) => s.kind === kind)?.anchor ?? partOfKind(model, kind).anchor;
}

/** The provisions a part holds, in reading order (一、总体要求 holds the principles). */
export function provisionsOfPart(model: PlanModel, part: Part): Provision[] {
  return model.provisions.filter((p) => partOf(model, p).number === part.number);
}

/**
 * The part a text outside the provisions opens or belongs to: an introduction `<anchor>-intro`
 * opens the part with that anchor (measures-intro → 三、工作措施); the others (notice, preamble,
 * guiding ideology, targets) stand with part one.
 */
export function partOfText(model: Pick<PlanModel, 'parts'>, textId: string): Part {
  const intro = textId.match(/^(.+)-intro$/)?.[1];
  const part = intro ? model.parts.find((x) => x.anchor === intro) : model.parts[0];
  if (!part) throw new Error(`No part of content/structure.yaml has the anchor of "${textId}"`);
  return part;
}

/** The section of part one that holds principles, targets… by its anchor. */
export function sectionByAnchor(model: PlanModel, anchor: string) {
  const section = model.sections.find((s) => s.anchor === anchor);
  if (!section) throw new Error(`No section "${anchor}" in content/structure.yaml`);
  return section;
}

export function groupOf(model: PlanModel, p: Provision) {
  return p.group === undefined ? undefined : model.groups.find((g) => g.number === p.group);
}

export function bodyById(model: PlanModel, id: string): Body {
  const body = model.bodies.find((b) => b.id === id);
  if (!body) throw new Error(`Unknown body "${id}"`);
  return body;
}

/** The four parts and the three sections of part one, as the whole-plan pages lay them out. */
export function planStructure(model: PlanModel) {
  const [part1, part2, part3, part4] = model.parts;
  const [guiding, principles, targets] = model.sections;
  if (!part1 || !part2 || !part3 || !part4 || !guiding || !principles || !targets) {
    throw new Error('content/structure.yaml must list 4 parts and 3 sections');
  }
  return { part1, part2, part3, part4, guiding, principles, targets };
}
