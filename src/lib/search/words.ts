/**
 * English: the common words of English the correction might take for a misspelling of one of the
 * plan's words (buses for bases, crops for cross), /search/en-words.json, made at build time
 * (`nearTargets`, from WordNet's lemmas tagged in its sense-tagged corpus: node/wordnet.ts). A
 * word of English is no misspelling: the correction (suggest.ts) leaves it as typed. Fetched with
 * the later stages, only by an English search that reaches the correction. Safe in the browser.
 */
import { editDistance } from './distance.ts';
import { RANKING } from './weights.ts';

export type EnglishWords = ReadonlySet<string>;

/** What the English correction is given with the later stages: /search/en-words.json as read. */
export interface EnglishAids {
  words: EnglishWords;
  /** the glossary's terms it may correct to (big deta → big data), sent here, not in en.json (data.ts packed) */
  terms: string[];
}

/** The file as fetched (untrusted JSON: { words, terms }); anything else is left out. */
export function englishAidsFrom(json: unknown): EnglishAids {
  const field = (key: string): unknown[] => {
    const value = json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : [];
    return Array.isArray(value) ? value : [];
  };
  return {
    words: new Set(
      field('words').filter((w): w is string => typeof w === 'string' && /^[a-z]{2,30}$/.test(w)),
    ),
    terms: field('terms').filter(
      (t): t is string => typeof t === 'string' && t.length > 0 && t.length <= 120,
    ),
  };
}

/** A word and the forms it may be an inflection of: buses → bus, cities → city, taxed → tax. */
export function baseForms(word: string): string[] {
  const forms = [word];
  const strip = (suffix: string, add = '') => {
    if (word.length > suffix.length + 2 && word.endsWith(suffix))
      forms.push(word.slice(0, -suffix.length) + add);
  };
  strip('s');
  strip('es');
  strip('ies', 'y');
  strip('ed');
  strip('d');
  strip('ing');
  strip('ing', 'e');
  // A doubled consonant before the ending: getting → get, planned → plan.
  const doubled = /^(.{2,}?)([b-df-hj-np-tv-z])\2(?:ing|ed)$/.exec(word);
  if (doubled) forms.push(doubled[1]! + doubled[2]!);
  return forms;
}

/** The word, or the form it inflects, is a word of English the list holds. */
export function isEnglishWord(word: string, words: EnglishWords): boolean {
  return baseForms(word).some((f) => words.has(f));
}

/** The forms a lemma is typed in: itself and its regular inflections. */
function inflections(lemma: string): string[] {
  const stem = lemma.replace(/e$/, '');
  return [
    ...new Set([
      lemma,
      `${lemma}s`,
      `${lemma}es`,
      lemma.replace(/y$/, 'ies'),
      `${stem}ed`,
      `${stem}ing`,
    ]),
  ];
}

/** Every string `word` becomes with at most `n` characters taken out (symmetric-delete lookup). */
function deletions(word: string, n: number): Set<string> {
  let level = new Set([word]);
  const all = new Set(level);
  for (let k = 0; k < n; k++) {
    const next = new Set<string>();
    for (const w of level)
      for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    for (const w of next) all.add(w);
    level = next;
  }
  return all;
}

/**
 * Build time: the lemmas some form of which (itself, an inflection) the correction would take
 * for a misspelling of one of `targets` (the words it corrects to): within its edit distance
 * (one edit, two from RANKING.suggest.twoEditsFrom letters), at least RANKING.suggest.minWord
 * letters long, and not a target itself. Found by symmetric deletion, then checked.
 */
export function nearTargets(lemmas: Iterable<string>, targets: readonly string[]): string[] {
  const { minWord, twoEditsFrom } = RANKING.suggest;
  const capOf = (w: string) => (w.length >= twoEditsFrom ? 2 : 1);
  const known = new Set(targets);
  const byDeletion = new Map<string, string[]>();
  for (const t of known)
    for (const d of deletions(t, 2)) byDeletion.set(d, [...(byDeletion.get(d) ?? []), t]);
  const out: string[] = [];
  for (const lemma of lemmas) {
    if (known.has(lemma)) continue;
    const near = inflections(lemma).some((form) => {
      if (form.length < minWord || known.has(form)) return false;
      const cap = capOf(form);
      const hit = (d: string) =>
        (byDeletion.get(d) ?? []).some((t) => editDistance(form, t, cap) <= cap);
      // The form itself, then with one character out, then two (no set of them is made: this runs for every lemma).
      if (hit(form)) return true;
      for (let i = 0; i < form.length; i++) {
        const one = form.slice(0, i) + form.slice(i + 1);
        if (hit(one)) return true;
        if (cap < 2) continue;
        for (let j = i; j < one.length; j++)
          if (hit(one.slice(0, j) + one.slice(j + 1))) return true;
      }
      return false;
    });
    if (near) out.push(lemma);
  }
  return out.sort();
}
