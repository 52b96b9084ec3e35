/**
 * The data of the 404 page (/404.html), shown for any unknown URL in every edition at once: for
 * each edition a block with its words, its home, a search field and every provision by kind.
 * Only rendered by src/pages/404.astro. Pure: tested without Astro.
 */
import { LOCALES, type Locale } from '../editions.ts';
import { HTML_LANG, useTranslations } from '../i18n.ts';
import { provisionLabel } from '../model/labels.ts';
import type { PlanModel } from '../model/model.ts';
import { provisionsOfKind } from '../model/queries.ts';
import { PROVISION_KINDS, type ProvisionKind } from '../model/schema.ts';
import { paths } from '../routes.ts';
import { editionStatement, statementLine } from './frame.ts';
import { nameShownFirst } from './label-in-name.ts';

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
  return { title: blocks.map((b) => b.heading).join(' · '), blocks };
}
