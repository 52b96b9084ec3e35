/**
 * The plan's outline: one tree of its front texts, parts, sections, groups, provisions and texts,
 * built once from content/structure.yaml and the checked provisions and texts. Everything that
 * lays out the whole plan (the full-text page, the side-by-side view, the contents, the home
 * page's structure, the PDFs, the search data's headings, the reading order) walks this tree;
 * none of them names a part or a section. Starlight's sidebar tree is the model: built once,
 * rendered by several small walkers.
 */
import type { Provision, SectionText } from './model.ts';
import type { Group, Part, ProvisionKind, Section } from './schema.ts';

/** Where the outline finds the provisions of a kind (and group) and the texts it names. */
export interface OutlineItems {
  provisionsOf: (kind: ProvisionKind, group?: number) => Provision[];
  text: (id: string) => SectionText;
}

/** A text before the first part: the notice (headed by its own title) or the preamble (by the document's title). */
export interface FrontNode {
  type: 'front';
  anchor: string;
  heading: 'notice' | 'document';
  text: SectionText;
}
export interface PartNode {
  type: 'part';
  anchor: string;
  depth: number;
  part: Part;
  children: OutlineNode[];
}
export interface SectionNode {
  type: 'section';
  anchor: string;
  depth: number;
  section: Section;
  children: OutlineNode[];
}
export interface GroupNode {
  type: 'group';
  anchor: string;
  depth: number;
  group: Group;
  children: OutlineNode[];
}
/** A text that opens a part or a section: it has no heading of its own. */
export interface TextNode {
  type: 'text';
  depth: number;
  text: SectionText;
}
export interface ProvisionNode {
  type: 'provision';
  anchor: string;
  depth: number;
  provision: Provision;
}
export type OutlineNode = FrontNode | PartNode | SectionNode | GroupNode | TextNode | ProvisionNode;
/** A node that heads a part of the outline and holds others. */
export type OutlineBranch = PartNode | SectionNode | GroupNode;

/** The structure as the outline needs it: parts with their sections and groups, in every edition. */
export interface OutlineSpec {
  front: { text: string; heading: 'notice' | 'document' }[];
  parts: (Part & {
    sections?: Omit<Section, 'part'>[] | undefined;
    groups?: Omit<Group, 'anchor' | 'part'>[] | undefined;
  })[];
}

/** The anchor of a group's heading on the whole-plan page. */
export function groupAnchor(number: number): string {
  return `group-${number}`;
}

/** Builds the tree: each part's text, then its sections, else its groups, else its provisions. */
export function buildOutline(spec: OutlineSpec, items: OutlineItems): OutlineNode[] {
  const front = spec.front.map((f): FrontNode => ({
    type: 'front',
    anchor: f.text,
    heading: f.heading,
    text: items.text(f.text),
  }));
  const parts = spec.parts.map((p): PartNode => {
    const { sections, groups, ...part } = p;
    const children: OutlineNode[] = [];
    if (part.text) children.push({ type: 'text', depth: 2, text: items.text(part.text) });
    for (const s of sections ?? []) {
      const section: Section = { ...s, part: part.number };
      const held: OutlineNode[] = [];
      if (s.text) held.push({ type: 'text', depth: 3, text: items.text(s.text) });
      if (s.kind) held.push(...provisionNodes(items.provisionsOf(s.kind), 3));
      children.push({ type: 'section', anchor: s.anchor, depth: 2, section, children: held });
    }
    if (groups && part.kind) {
      const kind = part.kind;
      for (const g of groups) {
        const group: Group = { ...g, anchor: groupAnchor(g.number), part: part.number };
        const held = provisionNodes(items.provisionsOf(kind, g.number), 3);
        children.push({ type: 'group', anchor: group.anchor, depth: 2, group, children: held });
      }
    } else if (part.kind) {
      children.push(...provisionNodes(items.provisionsOf(part.kind), 2));
    }
    return { type: 'part', anchor: part.anchor, depth: 1, part, children };
  });
  return [...front, ...parts];

  function provisionNodes(list: Provision[], depth: number): ProvisionNode[] {
    return list.map((provision) => ({ type: 'provision', anchor: provision.id, depth, provision }));
  }
}

/** Every node, depth first, in reading order. */
export function walkOutline(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...('children' in node ? walkOutline(node.children) : [])]);
}

/** The provisions of the outline, in reading order. */
export function outlineProvisions(nodes: readonly OutlineNode[]): Provision[] {
  return walkOutline(nodes).flatMap((n) => (n.type === 'provision' ? [n.provision] : []));
}

/** The branches (parts, sections, groups) that hold a node, outermost first. */
export function ancestorsOf(
  nodes: readonly OutlineNode[],
  found: (node: OutlineNode) => boolean,
): OutlineBranch[] | undefined {
  for (const node of nodes) {
    if (found(node)) return [];
    if ('children' in node) {
      const below = ancestorsOf(node.children, found);
      if (below) return [node, ...below];
    }
  }
  return undefined;
}

/** The ids of the texts and provisions, in the order a reader meets them. */
export function readingOrder(nodes: readonly OutlineNode[]): string[] {
  return walkOutline(nodes).flatMap((n) =>
    n.type === 'front' || n.type === 'text'
      ? [n.text.id]
      : n.type === 'provision'
        ? [n.provision.id]
        : [],
  );
}

/** The texts the structure names (front texts and the texts opening parts and sections), in order. */
export function outlineTextIds(spec: OutlineSpec): string[] {
  return [
    ...spec.front.map((f) => f.text),
    ...spec.parts.flatMap((p) => [
      ...(p.text ? [p.text] : []),
      ...(p.sections ?? []).flatMap((s) => (s.text ? [s.text] : [])),
    ]),
  ];
}

/** The part or section of the structure that holds each kind of provision, with its count. */
export function kindHolders(
  spec: OutlineSpec,
): { kind: ProvisionKind; count: number | undefined; anchor: string; grouped: boolean }[] {
  return spec.parts.flatMap((p) => [
    ...(p.kind ? [{ kind: p.kind, count: p.count, anchor: p.anchor, grouped: !!p.groups }] : []),
    ...(p.sections ?? []).flatMap((s) =>
      s.kind ? [{ kind: s.kind, count: s.count, anchor: s.anchor, grouped: false }] : [],
    ),
  ]);
}
