/**
 * The data of the topics' pages: the list by group (/{edition}/topics/) and one topic's page
 * (/{edition}/topics/{id}/) with the sentences that name it. Only rendered by
 * src/pages/[locale]/topics/. Pure: tested without Astro.
 */
import { SOURCE_LANG, SOURCE_LOCALE, isHanScript, type Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { markersOf, provisionsOfTopic } from '../model/graph.ts';
import type { PlanModel } from '../model/model.ts';
import { TOPIC_GROUPS, type Topic } from '../model/schema.ts';
import { paths } from '../routes.ts';
import { breadcrumbs, type Crumb } from './crumb.ts';
import { provisionMention, type Mention } from './mentions.ts';
import type { NamedLink } from './provision.ts';

type TopicGroup = (typeof TOPIC_GROUPS)[number];

export interface TopicsPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  /** every group of TOPIC_GROUPS, each with its topics in the glossary's order and how many provisions name each */
  groups: {
    group: TopicGroup;
    anchor: string;
    heading: string;
    topics: (NamedLink & { count: number })[];
  }[];
}

export function topicsPageData(model: PlanModel, locale: Locale, t: Translate): TopicsPageData {
  const title = t('topics.title');
  return {
    title,
    description: t('topics.description', { title: model.document.title[locale] }),
    path: paths.topics(locale),
    breadcrumbs: breadcrumbs(locale, t, { label: title }),
    groups: TOPIC_GROUPS.map((group) => ({
      group,
      anchor: `group-${group}`,
      heading: t(`topics.groups.${group}`),
      topics: model.topics
        .filter((x) => x.group === group)
        .map((topic) => ({
          id: topic.id,
          name: topic.name[locale],
          path: paths.topic(locale, topic.id),
          count: provisionsOfTopic(model, topic.id).length,
        })),
    })),
  };
}

export interface TopicPageData {
  title: string;
  description: string;
  path: string;
  breadcrumbs: Crumb[];
  groupLabel: string;
  /** on a page not in Chinese: the Chinese name, with its language */
  sourceName?: { text: string; lang: string } | undefined;
  /** the provisions that name it, in reading order, with the sentences that do */
  mentions: Mention[];
}

export function topicPageData(
  model: PlanModel,
  topic: Topic,
  locale: Locale,
  t: Translate,
): TopicPageData {
  const name = topic.name[locale];
  const needles = markersOf(topic, locale);
  return {
    title: name,
    description: t('topics.topicDescription', { name, title: model.document.title[locale] }),
    path: paths.topic(locale, topic.id),
    breadcrumbs: breadcrumbs(
      locale,
      t,
      { label: t('topics.title'), path: paths.topics(locale) },
      { label: name },
    ),
    groupLabel: t(`topics.groups.${topic.group}`),
    sourceName: isHanScript(locale)
      ? undefined
      : { text: topic.name[SOURCE_LOCALE], lang: SOURCE_LANG },
    mentions: provisionsOfTopic(model, topic.id).map((p) => provisionMention(p, needles, locale)),
  };
}
