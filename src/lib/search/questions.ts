/**
 * Questions as people ask them, read from a parsed query (content/search.yaml `questions`):
 *  - which body is in charge (哪个部门管人工智能, "which government office handles patents"): the
 *    plan's words for being in charge then score, never required; a who-question naming nothing
 *    asks who runs the plan; English verbs of leading (running, overseeing) ask about the body;
 *  - an amount or a target (多少, "how big", "targets", "figures"), or when the plan ends ("when
 *    does the plan end", 计划什么时候结束): the targets ledger answers it.
 * Pure; query.ts asks them as it parses.
 */
import { escapeRegExp } from '../model/text.ts';
import { groupOf } from './alternatives.ts';
import type { Alternative, Group, ParsedQuery, QueryContext } from './query.ts';
import { contentKeys, hasRun, normalise } from './text.ts';

interface BodyQuestion {
  re: RegExp;
  /** each question word (which, 哪个) → its who-form (which department, 哪个部门) */
  forms: Map<string, string>;
}
const bodyQuestionCache = new WeakMap<string[], BodyQuestion | null>();

/**
 * A who-question naming a body's kind, with words such as "government" or "city" between
 * (content/search.yaml `questions.bodies`, `bodyWords`): "which government office handles
 * patents", "what city agency", 哪个政府部门负责机器人, 哪个市级单位. It is read as the who-form of
 * its question word ("which department", 哪个部门), so that those words are not searched for. The
 * question words are those of the who-forms ending in a body's kind (which department → which;
 * 由哪个部门 → 由哪个): one list of forms, every kind of body.
 */
export function askingWhich(text: string, ctx: QueryContext): string {
  const kinds = ctx.questions?.bodies ?? [];
  if (kinds.length === 0) return text;
  let made = bodyQuestionCache.get(kinds);
  if (made === undefined) {
    made = bodyQuestion(ctx);
    bodyQuestionCache.set(kinds, made);
  }
  if (!made) return text;
  const { re, forms } = made;
  return text.replace(re, (whole, word: string) => forms.get(word.toLowerCase()) ?? whole);
}

