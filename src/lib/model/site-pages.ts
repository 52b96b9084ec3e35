/** Every localized page of the site (paths without base), for the sitemap and the tests. */
import type { PlanModel } from './model.ts';
import { paths } from '../routes.ts';
import { LOCALES } from './schema.ts';

export function sitePages(model: PlanModel): string[] {
  return LOCALES.flatMap((locale) => [
    paths.home(locale),
    paths.plan(locale),
    paths.parallel(locale),
    ...model.provisions.map((p) => paths.provision(locale, p.id)),
    paths.departments(locale),
    ...model.bodies.map((b) => paths.department(locale, b.id)),
    paths.matrix(locale),
    paths.places(locale),
    ...model.places.map((p) => paths.place(locale, p.id)),
    paths.topics(locale),
    ...model.topics.map((x) => paths.topic(locale, x.id)),
    paths.targets(locale),
  ]);
}
