/** Questions pages ask of the model: find a provision, its neighbours, its place in the plan. */
import type { PlanModel, Provision } from './model.ts';
import type { Body, Part, ProvisionKind } from './schema.ts';

export function provisionById(model: PlanModel, id: string): Provision {
  const found = model.provisions.find((p) => p.id === id);
  if (!found) throw new Error(`Unknown provision "${id}"`);
  return found;
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

/** The part of the plan a provision belongs to (principles are in part one). */
export function partOf(model: PlanModel, p: Provision): Part {
  const part = p.kind === 'principle' ? model.parts.find((x) => x.number === 1) : model.parts.find((x) => x.kind === p.kind);
  if (!part) throw new Error(`No part of content/structure.yaml holds ${p.kind} provisions`);
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
