/**
 * The outline and every walker of it, on a small document of another shape than the plan: two
 * parts, no groups, a section with a text only, a part opened by a text; three provisions of two
 * kinds. Every layout of the whole document must follow this fixture's shape, which no walker
 * can know in advance: nothing in them may name a part or a section of the real plan.
 */
import { describe, expect, it } from 'vitest';
import {
  LOCALES,
  originalIn,
  SOURCE_LOCALE,
  TRANSLATION_LOCALE,
  type Locale,
} from '../../src/lib/editions.ts';
import { HREFLANG, HTML_LANG, useTranslations } from '../../src/lib/i18n.ts';
import { paths } from '../../src/lib/routes.ts';
import { buildModel, type RawContent, type TextFile } from '../../src/lib/model/model.ts';
import { readingOrder, walkOutline } from '../../src/lib/model/outline.ts';
import { homeAnchorOf, partOf, partOfText, provisionById } from '../../src/lib/model/queries.ts';
import { planBlocks, PDF_VARIANTS, renderPlanPdf, type TextBlock } from '../../src/lib/node/pdf.ts';
import { extractText, getDocumentProxy } from 'unpdf';
import { homeStructure } from '../../src/lib/route-data/home.ts';
import { walkView } from '../../src/lib/route-data/outline-view.ts';
import { contentsAnchors, planContents } from '../../src/lib/route-data/plan-contents.ts';
import { parallelPageData, planPageData } from '../../src/lib/route-data/plan-page.ts';
import { buildSearchData } from '../../src/lib/search/build-data.ts';
import { planExport } from '../../src/lib/share/export.ts';
import { readRawContent } from '../support/load-content.ts';

/** Texts of the fixture: one Chinese sentence (and its English line) per paragraph. */
const TEXTS: Record<string, { title?: [string, string]; zh: string; en: string }> = {
  notice: {
    title: ['关于印发试点方案的通知', 'Notice on issuing the pilot scheme'],
    zh: '现将方案印发给你们。',
    en: 'The scheme is hereby issued to you.',
  },
  background: {
    zh: '为推进试点工作，制定本方案。',
    en: 'This scheme is formulated to advance the pilot.',
  },
  'principle-1': {
    title: ['统筹推进', 'Coordinated advancement'],
    zh: '统筹推进各项工作。',
    en: 'Advance all work in a coordinated way.',
  },
  'measures-lead': { zh: '落实以下措施。', en: 'Implement the following measures.' },
  'measure-1': {
    title: ['加强领导', 'Strengthen leadership'],
    zh: '加强组织领导。',
    en: 'Strengthen organization and leadership.',
  },
  'measure-2': {
    title: ['强化数据', 'Strengthen data'],
    zh: '强化数据支撑。',
    en: 'Strengthen data support.',
  },
};

function fixture(): RawContent {
  const real = readRawContent();
  const texts: TextFile[] = Object.entries(TEXTS).flatMap(([id, t]) =>
    (['zh', 'en'] as const).map((locale, i) => ({
      locale,
      id,
      title: t.title?.[i],
      body: locale === 'zh' ? t.zh : t.en,
      file: `fixture/${locale}/${id}.mdx`,
    })),
  );
  return {
    document: real.document,
    texts,
    provisions: [
      { id: 'principle-1', file: 'fixture/provisions.yaml' },
      { id: 'measure-1', bracket: '市科技局', file: 'fixture/provisions.yaml' },
      { id: 'measure-2', bracket: '市大数据局、科技局', file: 'fixture/provisions.yaml' },
    ],
    bodies: real.bodies.filter((b) =>
      ['science-technology-bureau', 'big-data-bureau'].includes(b.id),
    ),
    places: [],
    topics: [],
    terms: [],
    targets: [],
    notes: [],
    structure: {
      id: 'document',
      front: [{ text: 'notice', heading: 'notice' }],
      parts: [
        {
          number: 1,
          anchor: 'scope',
          title: { zh: '适用范围', en: 'Scope' },
          sections: [
            {
              number: 1,
              anchor: 'background',
              title: { zh: '背景', en: 'Background' },
              text: 'background',
            },
            {
              number: 2,
              anchor: 'principles-here',
              title: { zh: '原则', en: 'Principles' },
              kind: 'principle',
              count: 1,
            },
          ],
        },
        {
          number: 2,
          anchor: 'steps',
          title: { zh: '措施', en: 'Steps' },
          text: 'measures-lead',
          kind: 'measure',
          count: 2,
        },
      ],
    },
  };
}

const model = buildModel(fixture(), (_locale, text) => text);
const EXPECTED_ORDER = [
  'notice',
  'background',
  'principle-1',
  'measures-lead',
  'measure-1',
  'measure-2',
];
/** The headed anchors in reading order (the front text's, the parts', sections' and provisions'). */
const EXPECTED_ANCHORS = [
  'notice',
  'scope',
  'background',
  'principles-here',
  'principle-1',
  'steps',
  'measure-1',
  'measure-2',
];

