/** Questions pages ask of the model: find a provision, its neighbours, its place in the plan. */
import type { PlanModel, Provision, SectionText } from './model.ts';
import { isTranslation } from '../editions.ts';
import type { Body, Locale, Part, ProvisionKind } from './schema.ts';
import { ancestorsOf, outlineProvisions, type OutlineBranch } from './outline.ts';

export function provisionById(model: PlanModel, id: string): Provision {
  const found = model.provisions.find((p) => p.id === id);
  if (!found) throw new Error(`Unknown provision "${id}"`);
  return found;
}

/** The provision or section text with this id; asking for another is a programming error. */
export function textById(model: PlanModel, id: string): Provision | SectionText {
  const text =
    model.provisions.find((p) => p.id === id) ??
    (model.texts as Record<string, SectionText | undefined>)[id];
  if (!text) throw new Error(`no provision or section text "${id}"`);
  return text;
}

/** When an edition's translation was last revised (content/document.yaml); the source edition has none. */
export function translationRevised(
  model: Pick<PlanModel, 'document'>,
  locale: Locale,
): string | undefined {
  return isTranslation(locale) ? model.document.translations?.[locale]?.revised : undefined;
}

export function provisionsOfKind(model: PlanModel, kind: ProvisionKind): Provision[] {
  return model.provisions.filter((p) => p.kind === kind);
}

export function provisionsOfGroup(model: PlanModel, group: number): Provision[] {
  return model.provisions.filter((p) => p.kind === 'task' && p.group === group);
}

/** The previous and next provision in reading order (across kinds). */
export function neighbours(
  model: PlanModel,
  id: string,
): { prev?: Provision | undefined; next?: Provision | undefined } {
  const i = model.provisions.findIndex((p) => p.id === id);
  return { prev: model.provisions[i - 1], next: model.provisions[i + 1] };
}

/** The branches of the outline (parts, sections, groups) above a provision of this kind, outermost first. */
function holdersOfKind(model: Pick<PlanModel, 'outline'>, kind: ProvisionKind): OutlineBranch[] {
  const found = ancestorsOf(
    model.outline,
    (n) => n.type === 'provision' && n.provision.kind === kind,
  );
  if (!found) throw new Error(`No part of content/structure.yaml holds ${kind} provisions`);
  return found;
}

/** The part of the plan a kind of provision belongs to (principles → 一、总体要求, tasks → 二、重点任务), from the outline. */
export function partOfKind(model: Pick<PlanModel, 'outline'>, kind: ProvisionKind): Part {
  const part = holdersOfKind(model, kind).find((n) => n.type === 'part');
  if (part?.type !== 'part')
    throw new Error(`No part of content/structure.yaml holds ${kind} provisions`);
  return part.part;
}

/** The part of the plan a provision belongs to. */
export function partOf(model: Pick<PlanModel, 'outline'>, p: Pick<Provision, 'kind'>): Part {
  return partOfKind(model, p.kind);
}

/** Where a provision's kind is introduced on the whole-plan page: the anchor of the part or section holding them all (#principles, #tasks). */
export function homeAnchorOf(model: Pick<PlanModel, 'outline'>, kind: ProvisionKind): string {
  const holders = holdersOfKind(model, kind).filter((n) => n.type !== 'group');
  const holder = holders[holders.length - 1];
  if (!holder) throw new Error(`No part of content/structure.yaml holds ${kind} provisions`);
  return holder.anchor;
}

/** The provisions a part holds, in reading order (一、总体要求 holds the principles). */
export function provisionsOfPart(model: PlanModel, part: Part): Provision[] {
  const node = model.outline.find((n) => n.type === 'part' && n.part.number === part.number);
  return node ? outlineProvisions([node]) : [];
}

/** The part a text outside the provisions stands in: the part it opens or whose section it opens; the front texts stand before the first part. */
export function partOfText(model: Pick<PlanModel, 'outline'>, textId: string): Part {
  const above = ancestorsOf(
    model.outline,
    (n) => (n.type === 'text' || n.type === 'front') && n.text.id === textId,
  );
  if (!above) throw new Error(`No text "${textId}" in content/structure.yaml`);
  const part = above.find((n) => n.type === 'part') ?? model.outline.find((n) => n.type === 'part');
  if (part?.type !== 'part') throw new Error(`content/structure.yaml has no part`);
  return part.part;
}

/** The text that states the plan's targets (the text content/targets.yaml quotes that is not a provision). */
export function targetsTextId(model: Pick<PlanModel, 'targets' | 'texts'>): string | undefined {
  return model.targets.map((t) => t.source).find((id) => id in model.texts);
}

/** The heading node (section or part) that a text opens, for linking to it on the whole-plan page. */
export function branchOfText(
  model: Pick<PlanModel, 'outline'>,
  textId: string,
): OutlineBranch | undefined {
  const above = ancestorsOf(model.outline, (n) => n.type === 'text' && n.text.id === textId);
  return above?.[above.length - 1];
}

export function groupOf(model: PlanModel, p: Provision) {
  return p.group === undefined ? undefined : model.groups.find((g) => g.number === p.group);
}

export function bodyById(model: PlanModel, id: string): Body {
  const body = model.bodies.find((b) => b.id === id);
  if (!body) throw new Error(`Unknown body "${id}"`);
  return body;
}
