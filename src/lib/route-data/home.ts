/**
 * The home page's picture of the plan's structure, walked from its outline: each part with how
 * many provisions it holds, its sections or groups (each with its provisions), or its provisions.
 * And the home page's data around it. Rendered by src/pages/[locale]/index.astro. Pure.
 */
import { isTranslation, type Locale } from '../editions.ts';
import { formatDate, parentheses, type Translate } from '../i18n.ts';
import { documentNumberText, outlineHeading } from '../model/labels.ts';
import { outlineProvisions } from '../model/outline.ts';
import { branchOfText, targetsTextId } from '../model/queries.ts';
import type { PlanModel } from '../model/model.ts';
import { paths } from '../routes.ts';
import type { DownloadsData } from './downloads.ts';
import { headingText, labelText, outlineView, type OutlineView } from './outline-view.ts';
import { targetsLedger, type TargetsLedgerData } from './targets.ts';
import { textView, type ParagraphView } from './text.ts';

export interface ProvisionEntry {
  id: string;
  /** "重点任务 7 实施…" */
  text: string;
  path: string;
}

export interface StructureBranch {
  type: 'part' | 'section' | 'group';
  anchor: string;
  heading: string;
  /** Its heading on the whole-plan page. */
  path: string;
  /** How many provisions it holds, all levels. */
  count: number;
  branches: StructureBranch[];
  provisions: ProvisionEntry[];
}

export function homeStructure(model: PlanModel, locale: Locale, t: Translate): StructureBranch[] {
  const branch = (view: OutlineView): StructureBranch[] => {
    const node = view.node;
    if (node.type !== 'part' && node.type !== 'section' && node.type !== 'group') return [];
    return [
      {
        type: node.type,
        anchor: node.anchor,
        heading: headingText(view),
        path: paths.plan(locale, node.anchor),
        count: outlineProvisions([node]).length,
        branches: view.children.flatMap(branch),
        provisions: view.children.flatMap((c) =>
          c.provision
            ? [
                {
                  id: c.provision.id,
                  text: `${labelText(c)} ${c.provision.title[locale]}`,
                  path: paths.provision(locale, c.provision.id),
                },
              ]
            : [],
        ),
      },
    ];
  };
  return outlineView(model, [locale], () => t).flatMap(branch);
}

export interface HomePageData {
  title: string;
  /** What the plan is, in one paragraph (also the page's description). */
  lead: string;
  path: string;
  issued: string;
  period: string;
  /** What stands around the parent plan's number after its title: a comma in a translation, whose number already holds the Chinese in parentheses (no nested brackets); the edition's parentheses in Chinese. */
  parentNumber: [string, string];
  /** The targets: the text that states them, the heading it stands under on the full text, the ledger. */
  targets: {
    paragraphs: ParagraphView[];
    link?: { heading: string; path: string } | undefined;
    ledger: TargetsLedgerData;
  };
  structure: StructureBranch[];
  downloads: DownloadsData;
}

/** The home page (/{edition}/): what the plan is, its metadata, its targets, its structure, its PDFs. */
export function homePageData(
  model: PlanModel,
  locale: Locale,
  t: Translate,
  downloads: DownloadsData,
): HomePageData {
  const doc = model.document;
  const targetsId = targetsTextId(model);
  const branch = targetsId ? branchOfText(model, targetsId) : undefined;
  const heading = branch && outlineHeading(branch, model, locale, t);
  return {
    title: doc.title[locale],
    lead: t('home.lead', {
      title: doc.title[locale],
      parent: doc.parent.title[locale],
      parentNumber: documentNumberText(doc.parent, locale),
    }),
    path: paths.home(locale),
    issued: formatDate(doc.issued, locale),
    period: t('home.periodValue', doc.period),
    parentNumber: isTranslation(locale) ? [', ', ''] : parentheses(t),
    targets: {
      paragraphs: targetsId ? textView(model, locale, targetsId) : [],
      link: branch && heading ? { heading, path: paths.plan(locale, branch.anchor) } : undefined,
      ledger: targetsLedger(model, locale, t),
    },
    structure: homeStructure(model, locale, t),
    downloads,
  };
}
