/**
 * The sentences of a provision or a part's introduction that name a place or topic, with the name
 * marked, and where they stand: the quotes of a place's or topic's page (places.ts, topics.ts),
 * rendered by components/Mentions.astro. Chinese pages quote the Chinese; English pages quote
 * the translation. Pure.
 */
import type { Locale } from '../editions.ts';
import type { Translate } from '../i18n.ts';
import { namingSentences, type Segment } from '../model/graph.ts';
import { partHeading } from '../model/labels.ts';
import type { PlanModel, Provision, SectionText } from '../model/model.ts';
import { partOfText } from '../model/queries.ts';
import { paths } from '../routes.ts';

export interface Mention {
  /** The provision's id, or the part's anchor (for the page's tests and links). */
  id: string;
  /** The provision quoted; or the part whose introduction is quoted, as a heading and its link. */
  provision?: Provision | undefined;
  part?: { heading: string; path: string } | undefined;
  /** The quoted sentences, each cut into segments with the name marked. */
  quotes: Segment[][];
}

export function provisionMention(provision: Provision, needles: string[], locale: Locale): Mention {
  return {
    id: provision.id,
    provision,
    quotes: namingSentences(provision.paragraphs[locale], needles, locale),
  };
}

export function sectionMention(
  model: PlanModel,
  section: SectionText,
  needles: string[],
  locale: Locale,
  t: Translate,
): Mention {
  const part = partOfText(model, section.id);
  return {
    id: part.anchor,
    part: {
      heading: partHeading(part.number, part.title[locale], t),
      path: paths.plan(locale, part.anchor),
    },
    quotes: namingSentences(section.paragraphs[locale], needles, locale),
  };
}
