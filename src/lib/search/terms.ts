/**
 * Extra text indexed with each provision page (in an attribute, invisible to readers and screen
 * readers): the names of its bodies, places and topics in every form the glossary knows, and the
 * glossary terms of its text, each as a standalone phrase. Chinese segmentation can cut a name
 * differently inside a sentence than in a query (市经济和信息化委员会 vs 经济和信息化委); indexing
 * the standalone forms makes the query's segmentation match.
 */
import type { PlanModel, Provision } from '../model/model.ts';
import { unique } from '../model/text.ts';
import { isHanScript, type Locale } from '../editions.ts';


export function provisionSearchTerms(model: PlanModel, p: Provision, locale: Locale): string[] {
  const zhText = `${p.title.zh}${p.paragraphs.zh.join('')}`;
  const bodies = p.departments.map((id) => model.bodies.find((b) => b.id === id)!);
  const places = p.places.map((id) => model.places.find((x) => x.id === id)!);
  const topics = p.topics.map((id) => model.topics.find((x) => x.id === id)!);
  if (isHanScript(locale)) {
    return unique([
      ...bodies.flatMap((b) => [b.name.zh, b.fullName.zh, ...(b.alsoKnownAs ? [b.alsoKnownAs.zh] : []), ...(b.houses ? [b.houses.zh] : []), ...b.forms]),
      ...places.flatMap((x) => [x.name.zh, ...x.forms]),
      ...topics.flatMap((x) => [x.name.zh, ...x.forms.filter((f) => zhText.includes(f))]),
      ...model.terms.filter((term) => zhText.includes(term.zh)).map((term) => term.zh),
    ]);
  }
  return unique([
    ...bodies.flatMap((b) => [b.name.en, b.fullName.en, ...(b.alsoKnownAs ? [b.alsoKnownAs.en] : []), ...(b.houses ? [b.houses.en] : [])]),
    ...places.map((x) => x.name.en),
    ...topics.map((x) => x.name.en),
    ...model.terms.filter((term) => zhText.includes(term.zh)).map((term) => term.en.replace(/[“”"]/g, '')),
  ]);
}
