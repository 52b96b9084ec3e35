/**
 * schema.org JSON-LD: the plan as a Legislation on its home page (planJsonLd), and each provision
 * as a Legislation on its own page that is part of the plan, naming it by its id (provisionJsonLd).
 */
import { otherLocales, SOURCE_LOCALE } from '../editions.ts';
import type { PlanModel, Provision } from '../model/model.ts';
import { HTML_LANG, type Translate } from '../i18n.ts';
import type { Locale } from '../model/schema.ts';

export function provisionJsonLd(
  model: PlanModel,
  p: Provision,
  locale: Locale,
  label: string,
  t: Translate,
  urlOf: (path: string) => string,
  pathOf: {
    provision: (l: Locale, id: string) => string;
    home: (l: Locale) => string;
    body: (l: Locale, id: string) => string;
  },
): object {
  const doc = model.document;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': urlOf(pathOf.provision(locale, p.id)),
    url: urlOf(pathOf.provision(locale, p.id)),
    name: `${label} ${p.title[locale]}`,
    inLanguage: HTML_LANG[locale],
    legislationIdentifier: `${doc.number[SOURCE_LOCALE]} ${p.id}`,
    legislationDate: doc.issued,
    legislationType: t('jsonld.type'),
    text: p.paragraphs[locale].join('\n'),
    ...(locale === SOURCE_LOCALE
      ? {
          workTranslation: otherLocales(locale).map((l) => ({
            '@id': urlOf(pathOf.provision(l, p.id)),
          })),
        }
      : { translationOfWork: { '@id': urlOf(pathOf.provision(SOURCE_LOCALE, p.id)) } }),
    // The plan itself by its id (its home page, whose JSON-LD, planJsonLd, says the rest).
    isPartOf: {
      '@type': 'Legislation',
      '@id': urlOf(pathOf.home(locale)),
      name: doc.title[locale],
      legislationIdentifier: doc.number[SOURCE_LOCALE],
    },
    legislationResponsible: p.bodies.map((id) => {
      const body = model.bodies.find((b) => b.id === id);
      return {
        '@type': 'GovernmentOrganization',
        name: body?.name[locale] ?? id,
        url: urlOf(pathOf.body(locale, id)),
      };
    }),
  };
}

/** The plan: a Legislation, with its identifier, date, jurisdiction, issuer and period. */
export function planJsonLd(
  model: PlanModel,
  locale: Locale,
  t: Translate,
  urlOf: (path: string) => string,
  pathOf: { home: (l: Locale) => string },
): object {
  const doc = model.document;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': urlOf(pathOf.home(locale)),
    url: urlOf(pathOf.home(locale)),
    name: doc.title[locale],
    inLanguage: HTML_LANG[locale],
    legislationIdentifier: doc.number[SOURCE_LOCALE],
    legislationDate: doc.issued,
    legislationJurisdiction: t('jsonld.jurisdiction'),
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: doc.issuer[locale] },
    legislationLegalForce: 'NotInForce',
    temporalCoverage: `${doc.period.start}/${doc.period.end}`,
    ...(locale === SOURCE_LOCALE
      ? { workTranslation: otherLocales(locale).map((l) => ({ '@id': urlOf(pathOf.home(l)) })) }
      : { translationOfWork: { '@id': urlOf(pathOf.home(SOURCE_LOCALE)) } }),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so the text cannot end the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
