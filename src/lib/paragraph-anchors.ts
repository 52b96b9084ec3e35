/**
 * A Sätteri HAST plugin that gives every top-level paragraph of a plan text a stable anchor:
 * paragraph N of `content/plan/{locale}/{id}.mdx` gets `id="{id}-p{N}"`, the same in both
 * languages, so a link to a paragraph survives a language switch and the side-by-side view
 * can pair paragraphs.
 */
import { paragraphAnchor } from './anchors.ts';

/** The provision or section id a plan text file stands for, or undefined for any other file. */
export function textIdFromPath(path: string | undefined): string | undefined {
  const match = path?.replace(/\\/g, '/').match(/\/content\/plan\/(?:zh|en)\/([a-z0-9-]+)\.mdx?$/);
  return match?.[1];
}

interface Node {
  type: string;
}
interface VisitContext {
  parent(node: Node): Node | undefined;
  setProperty(node: Node, key: string, value: unknown): void;
}

export function paragraphAnchors(ctx: { fileURL: URL | undefined }) {
  const id = textIdFromPath(ctx.fileURL?.pathname);
  if (!id) return null;
  let n = 0;
  return {
    name: 'paragraph-anchors',
    element: {
      filter: ['p'],
      visit(node: Node, visit: VisitContext) {
        if (visit.parent(node)?.type !== 'root') return;
        n += 1;
        visit.setProperty(node, 'id', paragraphAnchor(id, n));
      },
    },
  };
}
