/**
 * The places' and topics' pages (src/lib/route-data/places.ts, topics.ts, mentions.ts): the lists
 * by kind and group with their counts, and each page's quotes, marked names and bodies.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, SOURCE_LOCALE, isHanScript } from '../../../src/lib/editions.ts';
import { useTranslations } from '../../../src/lib/i18n.ts';
import { PLACE_KINDS, TOPIC_GROUPS } from '../../../src/lib/model/schema.ts';
import { placePageData, placesPageData } from '../../../src/lib/route-data/places.ts';
import { topicPageData, topicsPageData } from '../../../src/lib/route-data/topics.ts';
import { paths } from '../../../src/lib/routes.ts';
import { loadModel } from '../../support/load-content.ts';

const model = loadModel();
const texts = Object.values(model.texts);

describe('the list of places', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: every place once, under its kind, kinds in order, each with the texts that name it`, () => {
      const page = placesPageData(model, locale, t);
      expect(page.path).toBe(`/${locale}/places/`);
      expect(page.breadcrumbs.at(-1)).toEqual({ label: page.title });
      expect(page.kinds.map((k) => k.kind)).toEqual(
        PLACE_KINDS.filter((kind) => model.places.some((p) => p.kind === kind)),
      );
      for (const kind of page.kinds) {
        expect(kind.places.map((p) => p.id)).toEqual(
          model.places.filter((p) => p.kind === kind.kind).map((p) => p.id),
        );
        for (const place of kind.places) {
          const count =
            model.provisions.filter((p) => p.places.includes(place.id)).length +
            texts.filter((x) => x.places.includes(place.id)).length;
          expect(place.count).toBe(count);
          expect(place.countLabel).toContain(String(count));
          expect(place.path).toBe(paths.place(locale, place.id));
        }
      }
    });
  }
});

describe('a place’s page', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: the introductions, then the provisions, that name it; the bodies responsible for those`, () => {
      for (const place of model.places) {
        const page = placePageData(model, place, locale, t);
        const provisions = model.provisions.filter((p) => p.places.includes(place.id));
        const introductions = texts.filter((x) => x.places.includes(place.id));
        expect(page.mentions.filter((m) => m.provision).map((m) => m.id)).toEqual(
          provisions.map((p) => p.id),
        );
        expect(
          page.mentions
            .slice(0, introductions.length)
            .every((m) => m.part && m.part.path.startsWith(`/${locale}/plan/#`)),
        ).toBe(true);
        expect(page.mentions).toHaveLength(introductions.length + provisions.length);
        for (const m of page.mentions) expect(m.quotes.length).toBeGreaterThan(0);
        // Each body once, in the order a reader meets it, with the provisions of the place it is named in.
        const order = [...new Set(provisions.flatMap((p) => p.bodies))];
        expect(page.bodies.map((b) => b.id)).toEqual(order);
        for (const body of page.bodies)
          expect(body.provisions.map((p) => p.id)).toEqual(
            provisions.filter((p) => p.bodies.includes(body.id)).map((p) => p.id),
          );
        expect(page.sourceName?.text).toBe(
          isHanScript(locale) ? undefined : place.name[SOURCE_LOCALE],
        );
        expect(page.breadcrumbs[1]).toEqual({
          label: t('places.title'),
          path: paths.places(locale),
        });
      }
    });
  }

  it('marks the place’s name as the edition writes it; quotes whole paragraphs where they do not name it (a title may)', () => {
    for (const locale of LOCALES.filter(isHanScript)) {
      for (const place of model.places) {
        const introductions = texts.filter((x) => x.places.includes(place.id));
        for (const [i, m] of placePageData(
          model,
          place,
          locale,
          useTranslations(locale),
        ).mentions.entries()) {
          const paragraphs = (m.provision ?? introductions[i]!).paragraphs[locale];
          const named = paragraphs.some((p) =>
            place.formsIn[locale].some((form) => p.includes(form)),
          );
          const marked = m.quotes
            .flat()
            .filter((s) => s.mark)
            .map((s) => s.text);
          expect(marked.length > 0, `${locale} ${place.id} ${m.id}`).toBe(named);
          for (const text of marked) expect(place.formsIn[locale]).toContain(text);
          if (!named)
            expect(m.quotes.map((q) => q.map((s) => s.text).join(''))).toEqual(paragraphs);
        }
      }
    }
  });
});

describe('the topics', () => {
  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    it(`${locale}: every group, every topic once with the provisions that name it`, () => {
      const page = topicsPageData(model, locale, t);
      expect(page.groups.map((g) => g.group)).toEqual([...TOPIC_GROUPS]);
      expect(page.groups.flatMap((g) => g.topics.map((x) => x.id)).sort()).toEqual(
        model.topics.map((x) => x.id).sort(),
      );
      for (const topic of page.groups.flatMap((g) => g.topics)) {
        expect(topic.count).toBe(
          model.provisions.filter((p) => p.topics.includes(topic.id)).length,
        );
      }
    });

    it(`${locale}: a topic’s page quotes each provision that names it, in reading order`, () => {
      for (const topic of model.topics) {
        const page = topicPageData(model, topic, locale, t);
        expect(page.path).toBe(paths.topic(locale, topic.id));
        expect(page.groupLabel).toBe(t(`topics.groups.${topic.group}`));
        expect(page.mentions.map((m) => m.id)).toEqual(
          model.provisions.filter((p) => p.topics.includes(topic.id)).map((p) => p.id),
        );
        expect(page.sourceName?.text).toBe(
          isHanScript(locale) ? undefined : topic.name[SOURCE_LOCALE],
        );
      }
    });
  }
});
