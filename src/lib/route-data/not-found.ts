/**
 * The data of the 404 page (/404.html), shown for any unknown URL in every edition at once: for
 * each edition a block with its words, its home, a search field and every provision by kind.
 * Only rendered by src/pages/404.astro. Pure: tested without Astro.
 */
import { LOCALES, SOURCE_LOCALE, type Locale } from '../editions.ts';
import { HTML_LANG, useTranslations } from '../i18n.ts';
import { provisionLabel } from '../model/labels.ts';
import type { PlanModel } from '../model/model.ts';
import { provisionsOfKind } from '../model/queries.ts';
import { PROVISION_KINDS, type ProvisionKind } from '../model/schema.ts';
import { paths } from '../routes.ts';
import { editionStatement, statementLine } from './frame.ts';
import { nameShownFirst } from './label-in-name.ts';

/**
 * Every page an edition has, without the edition (`''` for its home, `tasks/7/`): what the 404
 * page's "did you mean" chooses from (route-data/near-miss.ts). The same paths functions as the
 * pages' links, over the same model as their getStaticPaths; a browser test follows them all.
 */
export function sitePages(model: PlanModel): string[] {
  const l = SOURCE_LOCALE;
  const all = [
    paths.home(l),
    paths.plan(l),
    paths.parallel(l),
    ...PROVISION_KINDS.map((kind) => paths.kind(l, kind)),
    ...model.provisions.map((p) => paths.provision(l, p.id)),
    paths.bodies(l),
    ...model.bodies.map((b) => paths.body(l, b.id)),
    paths.matrix(l),
    paths.places(l),
    ...model.places.map((p) => paths.place(l, p.id)),
    paths.topics(l),
    ...model.topics.map((t) => paths.topic(l, t.id)),
    paths.targets(l),
    paths.glossary(l),
    paths.about(l),
    paths.search(l),
  ];
  return all.map((path) => path.slice(`/${l}/`.length));
}

export interface NotFoundBlock {
  locale: Locale;
  lang: string;
  heading: string;
  text: string;
  /** what the edition is, in its words (route-data/frame.ts) */
  statement: string;
  home: { label: string; path: string };
  /** the block's search field: its id (unique on the page), placeholder and the form's name */
  search: { fieldId: string; placeholder: string; label: string };
  provisionsHeading: string;
  /** "Did you mean": the label of the pages the script suggests for the URL (near-miss.ts) */
  didYouMean: string;
  /** every kind of provision, its list's link, and each provision as a numbered link */
  kinds: {
    kind: ProvisionKind;
    label: string;
    path: string;
    provisions: { id: string; number: number; path: string; title: string; ariaLabel: string }[];
  }[];
}

export interface NotFoundData {
  /** every edition's title, in the editions' order */
  title: string;
  blocks: NotFoundBlock[];
  /** what the page's script needs (src/lib/client/not-found.ts): the editions and every page */
  config: NotFoundConfig;
}

export interface NotFoundConfig {
  locales: Locale[];
  pages: string[];
}

export function notFoundData(model: PlanModel, locales: readonly Locale[] = LOCALES): NotFoundData {
  const blocks = locales.map((locale): NotFoundBlock => {
    const t = useTranslations(locale);
    const colon = t('list.colon');
    return {
      locale,
      lang: HTML_LANG[locale],
      heading: t('notFound.title'),
      text: t('notFound.text'),
      statement: statementLine(editionStatement(model, locale, t)),
      home: { label: t('notFound.home'), path: paths.home(locale) },
      search: {
        fieldId: `not-found-q-${locale}`,
        placeholder: t('search.title'),
        label: t('notFound.search'),
      },
      provisionsHeading: t('notFound.provisions'),
      didYouMean: t('search.didYouMean'),
      kinds: PROVISION_KINDS.map((kind) => ({
        kind,
        label: t(`kind.${kind}.plural`),
        path: paths.kind(locale, kind),
        provisions: provisionsOfKind(model, kind).map((p) => ({
          id: p.id,
          number: p.number,
          path: paths.provision(locale, p.id),
          title: p.title[locale],
          // The link shows the number: its name begins with it (WCAG 2.5.3).
          ariaLabel: nameShownFirst(
            String(p.number),
            `${provisionLabel(p, t)}${colon}${p.title[locale]}`,
            t,
          ),
        })),
      })),
    };
  });
  return {
    title: blocks.map((b) => b.heading).join(' · '),
    blocks,
    config: { locales: [...locales], pages: sitePages(model) },
  };
}
