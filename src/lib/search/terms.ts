/**
 * Extra text indexed with each provision page (in an attribute, invisible to readers and screen
 * readers): the names of its bodies, places and topics in every form the glossary knows, and the
 * glossary terms of its text, each as a standalone phrase. Chinese segmentation can cut a name
 * differently inside a sentence than in a query (市经济和信息化委员会 vs 经济和信息化委); indexing
 * the standalone forms makes the query's segmentation match.
 */
import type { PlanModel, Provision } from '../model/model.ts';
import { unique } from '../model/text.ts';
import { SOURCE_LOCALE, type Locale } from '../editions.ts';

export function provisionSearchTerms(model: PlanModel, p: Provision, locale: Locale): string[] {
  const sourceText = `${p.title[SOURCE_LOCALE]}${p.paragraphs[SOURCE_LOCALE].join('')}`;
  const bodies = p.bodies.map((id) => model.bodies.find((b) => b.id === id)!);
  const places = p.places.map((id) => model.places.find((x) => x.id === id)!);
  const topics = p.topics.map((id) => model.topics.find((x) => x.id === id)!);
  // An edition in Chinese characters is also found by the glossary's Chinese forms, as it writes them.
  const forms = (x: { formsIn: Record<Locale, string[]> }) => x.formsIn[locale];
  return unique([
    ...bodies.flatMap((b) => [
      b.name[locale],
      ...(b.fullName ? [b.fullName[locale]] : []),
      ...(b.alsoKnownAs ? [b.alsoKnownAs[locale]] : []),
      ...(b.houses ? [b.houses[locale]] : []),
      ...forms(b),
    ]),
    ...places.flatMap((x) => [x.name[locale], ...forms(x)]),
    ...topics.flatMap((x) => [
      x.name[locale],
      ...forms(x).filter((_, i) => sourceText.includes(x.forms[i]!)),
    ]),
    ...model.terms
      .filter((term) => sourceText.includes(term[SOURCE_LOCALE]))
      .map((term) => term[locale].replace(/[“”"]/g, '')),
  ]);
}
