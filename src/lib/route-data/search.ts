/**
 * The data of the search page (/{edition}/search/): its title and breadcrumbs, the form's
 * filters, and the island's configuration as JSON ready for a <script type="application/json">
 * (the other edition it offers, the strings and plural templates it fills). Only rendered by
 * src/pages/[locale]/search.astro. Pure: tested without Astro.
 */
import type { Locale } from '../editions.ts';
import { HREFLANG, HTML_LANG, otherLocale, pluralTemplates, type Translate } from '../i18n.ts';
import type { PlanModel } from '../model/model.ts';
import { PROVISION_KINDS } from '../model/schema.ts';
import { paths } from '../routes.ts';
import { searchConfig, searchFilters, type FilterGroup } from '../search/page.ts';
import { jsonForScript } from '../share/json-ld.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';

export interface SearchPageData {
  /** the page's heading and breadcrumb ("Search") */
  title: string;
  /** its <title> and preview title, saying what is searched: a shared ?q= link previews as this (a static page cannot know the query) */
  shareTitle: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  /** the form's filters: parts, task groups, bodies, places */
  filters: FilterGroup[];
  /** where a reader without JavaScript is sent: the full text */
  planPath: string;
  /** what a reader without JavaScript is offered besides the full text: every list of provisions, and the glossary */
  browse: { label: string; path: string }[];
  /** the island's SearchConfig, as JSON safe inside a <script> */
  configJson: string;
}

export interface SearchLinks {
  /** adds the base path (astro/links.ts href) */
  href: (path: string) => string;
  /** the base path itself */
  base: string;
}

export function searchPageData(
  model: PlanModel,
  locale: Locale,
  t: Translate,
  { href, base }: SearchLinks,
): SearchPageData {
  const title = t('search.title');
  const other = otherLocale(locale);
  const config = searchConfig({
    model,
    locale,
    other,
    lang: HTML_LANG[locale],
    otherHreflang: HREFLANG[other],
    t,
    pluralTemplates: (key) => pluralTemplates(locale, key),
    href,
    base,
  });
  return {
    title,
    shareTitle: t('search.shareTitle', { name: t('site.name') }),
    description: t('search.description', { title: model.document.title[locale] }),
    path: paths.search(locale),
    breadcrumbs: breadcrumbs(locale, t, { label: title }),
    filters: searchFilters(model, locale, t),
    planPath: paths.plan(locale),
    browse: [
      ...PROVISION_KINDS.map((kind) => ({
        label: t(`kind.${kind}.plural`),
        path: paths.kind(locale, kind),
      })),
      { label: t('nav.glossary'), path: paths.glossary(locale) },
    ],
    configJson: jsonForScript(config),
  };
}
