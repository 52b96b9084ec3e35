/**
 * What only an edition in Traditional characters needs (SearchData.chars): it searches in
 * Simplified characters, but gives the reader's words back as typed, and asks Pagefind, which
 * knows only its pages' text, in its own characters. A module of its own: the browser loads it
 * with a Traditional edition's search data (client/search-backend.ts), the other editions never.
 */
import type { SearchData } from './data.ts';
import type { Outcome } from './outcome.ts';
import type { Prepared } from './prepare.ts';
import { foldQuery, type FoldTable } from './text.ts';

/** The Traditional edition's half of the search (SearchCore.traditional). */
export interface Traditional {
  asTyped: typeof asTyped;
  asWritten: typeof asWritten;
}

/**
 * The outcome with the reader's words as typed: the query, the words a result lacks and a
 * correction are given back in the typed characters (folding is one character for one, so a
 * word's place in the folded query is its place in the typed one), and a corrected name in the
 * edition's form.
 */
export function asTyped(outcome: Outcome, raw: string, index: Prepared, fold?: FoldTable): Outcome {
  const typed = raw.normalize('NFKC');
  const folded = index.fold(fold ? foldQuery(raw, fold) : raw);
  if ([...typed].length !== [...folded].length) return outcome;
  const back = (s: string) => {
    const at = folded.indexOf(s);
    return at < 0 ? s : typed.slice(at, at + s.length);
  };
  return {
    ...outcome,
    query: { ...outcome.query, text: back(outcome.query.text) },
    results: outcome.results.map((r) => ({
      ...r,
      missing: r.missing.map(back),
      ...(r.related ? { related: r.related.map(back) } : {}),
    })),
    leftOut: outcome.leftOut.map(back),
    absent: outcome.absent.map(back),
    ...(outcome.suggestion
      ? { suggestion: inEditionForm(outcome.suggestion, folded, typed, index) }
      : {}),
  };
}

/** A folded correction in the edition's characters: the typed characters where it keeps them, the edition's own form of the name it put in. */
function inEditionForm(suggestion: string, folded: string, typed: string, index: Prepared): string {
  const s = [...suggestion];
  const f = [...folded];
  const t = [...typed];
  if (s.length !== f.length) return suggestion;
  const out = s.map((c, i) => (c === f[i] ? (t[i] ?? c) : c));
  const changed = s.findIndex((c, i) => c !== f[i]);
  for (const [key, form] of index.editionForms) {
    const at = suggestion.indexOf(key);
    const start = at < 0 ? -1 : [...suggestion.slice(0, at)].length;
    if (start >= 0 && start <= changed && changed < start + [...key].length) {
      out.splice(start, [...form].length, ...form);
      break;
    }
  }
  return out.join('');
}

const formsCache = new WeakMap<SearchData, Map<string, string>>();

/**
 * The query in the edition's own characters, for a search that knows only its pages' text
 * (Pagefind): each Simplified character it writes otherwise, as it writes it (机器人产业 →
 * 機器人產業); a character it also writes as it is stays.
 */
export function asWritten(query: string, data: SearchData): string {
  let forms = formsCache.get(data);
  if (!forms) formsCache.set(data, (forms = writtenForms(data)));
  return [...query].map((c) => forms.get(c) ?? c).join('');
}

/** Simplified character → the one the edition writes for it (data.chars turned round). */
function writtenForms(data: SearchData): Map<string, string> {
  const own = new Set(
    data.docs.flatMap((d) => [...[d.title, ...d.paragraphs.flat(), ...d.names].join('')]),
  );
  const forms = new Map<string, string>();
  for (const [written, simplified] of Object.entries(data.chars ?? {}))
    if (!own.has(simplified) && !forms.has(simplified)) forms.set(simplified, written);
  return forms;
}

export const TRADITIONAL: Traditional = { asTyped, asWritten };
