/** Lookups in the glossary (content/glossary.yaml): a body by any name the source gives it. */
import type { PlanModel } from './model.ts';
import type { Body } from './schema.ts';
import { SOURCE_LOCALE } from '../editions.ts';

const fold = (s: string) => s.replace(/\(/g, '(').replace(/\)/g, ')').trim();

/** The body a name stands for, in any of the forms the source writes it (科技局, 市科技局, 市科技局(市知识产权局)). */
export function findBodyByName(model: Pick<PlanModel, 'bodies'>, name: string): Body | undefined {
  const wanted = fold(name);
  const withoutSecondTitle = wanted.replace(/([^)]*)$/, '');
  return (
    model.bodies.find(
      (b) => b.forms.some((f) => fold(f) === wanted) || fold(b.name[SOURCE_LOCALE]) === wanted,
    ) ?? model.bodies.find((b) => b.forms.some((f) => fold(f) === withoutSecondTitle))
  );
}