function bodyQuestion(ctx: QueryContext): BodyQuestion | null {
  const latin = ctx.script === 'latin';
  const lower = (w: string) => normalise(w).toLowerCase();
  const kinds = (ctx.questions?.bodies ?? []).map(lower);
  const forms = new Map<string, string>();
  for (const form of (ctx.questions?.who ?? []).map(lower))
    for (const kind of kinds) {
      const word = form.slice(0, form.length - kind.length);
      if (!form.endsWith(kind) || !word.trim() || (latin && !word.endsWith(' '))) continue;
      if (!forms.has(word.trim())) forms.set(word.trim(), form);
    }
  if (forms.size === 0) return null;
  // Longest first, so that 委员会 is read before 委; English kinds also in the plural (agencies, offices).
  const alternation = (words: string[]) =>
    [...new Set(words)]
      .sort((a, b) => b.length - a.length)
      .map((w) => escapeRegExp(w).replace(/'/g, "['’]"))
      .join('|');
  const plural = (w: string) => (latin ? [w, `${w}s`, w.replace(/y$/, 'ies')] : [w]);
  const kind = alternation(kinds.flatMap(plural));
  const between = alternation(
    [...kinds, ...(ctx.questions?.bodyWords ?? []).map(lower)].flatMap(plural),
  );
  const words = alternation([...forms.keys()]);
  const re = latin
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(${words})\\s+(?:(?:${between})\\s+){0,2}(?:${kind})(?![\\p{L}\\p{N}])`,
        'giu',
      )
    : new RegExp(`(${words})(?:${between}){0,2}(?:${kind})`, 'gu');
  return { re, forms };
}

/**
 * English, a who-question (who is in charge of running the AI plan): the verbs of leading
 * (content/search.yaml `questions.lead`: running, overseeing) ask about the body, not the
 * subject; they are left out (Chinese: withoutLead, as the query is cut).
 */
export function withoutLeadWords(
  query: Omit<ParsedQuery, 'asksTargets'>,
  ctx: QueryContext,
): Omit<ParsedQuery, 'asksTargets'> {
  const lead = new Set((ctx.questions?.lead ?? []).map((w) => normalise(w).toLowerCase()));
  if (lead.size === 0 || !query.dropped.some((d) => isWhoForm(d, ctx))) return query;
  const verbs = query.groups.filter((g) => lead.has(g.text.toLowerCase()));
  if (verbs.length === 0) return query;
  const groups = query.groups.filter((g) => !verbs.includes(g));
  return {
    ...query,
    // A word left alone is no head among others (parseEnglish): it weighs as the only word does.
    groups: groups.length > 1 ? groups : groups.map((g) => ({ ...g, head: false })),
    dropped: [...query.dropped, ...verbs.map((g) => g.text)],
  };
}

/**
 * A who-question that names nothing (谁负责, who is in charge, 这个计划哪个部门牵头): it asks who runs
 * the plan, and the plan's words for being in charge (负责, 统筹协调; content/search.yaml
 * `questions.charge`) are what is searched, all of them one group (the leading group's provision).
 */
export function whoRunsThePlan(
  query: Omit<ParsedQuery, 'asksTargets'>,
  ctx: QueryContext,
): Omit<ParsedQuery, 'asksTargets'> | undefined {
  const charge = ctx.questions?.charge ?? [];
  if (charge.length === 0 || query.groups.some((g) => !g.weak)) return undefined;
  // A bare question word (who, 谁) is a question not yet typed: only a form asking who is in
  // charge (who runs, 哪个部门) is one.
  const bare = (d: string) => (ctx.script === 'latin' ? !d.includes(' ') : [...d].length < 2);
  const asks = (d: string) => isWhoForm(d, ctx) && !bare(d);
  if (!query.dropped.some(asks)) return undefined;
  // The charge words are stop words too ("responsible"): searched here as the plan writes them.
  const loose: QueryContext = { ...ctx, folding: { ...ctx.folding, stopWords: new Set() } };
  const group = groupOf(charge[0]!, charge.slice(1), loose);
  return { ...query, groups: [group], phrase: [] };
}

const whoCache = new WeakMap<string[], Set<string>>();
/** The who-forms (哪个部门, 谁负责, who runs), lower-cased and normalised, made once per vocabulary. */
export function whoForms(ctx: QueryContext): Set<string> {
  const forms = ctx.questions?.who ?? [];
  let set = whoCache.get(forms);
  if (!set) {
    set = new Set(forms.map((w) => normalise(w).toLowerCase()));
    whoCache.set(forms, set);
  }
  return set;
}

/** A who-question (哪个部门管人工智能) that names something: the plan's words for being in charge then score. */
export function asksWho(query: Omit<ParsedQuery, 'asksTargets'>, ctx: QueryContext): boolean {
  const who = whoForms(ctx);
  return (
    who.size > 0 &&
    (ctx.questions?.charge?.length ?? 0) > 0 &&
    query.groups.some((g) => !g.weak) &&
    query.dropped.some((d) => isWhoForm(d, ctx))
  );
}

/** A word left out of the query is a who-form (哪个部门, who runs). */
export function isWhoForm(dropped: string, ctx: QueryContext): boolean {
  return whoForms(ctx).has(normalise(dropped).toLowerCase());
}

/** The plan's last year, as a reader asks about it: 2020年, or the end of the three-year plan (三年后). */
const YEAR = /^(20\d\d年?|三年[后內内]?)$/;

/**
 * A question about the plan's targets: a word for them among the reader's words ("targets",
 * 目标), or a form asking for an amount (多大, how many) of something a target names, or of a
 * year (2020年产业规模多大, how big will the AI industry be by 2020).
 */
export function asksTargets(query: Omit<ParsedQuery, 'asksTargets'>, ctx: QueryContext): boolean {
  const words = query.groups.filter((g) => !g.weak);
  const goals = ctx.questions?.goals ?? [];
  const goal = (word: string) => goals.some((w) => word.toLowerCase().startsWith(w));
  if (words.some((g) => goal(g.text))) return true;
  // … or among the words left out: a stop word ("aims") or in a question form ("what numbers").
  if (query.dropped.some((d) => d.split(/\s+/).some(goal))) return true;
  if (asksEnd(query, words, ctx)) return true;
  const amount = new Set((ctx.questions?.targets ?? []).map(normalise));
  // An amount form left out (how big), or a word of one inside a synonym's words ("market size").
  const asksAmount =
    query.dropped.some((d) => amount.has(d)) ||
    (ctx.script === 'latin' && words.some((g) => g.text.split(/\s+/).some((w) => amount.has(w))));
  if (!asksAmount) return false;
  const names = targetNames(ctx);
  return words.some(
    (g) => YEAR.test(g.text) || g.alternatives.some((a) => names.some((n) => n(a))),
  );
}

/**
 * When the plan comes to its end: a form asking when (by when, 什么时候; `questions.when`) of
 * nothing but words of ending (end, last, 结束; `questions.ends`): "when does the plan end", "how
 * long does it last", 计划什么时候结束. The targets' deadline answers it.
 */
function asksEnd(
  query: Omit<ParsedQuery, 'asksTargets'>,
  words: Group[],
  ctx: QueryContext,
): boolean {
  const lower = (w: string) => normalise(w).toLowerCase();
  const when = new Set((ctx.questions?.when ?? []).map(lower));
  const ends = new Set((ctx.questions?.ends ?? []).map(lower));
  return (
    words.length > 0 &&
    words.every((g) => ends.has(lower(g.text))) &&
    query.dropped.some((d) => when.has(lower(d)))
  );
}

const targetNameCache = new WeakMap<string[], ((a: Alternative) => boolean)[]>();
/** Each target's name as a test of an alternative: a Chinese string it holds, a run of English keys. */
function targetNames(ctx: QueryContext): ((a: Alternative) => boolean)[] {
  const names = ctx.targetNames ?? [];
  let tests = targetNameCache.get(names);
  if (!tests) {
    tests = names.map((n) => {
      if (ctx.script === 'han') {
        const text = normalise(n);
        return (a: Alternative) => text.includes(a.keys[0]!);
      }
      const keys = contentKeys(n, ctx.folding);
      return (a: Alternative) => hasRun(keys, a.keys);
    });
    targetNameCache.set(names, tests);
  }
  return tests;
}
