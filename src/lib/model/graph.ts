/**
 * The plan as a graph: which provisions name a body, place or topic, which provisions are related,
 * the responsibility matrix, and the sentences that name a place or topic (with the name marked).
 */
import { isHanScript } from '../editions.ts';
import type { PlanModel, Provision, SectionText } from './model.ts';
import type { Locale, Part } from './schema.ts';
import { partOf } from './queries.ts';
import { chineseSentences, escapeRegExp } from './text.ts';

/** Provisions whose responsibility bracket names a body, in reading order. */
export function provisionsOfBody(model: PlanModel, bodyId: string): Provision[] {
  return model.provisions.filter((p) => p.bodies.includes(bodyId));
}

export function provisionsOfPlace(model: PlanModel, placeId: string): Provision[] {
  return model.provisions.filter((p) => p.places.includes(placeId));
}

/**
 * The bodies responsible for the provisions that name a place, each with those provisions: in
 * the order a reader meets them (by provision, then by bracket position).
 */
export function bodiesOfPlace(
  model: PlanModel,
  placeId: string,
): { bodyId: string; provisions: Provision[] }[] {
  const out = new Map<string, Provision[]>();
  for (const p of provisionsOfPlace(model, placeId)) {
    for (const id of p.bodies) out.set(id, [...(out.get(id) ?? []), p]);
  }
  return [...out].map(([bodyId, provisions]) => ({ bodyId, provisions }));
}

export function sectionsOfPlace(model: PlanModel, placeId: string): SectionText[] {
  return Object.values(model.texts).filter((t) => t.places.includes(placeId));
}

export function provisionsOfTopic(model: PlanModel, topicId: string): Provision[] {
  return model.provisions.filter((p) => p.topics.includes(topicId));
}

/** A body's provisions grouped by the part of the plan they belong to, parts in order. */
export function byPart(
  model: PlanModel,
  provisions: Provision[],
): { part: Part; provisions: Provision[] }[] {
  return model.parts
    .map((part) => ({
      part,
      provisions: provisions.filter((p) => partOf(model, p).number === part.number),
    }))
    .filter((g) => g.provisions.length > 0);
}

export interface Relation {
  provision: Provision;
  bodies: string[];
  places: string[];
  topics: string[];
  score: number;
}

/**
 * Provisions related to `p`: those sharing a place (weighted 3), a topic (2) or a body (1).
 * Collective bodies (the district governments, "relevant municipal departments") count less,
 * since they are named in many unrelated provisions.
 */
export function relatedProvisions(model: PlanModel, p: Provision, limit = 6): Relation[] {
  const collective = new Set(['district-county-governments', 'relevant-municipal-departments']);
  return model.provisions
    .filter((q) => q.id !== p.id)
    .map((q) => {
      const bodies = q.bodies.filter((b) => p.bodies.includes(b));
      const places = q.places.filter((x) => p.places.includes(x));
      const topics = q.topics.filter((x) => p.topics.includes(x));
      const score =
        places.length * 3 +
        topics.length * 2 +
        bodies.reduce((s, b) => s + (collective.has(b) ? 0.25 : 1), 0);
      return { provision: q, bodies, places, topics, score };
    })
    .filter((r) => r.score >= 2)
    .sort(
      (a, b) =>
        b.score - a.score ||
        model.provisions.indexOf(a.provision) - model.provisions.indexOf(b.provision),
    )
    .slice(0, limit);
}

export interface Matrix {
  bodies: PlanModel['bodies'];
  provisions: Provision[];
  /** The body's position in the provision's bracket (1-based), or undefined. */
  position(bodyId: string, provisionId: string): number | undefined;
}

/** Bodies × provisions (those with a bracket), bodies by how many provisions name them. */
export function responsibilityMatrix(model: PlanModel): Matrix {
  const provisions = model.provisions.filter((p) => p.bodies.length > 0);
  const count = (id: string) => provisions.filter((p) => p.bodies.includes(id)).length;
  const bodies = [...model.bodies].sort(
    (a, b) => count(b.id) - count(a.id) || model.bodies.indexOf(a) - model.bodies.indexOf(b),
  );
  return {
    bodies,
    provisions,
    position: (bodyId, provisionId) => {
      const i = provisions.find((p) => p.id === provisionId)?.bodies.indexOf(bodyId) ?? -1;
      return i >= 0 ? i + 1 : undefined;
    },
  };
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits text into sentences: at 。;!? in Chinese, after . ; ! ? and a space in English. */
export function sentences(text: string, locale: Locale): string[] {
  if (isHanScript(locale)) return chineseSentences(text);
  return text
    .split(/(?<=[.;!?][”’"]?)\s+(?=[A-Z“"(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Cuts a sentence into segments, marking every occurrence of the needles (longest first). */
export function markNeedles(
  sentence: string,
  needles: string[],
  caseInsensitive: boolean,
): Segment[] {
  const sorted = [...new Set(needles)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [{ text: sentence, mark: false }];
  const escaped = sorted.map(escapeRegExp);
  const pattern = new RegExp(`(${escaped.join('|')})`, caseInsensitive ? 'gi' : 'g');
  return sentence
    .split(pattern)
    .filter((s) => s !== '')
    .map((text) => ({
      text,
      mark: sorted.some((n) =>
        caseInsensitive ? n.toLowerCase() === text.toLowerCase() : n === text,
      ),
    }));
}

/**
 * The sentences of some paragraphs that name something, each cut into segments with the name
 * marked. Where no sentence contains a needle (a translation may word a name differently),
 * returns the paragraphs whole, unmarked, so the reader still sees the context.
 */
export function namingSentences(
  paragraphs: string[],
  needles: string[],
  locale: Locale,
): Segment[][] {
  const ci = !isHanScript(locale);
  const has = (s: string) =>
    needles.some((n) => (ci ? s.toLowerCase().includes(n.toLowerCase()) : s.includes(n)));
  const found = paragraphs.flatMap((p) => sentences(p, locale)).filter(has);
  if (found.length === 0) return paragraphs.map((p) => [{ text: p, mark: false }]);
  return found.map((s) => markNeedles(s, needles, ci));
}

/**
 * The words that mark a place or topic in an edition's text: in a Chinese edition, every form
 * the glossary gives, as that edition writes it (城市大脑 / 城市大腦); in another, its name in that edition (the translation
 * uses the glossary's one name).
 */
export function markersOf(
  entity: { name: Record<Locale, string>; formsIn: Record<Locale, string[]> },
  locale: Locale,
): string[] {
  return isHanScript(locale) ? entity.formsIn[locale] : [entity.name[locale]];
}
