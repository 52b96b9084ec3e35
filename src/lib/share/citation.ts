/** A ready citation of one provision, in the page's language. */
import { formatDate, type Translate } from '../i18n.ts';
import { documentNumberText, partHeading, provisionLabel } from '../model/labels.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import { partOf } from '../model/queries.ts';
import type { Locale } from '../model/schema.ts';

export function citation(
  model: PlanModel,
  p: Provision,
  locale: Locale,
  t: Translate,
  url: string,
): string {
  const doc = model.document;
  const part = partOf(model, p);
  return t('share.citation', {
    issuer: doc.issuer[locale],
    title: doc.title[locale],
    number: documentNumberText(doc, locale),
    date: formatDate(doc.issued, locale),
    part: partHeading(part.number, part.title[locale], t),
    item: provisionLabel(p, t),
    heading: p.title[locale],
    url,
  });
}
