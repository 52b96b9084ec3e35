/** /cards/<edition>/{provision id|site}.png — the preview image of a provision (or of the site) for link cards. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../../lib/node/cards';
import { useTranslations } from '../../../lib/i18n';
import { documentNumber, documentNumberText, provisionLabel } from '../../../lib/model/labels';
import { getPlan } from '../../../lib/astro/plan';
import { edition, isHanScript } from '../../../lib/editions';
import { LOCALES, type Locale } from '../../../lib/model/schema';

export const getStaticPaths = (async () => {
  const model = await getPlan();
  return LOCALES.flatMap((locale) => [
    { params: { locale, id: 'site' } },
    ...model.provisions.map((p) => ({ params: { locale, id: p.id } })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getPlan();
  const locale = params['locale'] as Locale;
  const t = useTranslations(locale);
  const doc = model.document;
  const provision = model.provisions.find((p) => p.id === params['id']);
  const png = await renderCard({
    site: provision ? doc.shortTitle[locale] : t('site.tagline'),
    label: provision ? provisionLabel(provision, t) : documentNumber(doc, locale).original,
    title: provision ? provision.title[locale] : doc.title[locale],
    footer: `${documentNumberText(doc, locale)} · ${doc.issuer[locale]}`,
    font: edition(locale).font,
    latin: !isHanScript(locale),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
