/** Lookups in the glossary (content/glossary.yaml): bodies, places and terms by id or by name. */
import type { PlanModel } from './model.ts';
import type { Body, Locale, Place } from './schema.ts';

const fold = (s: string) => s.replace(/\(/g, '(').replace(/\)/g, ')').trim();

/** The body a name stands for, in any of the forms the source writes it (科技局, 市科技局, 市科技局(市知识产权局)). */
export function findBodyByName(model: Pick<PlanModel, 'bodies'>, name: string): Body | undefined {
  const wanted = fold(name);
  const withoutSecondTitle = wanted.replace(/([^)]*)$/, '');
  return (
    model.bodies.find((b) => b.forms.some((f) => fold(f) === wanted) || fold(b.name.zh) === wanted) ??
    model.bodies.find((b) => b.forms.some((f) => fold(f) === withoutSecondTitle))
  );
}

export function bodyName(model: Pick<PlanModel, 'bodies'>, id: string, locale: Locale): string {
  const body = model.bodies.find((b) => b.id === id);
  if (!body) throw new Error(`Unknown body "${id}"`);
  return body.name[locale];
}

export function placeName(model: Pick<PlanModel, 'places'>, id: string, locale: Locale): string {
  const place = model.places.find((p) => p.id === id);
  if (!place) throw new Error(`Unknown place "${id}"`);
  return place.name[locale];
}

/** Places whose name (in any form) occurs in a Chinese text. */
export function placesNamedIn(model: Pick<PlanModel, 'places'>, zhText: string): Place[] {
  return model.places.filter((p) => p.forms.some((f) => zhText.includes(f)));
}

/** The English rendering of a glossary term, or undefined. */
export function termEnglish(model: Pick<PlanModel, 'terms'>, zh: string): string | undefined {
  return model.terms.find((t) => t.zh === zh)?.en;
}