describe('the outline of a document of another shape', () => {
  it('is the structure file’s tree: front text, parts, a text-only section, a part opened by a text', () => {
    const shape = (nodes: typeof model.outline): unknown[] =>
      nodes.map((n) =>
        'children' in n
          ? { [n.type]: n.anchor, children: shape(n.children) }
          : n.type === 'provision'
            ? n.provision.id
            : n.type === 'text' || n.type === 'front'
              ? `${n.type}:${n.text.id}`
              : n,
      );
    expect(shape(model.outline)).toEqual([
      'front:notice',
      {
        part: 'scope',
        children: [
          { section: 'background', children: ['text:background'] },
          { section: 'principles-here', children: ['principle-1'] },
        ],
      },
      { part: 'steps', children: ['text:measures-lead', 'measure-1', 'measure-2'] },
    ]);
    expect(readingOrder(model.outline)).toEqual(EXPECTED_ORDER);
    expect(model.provisions.map((p) => p.id)).toEqual(['principle-1', 'measure-1', 'measure-2']);
    expect(model.groups).toEqual([]);
  });

  it('places provisions and texts by the tree', () => {
    expect(partOf(model, provisionById(model, 'measure-2')).anchor).toBe('steps');
    expect(homeAnchorOf(model, 'principle')).toBe('principles-here');
    expect(homeAnchorOf(model, 'measure')).toBe('steps');
    expect(partOfText(model, 'background').anchor).toBe('scope');
    expect(partOfText(model, 'measures-lead').anchor).toBe('steps');
  });

  it('reads each bracket into bodies, the shared 市 restored, in every edition', () => {
    const m2 = provisionById(model, 'measure-2');
    expect(m2.bodies).toEqual(['big-data-bureau', 'science-technology-bureau']);
    expect(m2.bracket?.[SOURCE_LOCALE].map((p) => p.text).join('')).toBe('市大数据局、科技局');
    expect(m2.bracket?.[TRANSLATION_LOCALE].map((p) => p.text).join('')).toBe(
      'Municipal Big Data Bureau; Municipal Science and Technology Bureau',
    );
  });

  it.each(LOCALES)(
    'is walked the same by the full text, the side by side, the contents and the home page (%s)',
    (locale: Locale) => {
      const t = useTranslations(locale);
      const page = planPageData(model, locale, t);
      const headed = walkView(page.nodes).filter((n) => n.anchor && n.level > 1);
      expect(headed.map((n) => n.anchor)).toEqual(EXPECTED_ANCHORS);
      expect(walkView(page.nodes).flatMap((n) => (n.textId ? [n.textId] : []))).toEqual(
        EXPECTED_ORDER,
      );
      // Levels follow depth: a part h2, a section h3, a provision one below its branch.
      expect(Object.fromEntries(headed.map((n) => [n.anchor, n.level]))).toEqual({
        notice: 2,
        scope: 2,
        background: 3,
        'principles-here': 3,
        'principle-1': 4,
        steps: 2,
        'measure-1': 3,
        'measure-2': 3,
      });
      expect(walkView(page.nodes).find((n) => n.provision?.id === 'measure-1')?.bracket?.text).toBe(
        locale === TRANSLATION_LOCALE ? 'Municipal Science and Technology Bureau' : '市科技局',
      );

      const parallel = walkView(parallelPageData(model, locale));
      expect(parallel.filter((n) => n.anchor && n.level > 1).map((n) => n.anchor)).toEqual(
        EXPECTED_ANCHORS,
      );
      expect(parallel.find((n) => n.provision?.id === 'measure-2')?.brackets).toHaveLength(2);
      // Each column's heading links to the provision's page in that column's edition (minor 27).
      expect(
        parallel
          .find((n) => n.provision?.id === 'measure-2')
          ?.links?.map((l) => [l.lang, l.path, l.hreflang]),
      ).toEqual(
        [originalIn(locale), TRANSLATION_LOCALE].map((l) => [
          HTML_LANG[l],
          paths.provision(l, 'measure-2'),
          HREFLANG[l],
        ]),
      );

      expect(contentsAnchors(planContents(model, locale, t))).toEqual(EXPECTED_ANCHORS);

      const home = homeStructure(model, locale, t);
      expect(
        home.map((p) => [
          p.anchor,
          p.count,
          p.branches.map((b) => b.anchor),
          p.provisions.map((x) => x.id),
        ]),
      ).toEqual([
        ['scope', 1, ['background', 'principles-here'], []],
        ['steps', 2, [], ['measure-1', 'measure-2']],
      ]);
    },
  );

  it.each(PDF_VARIANTS.map((v) => [v.id, v] as const))(
    'is walked by the %s PDF: every heading and text in order, each part on a new page',
    (_id, variant) => {
      const blocks = planBlocks(model, variant, 'https://example.org/');
      const anchors = blocks.flatMap((b) => (b.kind === 'text' && b.anchor ? [b.anchor] : []));
      expect(anchors).toEqual(EXPECTED_ANCHORS);
      const pageBreaks = blocks.filter((b) => b.kind === 'pageBreak').length;
      expect(pageBreaks).toBe(4); // after the title page, after the contents, before each of the two parts
      // The contents list the same anchored nodes, in the same order, after the title page.
      const contents = blocks.find((b) => b.kind === 'contents');
      expect(contents?.entries.map((e) => e.anchor)).toEqual(EXPECTED_ANCHORS);
      expect(contents?.entries.every((e) => e.titles.length === variant.locales.length)).toBe(true);
      const texts = blocks
        .filter((b): b is TextBlock => b.kind === 'text' && b.style === 'body')
        .map((b) => b.text);
      const first = variant.locales[0]!;
      expect(texts.filter((_, i) => i % variant.locales.length === 0)).toEqual(
        EXPECTED_ORDER.map((id) => (first === TRANSLATION_LOCALE ? TEXTS[id]!.en : TEXTS[id]!.zh)),
      );
    },
  );

  it.each(LOCALES)('gives the search data each text’s place in the tree (%s)', (locale: Locale) => {
    const t = useTranslations(locale);
    const vocabulary = {
      id: 'document' as const,
      stopWords: { zh: [], en: [] },
      spelling: [],
      synonyms: { zh: [], en: [] },
    };
    const data = buildSearchData(model, vocabulary, locale, t);
    const sections = data.docs.filter((d) => d.kind === 'section');
    const headingOf = (anchor: string) =>
      walkView(planPageData(model, locale, t).nodes).find((n) => n.anchor === anchor)?.headings[0]
        ?.text;
    expect(sections.map((d) => [d.id, d.label, d.title])).toEqual([
      ['notice', t('plan.notice'), TEXTS['notice']!.title![locale === TRANSLATION_LOCALE ? 1 : 0]],
      ['background', headingOf('scope'), headingOf('background')],
      ['measures-lead', t('plan.title'), headingOf('steps')],
    ]);
    expect(data.docs.find((d) => d.id === 'measure-2')?.bracket).toBe(
      locale === TRANSLATION_LOCALE
        ? 'Municipal Big Data Bureau; Municipal Science and Technology Bureau'
        : '市大数据局、科技局',
    );
  });

  it('gives the open data its provisions in the tree’s order, with their brackets', () => {
    const data = planExport(model);
    expect(data.provisions.map((p) => p.id)).toEqual(['principle-1', 'measure-1', 'measure-2']);
    expect(data.provisions.map((p) => p.bracket?.['zh'])).toEqual([
      undefined,
      '市科技局',
      '市大数据局、科技局',
    ]);
    expect(data.provisions.map((p) => p.departments)).toEqual([
      [],
      ['science-technology-bureau'],
      ['big-data-bureau', 'science-technology-bureau'],
    ]);
  });

  it('refuses a structure that holds a kind twice, or a kind without its count', () => {
    const twice = fixture();
    twice.structure.parts[0]!.sections![1]!.kind = 'measure';
    expect(() => buildModel(twice, (_l, s) => s)).toThrow(
      /content\/structure\.yaml: .*measure provisions are held by two parts or sections/,
    );
    const uncounted = fixture();
    delete uncounted.structure.parts[1]!.count;
    expect(() => buildModel(uncounted, (_l, s) => s)).toThrow(
      /content\/structure\.yaml: steps\.count: is required with kind/,
    );
    const unknownText = fixture();
    unknownText.texts.push({
      locale: 'zh',
      id: 'appendix',
      body: '附件。',
      file: 'fixture/zh/appendix.mdx',
    });
    expect(() => buildModel(unknownText, (_l, s) => s)).toThrow(
      /fixture\/zh\/appendix\.mdx: \(file name\): "appendix" is neither a provision/,
    );
  });

  it('walks every node once', () => {
    // notice; scope, its two sections, the text of one and the principle of the other; steps, its text and two measures
    expect(walkOutline(model.outline)).toHaveLength(1 + 5 + 4);
  });

  it('typesets into a PDF whose text follows the tree', async () => {
    const variant = PDF_VARIANTS.find(
      (v) => v.locales.length === 1 && v.locales[0] === TRANSLATION_LOCALE,
    )!;
    const pdf = await getDocumentProxy(
      new Uint8Array(await renderPlanPdf(model, variant, { siteUrl: 'https://example.org/' })),
    );
    const { text } = await extractText(pdf, { mergePages: true });
    const at = (needle: string) => text.replace(/\s+/g, ' ').indexOf(needle);
    const order = EXPECTED_ORDER.map((id) => at(TEXTS[id]!.en));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
