/**
 * A Sätteri HAST plugin for the plan's texts. Paragraph N of `content/plan/{locale}/{id}.mdx`
 * gets `id="{id}-p{N}"`, the same in both languages (a link to a paragraph survives a language
 * switch, and the side-by-side view pairs paragraphs), and a link to itself: a plain #anchor
 * without JavaScript, a "copy link" control with it.
 */
import { isHanScript, SOURCE_LANG } from '../editions.ts';
import { paragraphAnchor } from '../model/anchors.ts';
import { useTranslations } from '../i18n.ts';
import type { Locale } from '../model/schema.ts';
import { languageRuns } from '../model/text.ts';

/** The locale and provision or section id a plan text file stands for, or undefined for any other file. */
export function textFromPath(path: string | undefined): { locale: Locale; id: string } | undefined {
  const match = path?.replace(/\\/g, '/').match(/\/content\/plan\/(zh|en)\/([a-z0-9-]+)\.mdx?$/);
  return match ? { locale: match[1] as Locale, id: match[2] as string } : undefined;
}

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}
interface VisitContext {
  parent(node: Node): Node | undefined;
  setProperty(node: Node, key: string, value: unknown): void;
  appendChild(node: Node, child: unknown): void;
  replaceNode(node: Node, replacement: unknown[]): void;
}

/** In a non-Chinese edition's text, Chinese runs (a document number) get the source's lang. */
function markChinese(paragraph: Node, visit: VisitContext) {
  for (const child of paragraph.children ?? []) {
    if (child.type !== 'text' || !child.value) continue;
    const runs = languageRuns(child.value);
    if (!runs.some((r) => r.zh)) continue;
    visit.replaceNode(
      child,
      runs.map((r) => (r.zh ? { type: 'element', tagName: 'span', properties: { lang: SOURCE_LANG }, children: [{ type: 'text', value: r.text }] } : { type: 'text', value: r.text })),
    );
  }
}

/** The link icon (a chain), drawn inline: no request, no text for search or screen readers to read. */
const ICON = {
  type: 'element',
  tagName: 'svg',
  properties: { viewBox: '0 0 24 24', width: '16', height: '16', ariaHidden: 'true', focusable: 'false', fill: 'none', stroke: 'currentColor', strokeWidth: '2', strokeLinecap: 'round', strokeLinejoin: 'round' },
  children: [
    { type: 'element', tagName: 'path', properties: { d: 'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71' }, children: [] },
    { type: 'element', tagName: 'path', properties: { d: 'M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71' }, children: [] },
  ],
};

export function paragraphAnchors(ctx: { fileURL: URL | undefined }) {
  const text = textFromPath(ctx.fileURL?.pathname);
  if (!text) return null;
  const label = useTranslations(text.locale)('share.copyParagraph');
  let n = 0;
  return {
    name: 'paragraph-anchors',
    element: {
      filter: ['p'],
      visit(node: Node, visit: VisitContext) {
        if (visit.parent(node)?.type !== 'root') return;
        n += 1;
        const id = paragraphAnchor(text.id, n);
        visit.setProperty(node, 'id', id);
        if (!isHanScript(text.locale)) markChinese(node, visit);
        visit.appendChild(node, [
          { type: 'text', value: ' ' },
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `#${id}`, className: ['copy-link', 'no-print'], ariaLabel: label, title: label, dataCopyLink: '', dataPagefindIgnore: '' },
            children: [ICON],
          },
        ]);
      },
    },
  };
}
